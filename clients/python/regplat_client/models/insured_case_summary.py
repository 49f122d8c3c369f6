from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="InsuredCaseSummary")



@_attrs_define
class InsuredCaseSummary:
    """ One of the insured person's cases in their list.

        Attributes:
            case_type (str):
            centre_name (str):
            deadline_state (str):
            due_date (str):
            due_date_jalali (str):
            id (str):
            registered_at (None | str):
            registered_at_jalali (None | str):
            state (str):
            reimbursable_rials (int | None | Unset): Set once the case is approved
     """

    case_type: str
    centre_name: str
    deadline_state: str
    due_date: str
    due_date_jalali: str
    id: str
    registered_at: None | str
    registered_at_jalali: None | str
    state: str
    reimbursable_rials: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        case_type = self.case_type

        centre_name = self.centre_name

        deadline_state = self.deadline_state

        due_date = self.due_date

        due_date_jalali = self.due_date_jalali

        id = self.id

        registered_at: None | str
        registered_at = self.registered_at

        registered_at_jalali: None | str
        registered_at_jalali = self.registered_at_jalali

        state = self.state

        reimbursable_rials: int | None | Unset
        if isinstance(self.reimbursable_rials, Unset):
            reimbursable_rials = UNSET
        else:
            reimbursable_rials = self.reimbursable_rials


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "case_type": case_type,
            "centre_name": centre_name,
            "deadline_state": deadline_state,
            "due_date": due_date,
            "due_date_jalali": due_date_jalali,
            "id": id,
            "registered_at": registered_at,
            "registered_at_jalali": registered_at_jalali,
            "state": state,
        })
        if reimbursable_rials is not UNSET:
            field_dict["reimbursable_rials"] = reimbursable_rials

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        case_type = d.pop("case_type")

        centre_name = d.pop("centre_name")

        deadline_state = d.pop("deadline_state")

        due_date = d.pop("due_date")

        due_date_jalali = d.pop("due_date_jalali")

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


        state = d.pop("state")

        def _parse_reimbursable_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reimbursable_rials = _parse_reimbursable_rials(d.pop("reimbursable_rials", UNSET))


        insured_case_summary = cls(
            case_type=case_type,
            centre_name=centre_name,
            deadline_state=deadline_state,
            due_date=due_date,
            due_date_jalali=due_date_jalali,
            id=id,
            registered_at=registered_at,
            registered_at_jalali=registered_at_jalali,
            state=state,
            reimbursable_rials=reimbursable_rials,
        )


        insured_case_summary.additional_properties = d
        return insured_case_summary

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
