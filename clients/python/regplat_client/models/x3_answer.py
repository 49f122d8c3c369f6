from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="X3Answer")



@_attrs_define
class X3Answer:
    """ Inspections' answer for one date asked (SPEC X3), or why none could be had.

        Attributes:
            date (str): The date the question was asked for (ISO)
            deciding_rule (None | str | Unset):
            inspections_decision_id (None | str | Unset): Inspections' own decision record
            inspections_ruleset_version (None | str | Unset):
            letters_applied (list[str] | Unset):
            outcome (None | str | Unset): permitted | prohibited | not_regulated_by_these_letters; null when no answer came
            unavailable_reason (None | str | Unset): Why no answer could be had (unreachable, timeout, ...)
     """

    date: str
    deciding_rule: None | str | Unset = UNSET
    inspections_decision_id: None | str | Unset = UNSET
    inspections_ruleset_version: None | str | Unset = UNSET
    letters_applied: list[str] | Unset = UNSET
    outcome: None | str | Unset = UNSET
    unavailable_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        date = self.date

        deciding_rule: None | str | Unset
        if isinstance(self.deciding_rule, Unset):
            deciding_rule = UNSET
        else:
            deciding_rule = self.deciding_rule

        inspections_decision_id: None | str | Unset
        if isinstance(self.inspections_decision_id, Unset):
            inspections_decision_id = UNSET
        else:
            inspections_decision_id = self.inspections_decision_id

        inspections_ruleset_version: None | str | Unset
        if isinstance(self.inspections_ruleset_version, Unset):
            inspections_ruleset_version = UNSET
        else:
            inspections_ruleset_version = self.inspections_ruleset_version

        letters_applied: list[str] | Unset = UNSET
        if not isinstance(self.letters_applied, Unset):
            letters_applied = self.letters_applied



        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        else:
            outcome = self.outcome

        unavailable_reason: None | str | Unset
        if isinstance(self.unavailable_reason, Unset):
            unavailable_reason = UNSET
        else:
            unavailable_reason = self.unavailable_reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "date": date,
        })
        if deciding_rule is not UNSET:
            field_dict["deciding_rule"] = deciding_rule
        if inspections_decision_id is not UNSET:
            field_dict["inspections_decision_id"] = inspections_decision_id
        if inspections_ruleset_version is not UNSET:
            field_dict["inspections_ruleset_version"] = inspections_ruleset_version
        if letters_applied is not UNSET:
            field_dict["letters_applied"] = letters_applied
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if unavailable_reason is not UNSET:
            field_dict["unavailable_reason"] = unavailable_reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date")

        def _parse_deciding_rule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deciding_rule = _parse_deciding_rule(d.pop("deciding_rule", UNSET))


        def _parse_inspections_decision_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inspections_decision_id = _parse_inspections_decision_id(d.pop("inspections_decision_id", UNSET))


        def _parse_inspections_ruleset_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inspections_ruleset_version = _parse_inspections_ruleset_version(d.pop("inspections_ruleset_version", UNSET))


        letters_applied = cast(list[str], d.pop("letters_applied", UNSET))


        def _parse_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))


        def _parse_unavailable_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unavailable_reason = _parse_unavailable_reason(d.pop("unavailable_reason", UNSET))


        x3_answer = cls(
            date=date,
            deciding_rule=deciding_rule,
            inspections_decision_id=inspections_decision_id,
            inspections_ruleset_version=inspections_ruleset_version,
            letters_applied=letters_applied,
            outcome=outcome,
            unavailable_reason=unavailable_reason,
        )


        x3_answer.additional_properties = d
        return x3_answer

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
