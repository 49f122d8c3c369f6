from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="CaseSummary")



@_attrs_define
class CaseSummary:
    """ A case in an agency's list, with its deadline state.

        Attributes:
            bill_number (str):
            case_type (str):
            deadline_state (str):
            due_date (str):
            due_date_jalali (str):
            id (str):
            national_code (str):
            registered_at (None | str):
            registered_at_jalali (None | str):
            returns (int):
            state (str):
            total_paid_rials (int):
            version (int):
            working_days_left (int):
     """

    bill_number: str
    case_type: str
    deadline_state: str
    due_date: str
    due_date_jalali: str
    id: str
    national_code: str
    registered_at: None | str
    registered_at_jalali: None | str
    returns: int
    state: str
    total_paid_rials: int
    version: int
    working_days_left: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        bill_number = self.bill_number

        case_type = self.case_type

        deadline_state = self.deadline_state

        due_date = self.due_date

        due_date_jalali = self.due_date_jalali

        id = self.id

        national_code = self.national_code

        registered_at: None | str
        registered_at = self.registered_at

        registered_at_jalali: None | str
        registered_at_jalali = self.registered_at_jalali

        returns = self.returns

        state = self.state

        total_paid_rials = self.total_paid_rials

        version = self.version

        working_days_left = self.working_days_left


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "bill_number": bill_number,
            "case_type": case_type,
            "deadline_state": deadline_state,
            "due_date": due_date,
            "due_date_jalali": due_date_jalali,
            "id": id,
            "national_code": national_code,
            "registered_at": registered_at,
            "registered_at_jalali": registered_at_jalali,
            "returns": returns,
            "state": state,
            "total_paid_rials": total_paid_rials,
            "version": version,
            "working_days_left": working_days_left,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bill_number = d.pop("bill_number")

        case_type = d.pop("case_type")

        deadline_state = d.pop("deadline_state")

        due_date = d.pop("due_date")

        due_date_jalali = d.pop("due_date_jalali")

        id = d.pop("id")

        national_code = d.pop("national_code")

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

        total_paid_rials = d.pop("total_paid_rials")

        version = d.pop("version")

        working_days_left = d.pop("working_days_left")

        case_summary = cls(
            bill_number=bill_number,
            case_type=case_type,
            deadline_state=deadline_state,
            due_date=due_date,
            due_date_jalali=due_date_jalali,
            id=id,
            national_code=national_code,
            registered_at=registered_at,
            registered_at_jalali=registered_at_jalali,
            returns=returns,
            state=state,
            total_paid_rials=total_paid_rials,
            version=version,
            working_days_left=working_days_left,
        )


        case_summary.additional_properties = d
        return case_summary

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
