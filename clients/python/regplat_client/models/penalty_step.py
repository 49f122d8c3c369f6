from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PenaltyStep")



@_attrs_define
class PenaltyStep:
    """ One step of a penalty's path: a proposal or the licensing headquarters' decision.

        Attributes:
            step (str): proposal | decision
            at (None | str | Unset):
            at_jalali (None | str | Unset):
            decision_id (None | str | Unset):
            fine_rials (int | None | Unset):
            letter_number (None | str | Unset):
            note (None | str | Unset):
            org (None | str | Unset):
            outcome (None | str | Unset):
            penalty (None | str | Unset):
            role (None | str | Unset):
     """

    step: str
    at: None | str | Unset = UNSET
    at_jalali: None | str | Unset = UNSET
    decision_id: None | str | Unset = UNSET
    fine_rials: int | None | Unset = UNSET
    letter_number: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    org: None | str | Unset = UNSET
    outcome: None | str | Unset = UNSET
    penalty: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        step = self.step

        at: None | str | Unset
        if isinstance(self.at, Unset):
            at = UNSET
        else:
            at = self.at

        at_jalali: None | str | Unset
        if isinstance(self.at_jalali, Unset):
            at_jalali = UNSET
        else:
            at_jalali = self.at_jalali

        decision_id: None | str | Unset
        if isinstance(self.decision_id, Unset):
            decision_id = UNSET
        else:
            decision_id = self.decision_id

        fine_rials: int | None | Unset
        if isinstance(self.fine_rials, Unset):
            fine_rials = UNSET
        else:
            fine_rials = self.fine_rials

        letter_number: None | str | Unset
        if isinstance(self.letter_number, Unset):
            letter_number = UNSET
        else:
            letter_number = self.letter_number

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        org: None | str | Unset
        if isinstance(self.org, Unset):
            org = UNSET
        else:
            org = self.org

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        else:
            outcome = self.outcome

        penalty: None | str | Unset
        if isinstance(self.penalty, Unset):
            penalty = UNSET
        else:
            penalty = self.penalty

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "step": step,
        })
        if at is not UNSET:
            field_dict["at"] = at
        if at_jalali is not UNSET:
            field_dict["at_jalali"] = at_jalali
        if decision_id is not UNSET:
            field_dict["decision_id"] = decision_id
        if fine_rials is not UNSET:
            field_dict["fine_rials"] = fine_rials
        if letter_number is not UNSET:
            field_dict["letter_number"] = letter_number
        if note is not UNSET:
            field_dict["note"] = note
        if org is not UNSET:
            field_dict["org"] = org
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if penalty is not UNSET:
            field_dict["penalty"] = penalty
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        step = d.pop("step")

        def _parse_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        at = _parse_at(d.pop("at", UNSET))


        def _parse_at_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        at_jalali = _parse_at_jalali(d.pop("at_jalali", UNSET))


        def _parse_decision_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_id = _parse_decision_id(d.pop("decision_id", UNSET))


        def _parse_fine_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fine_rials = _parse_fine_rials(d.pop("fine_rials", UNSET))


        def _parse_letter_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        letter_number = _parse_letter_number(d.pop("letter_number", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_org(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org = _parse_org(d.pop("org", UNSET))


        def _parse_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))


        def _parse_penalty(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        penalty = _parse_penalty(d.pop("penalty", UNSET))


        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))


        penalty_step = cls(
            step=step,
            at=at,
            at_jalali=at_jalali,
            decision_id=decision_id,
            fine_rials=fine_rials,
            letter_number=letter_number,
            note=note,
            org=org,
            outcome=outcome,
            penalty=penalty,
            role=role,
        )


        penalty_step.additional_properties = d
        return penalty_step

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
