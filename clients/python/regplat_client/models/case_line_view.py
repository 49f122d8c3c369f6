from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.case_line_view_kind import CaseLineViewKind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.line_verification import LineVerification





T = TypeVar("T", bound="CaseLineView")



@_attrs_define
class CaseLineView:
    """ One line of the bill, with its SPEC X1/X2 facts and verification state.

        Attributes:
            amount_rials (int):
            description (str):
            kind (CaseLineViewKind):
            line_no (int): From 1, in the bill's order
            quantity (int):
            service_code (str):
            unit_price_rials (int):
            verification_status (str): not_required | pending_verification | needs_review | verified | not_reimbursable
            eye (None | str | Unset): right | left (an off-label authorization is per eye)
            irc_code (None | str | Unset):
            off_label_drug (None | str | Unset):
            off_label_use (None | str | Unset):
            offlabel_authorization_id (None | str | Unset):
            regenerative_kind (None | str | Unset):
            treatment_date (None | str | Unset): ISO date; the admission date when the line gives none
            treatment_date_jalali (None | str | Unset):
            verification (LineVerification | None | Unset): None when the line needs no cross-service check
     """

    amount_rials: int
    description: str
    kind: CaseLineViewKind
    line_no: int
    quantity: int
    service_code: str
    unit_price_rials: int
    verification_status: str
    eye: None | str | Unset = UNSET
    irc_code: None | str | Unset = UNSET
    off_label_drug: None | str | Unset = UNSET
    off_label_use: None | str | Unset = UNSET
    offlabel_authorization_id: None | str | Unset = UNSET
    regenerative_kind: None | str | Unset = UNSET
    treatment_date: None | str | Unset = UNSET
    treatment_date_jalali: None | str | Unset = UNSET
    verification: LineVerification | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.line_verification import LineVerification # noqa: PLC0415
        amount_rials = self.amount_rials

        description = self.description

        kind = self.kind.value

        line_no = self.line_no

        quantity = self.quantity

        service_code = self.service_code

        unit_price_rials = self.unit_price_rials

        verification_status = self.verification_status

        eye: None | str | Unset
        if isinstance(self.eye, Unset):
            eye = UNSET
        else:
            eye = self.eye

        irc_code: None | str | Unset
        if isinstance(self.irc_code, Unset):
            irc_code = UNSET
        else:
            irc_code = self.irc_code

        off_label_drug: None | str | Unset
        if isinstance(self.off_label_drug, Unset):
            off_label_drug = UNSET
        else:
            off_label_drug = self.off_label_drug

        off_label_use: None | str | Unset
        if isinstance(self.off_label_use, Unset):
            off_label_use = UNSET
        else:
            off_label_use = self.off_label_use

        offlabel_authorization_id: None | str | Unset
        if isinstance(self.offlabel_authorization_id, Unset):
            offlabel_authorization_id = UNSET
        else:
            offlabel_authorization_id = self.offlabel_authorization_id

        regenerative_kind: None | str | Unset
        if isinstance(self.regenerative_kind, Unset):
            regenerative_kind = UNSET
        else:
            regenerative_kind = self.regenerative_kind

        treatment_date: None | str | Unset
        if isinstance(self.treatment_date, Unset):
            treatment_date = UNSET
        else:
            treatment_date = self.treatment_date

        treatment_date_jalali: None | str | Unset
        if isinstance(self.treatment_date_jalali, Unset):
            treatment_date_jalali = UNSET
        else:
            treatment_date_jalali = self.treatment_date_jalali

        verification: dict[str, Any] | None | Unset
        if isinstance(self.verification, Unset):
            verification = UNSET
        elif isinstance(self.verification, LineVerification):
            verification = self.verification.to_dict()
        else:
            verification = self.verification


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_rials": amount_rials,
            "description": description,
            "kind": kind,
            "line_no": line_no,
            "quantity": quantity,
            "service_code": service_code,
            "unit_price_rials": unit_price_rials,
            "verification_status": verification_status,
        })
        if eye is not UNSET:
            field_dict["eye"] = eye
        if irc_code is not UNSET:
            field_dict["irc_code"] = irc_code
        if off_label_drug is not UNSET:
            field_dict["off_label_drug"] = off_label_drug
        if off_label_use is not UNSET:
            field_dict["off_label_use"] = off_label_use
        if offlabel_authorization_id is not UNSET:
            field_dict["offlabel_authorization_id"] = offlabel_authorization_id
        if regenerative_kind is not UNSET:
            field_dict["regenerative_kind"] = regenerative_kind
        if treatment_date is not UNSET:
            field_dict["treatment_date"] = treatment_date
        if treatment_date_jalali is not UNSET:
            field_dict["treatment_date_jalali"] = treatment_date_jalali
        if verification is not UNSET:
            field_dict["verification"] = verification

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_verification import LineVerification # noqa: PLC0415
        d = dict(src_dict)
        amount_rials = d.pop("amount_rials")

        description = d.pop("description")

        kind = CaseLineViewKind(d.pop("kind"))




        line_no = d.pop("line_no")

        quantity = d.pop("quantity")

        service_code = d.pop("service_code")

        unit_price_rials = d.pop("unit_price_rials")

        verification_status = d.pop("verification_status")

        def _parse_eye(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        eye = _parse_eye(d.pop("eye", UNSET))


        def _parse_irc_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        irc_code = _parse_irc_code(d.pop("irc_code", UNSET))


        def _parse_off_label_drug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        off_label_drug = _parse_off_label_drug(d.pop("off_label_drug", UNSET))


        def _parse_off_label_use(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        off_label_use = _parse_off_label_use(d.pop("off_label_use", UNSET))


        def _parse_offlabel_authorization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        offlabel_authorization_id = _parse_offlabel_authorization_id(d.pop("offlabel_authorization_id", UNSET))


        def _parse_regenerative_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        regenerative_kind = _parse_regenerative_kind(d.pop("regenerative_kind", UNSET))


        def _parse_treatment_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        treatment_date = _parse_treatment_date(d.pop("treatment_date", UNSET))


        def _parse_treatment_date_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        treatment_date_jalali = _parse_treatment_date_jalali(d.pop("treatment_date_jalali", UNSET))


        def _parse_verification(data: object) -> LineVerification | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                verification_type_0 = LineVerification.from_dict(data)



                return verification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LineVerification | None | Unset, data)

        verification = _parse_verification(d.pop("verification", UNSET))


        case_line_view = cls(
            amount_rials=amount_rials,
            description=description,
            kind=kind,
            line_no=line_no,
            quantity=quantity,
            service_code=service_code,
            unit_price_rials=unit_price_rials,
            verification_status=verification_status,
            eye=eye,
            irc_code=irc_code,
            off_label_drug=off_label_drug,
            off_label_use=off_label_use,
            offlabel_authorization_id=offlabel_authorization_id,
            regenerative_kind=regenerative_kind,
            treatment_date=treatment_date,
            treatment_date_jalali=treatment_date_jalali,
            verification=verification,
        )


        case_line_view.additional_properties = d
        return case_line_view

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
