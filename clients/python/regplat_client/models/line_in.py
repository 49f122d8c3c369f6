from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.line_in_kind import LineInKind
from ..models.line_in_regenerative_kind_type_0 import LineInRegenerativeKindType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="LineIn")



@_attrs_define
class LineIn:
    """ 
        Attributes:
            amount_rials (int):
            description (str):
            quantity (int):
            service_code (str):
            unit_price_rials (int):
            eye (None | str | Unset): X1: right (OD) or left (OS); an off-label authorization is per eye
            irc_code (None | str | Unset): X2: the treatment's IRC ethics approval code, if any
            kind (LineInKind | Unset):  Default: LineInKind.SERVICE.
            off_label_drug (None | str | Unset): X1: the drug as offlabel knows it (INN, brand or Persian name); default:
                the line's description
            off_label_use (None | str | Unset): a drug line prescribed off-label names the use (checked with offlabel, SPEC
                X1)
            offlabel_authorization_id (None | str | Unset): X1: the offlabel authorization (request) id, if known
            regenerative_kind (LineInRegenerativeKindType0 | None | Unset): X2: the line is a regenerative-medicine, cell-
                therapy or exosome treatment (checked with inspections)
            treatment_date (None | str | Unset): X1/X2: the treatment date (ISO or Jalali); default: the admission date
     """

    amount_rials: int
    description: str
    quantity: int
    service_code: str
    unit_price_rials: int
    eye: None | str | Unset = UNSET
    irc_code: None | str | Unset = UNSET
    kind: LineInKind | Unset = LineInKind.SERVICE
    off_label_drug: None | str | Unset = UNSET
    off_label_use: None | str | Unset = UNSET
    offlabel_authorization_id: None | str | Unset = UNSET
    regenerative_kind: LineInRegenerativeKindType0 | None | Unset = UNSET
    treatment_date: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        amount_rials = self.amount_rials

        description = self.description

        quantity = self.quantity

        service_code = self.service_code

        unit_price_rials = self.unit_price_rials

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

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value


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
        elif isinstance(self.regenerative_kind, LineInRegenerativeKindType0):
            regenerative_kind = self.regenerative_kind.value
        else:
            regenerative_kind = self.regenerative_kind

        treatment_date: None | str | Unset
        if isinstance(self.treatment_date, Unset):
            treatment_date = UNSET
        else:
            treatment_date = self.treatment_date


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "amount_rials": amount_rials,
            "description": description,
            "quantity": quantity,
            "service_code": service_code,
            "unit_price_rials": unit_price_rials,
        })
        if eye is not UNSET:
            field_dict["eye"] = eye
        if irc_code is not UNSET:
            field_dict["irc_code"] = irc_code
        if kind is not UNSET:
            field_dict["kind"] = kind
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

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_rials = d.pop("amount_rials")

        description = d.pop("description")

        quantity = d.pop("quantity")

        service_code = d.pop("service_code")

        unit_price_rials = d.pop("unit_price_rials")

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


        _kind = d.pop("kind", UNSET)
        kind: LineInKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = LineInKind(_kind)




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


        def _parse_regenerative_kind(data: object) -> LineInRegenerativeKindType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                regenerative_kind_type_0 = LineInRegenerativeKindType0(data)



                return regenerative_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LineInRegenerativeKindType0 | None | Unset, data)

        regenerative_kind = _parse_regenerative_kind(d.pop("regenerative_kind", UNSET))


        def _parse_treatment_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        treatment_date = _parse_treatment_date(d.pop("treatment_date", UNSET))


        line_in = cls(
            amount_rials=amount_rials,
            description=description,
            quantity=quantity,
            service_code=service_code,
            unit_price_rials=unit_price_rials,
            eye=eye,
            irc_code=irc_code,
            kind=kind,
            off_label_drug=off_label_drug,
            off_label_use=off_label_use,
            offlabel_authorization_id=offlabel_authorization_id,
            regenerative_kind=regenerative_kind,
            treatment_date=treatment_date,
        )

        return line_in

