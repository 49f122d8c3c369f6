from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.insured_deadline import InsuredDeadline





T = TypeVar("T", bound="InsuredCaseView")



@_attrs_define
class InsuredCaseView:
    """ The insured person's read-only status view of their own case (no staff notes, no other person's data).

        Attributes:
            admission_date (None | str):
            admission_date_jalali (None | str):
            agency_code (str):
            case_type (str):
            centre_name (str):
            charges_to_insured_rials (int): Always 0: nothing may be charged to the insured (CLM-P note 2)
            deadline (InsuredDeadline): The CLM-A5 deadline as the insured person sees it.
            id (str):
            registered_at (None | str):
            registered_at_jalali (None | str):
            returns (int):
            state (str):
            reimbursable_rials (int | None | Unset): Set once the case is approved
     """

    admission_date: None | str
    admission_date_jalali: None | str
    agency_code: str
    case_type: str
    centre_name: str
    charges_to_insured_rials: int
    deadline: InsuredDeadline
    id: str
    registered_at: None | str
    registered_at_jalali: None | str
    returns: int
    state: str
    reimbursable_rials: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.insured_deadline import InsuredDeadline # noqa: PLC0415
        admission_date: None | str
        admission_date = self.admission_date

        admission_date_jalali: None | str
        admission_date_jalali = self.admission_date_jalali

        agency_code = self.agency_code

        case_type = self.case_type

        centre_name = self.centre_name

        charges_to_insured_rials = self.charges_to_insured_rials

        deadline = self.deadline.to_dict()

        id = self.id

        registered_at: None | str
        registered_at = self.registered_at

        registered_at_jalali: None | str
        registered_at_jalali = self.registered_at_jalali

        returns = self.returns

        state = self.state

        reimbursable_rials: int | None | Unset
        if isinstance(self.reimbursable_rials, Unset):
            reimbursable_rials = UNSET
        else:
            reimbursable_rials = self.reimbursable_rials


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "admission_date": admission_date,
            "admission_date_jalali": admission_date_jalali,
            "agency_code": agency_code,
            "case_type": case_type,
            "centre_name": centre_name,
            "charges_to_insured_rials": charges_to_insured_rials,
            "deadline": deadline,
            "id": id,
            "registered_at": registered_at,
            "registered_at_jalali": registered_at_jalali,
            "returns": returns,
            "state": state,
        })
        if reimbursable_rials is not UNSET:
            field_dict["reimbursable_rials"] = reimbursable_rials

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.insured_deadline import InsuredDeadline # noqa: PLC0415
        d = dict(src_dict)
        def _parse_admission_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        admission_date = _parse_admission_date(d.pop("admission_date"))


        def _parse_admission_date_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        admission_date_jalali = _parse_admission_date_jalali(d.pop("admission_date_jalali"))


        agency_code = d.pop("agency_code")

        case_type = d.pop("case_type")

        centre_name = d.pop("centre_name")

        charges_to_insured_rials = d.pop("charges_to_insured_rials")

        deadline = InsuredDeadline.from_dict(d.pop("deadline"))




        id = d.pop("id")

        def _parse_registered_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registered_at = _parse_registered_at(d.pop("registered_at"))


        def _parse_registered_at_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registered_at_jalali = _parse_registered_at_jalali(d.pop("registered_at_jalali"))


        returns = d.pop("returns")

        state = d.pop("state")

        def _parse_reimbursable_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reimbursable_rials = _parse_reimbursable_rials(d.pop("reimbursable_rials", UNSET))


        insured_case_view = cls(
            admission_date=admission_date,
            admission_date_jalali=admission_date_jalali,
            agency_code=agency_code,
            case_type=case_type,
            centre_name=centre_name,
            charges_to_insured_rials=charges_to_insured_rials,
            deadline=deadline,
            id=id,
            registered_at=registered_at,
            registered_at_jalali=registered_at_jalali,
            returns=returns,
            state=state,
            reimbursable_rials=reimbursable_rials,
        )


        insured_case_view.additional_properties = d
        return insured_case_view

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
