from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CustomsWorkflowStep")



@_attrs_define
class CustomsWorkflowStep:
    """ One step of a declaration's or an export permit's workflow, each a decision record.

        Attributes:
            action (str): submitted, identify, expert_review, head_approval, dg_release, stamp, refuse
            actor (str): The token subject who took the step
            at (str): When (ISO instant)
            decision_id (str): The decision record of the step (GET /v1/decisions/{decision_id})
            role (str):
            state_to (str):
            note (None | str | Unset):
            state_from (None | str | Unset):
     """

    action: str
    actor: str
    at: str
    decision_id: str
    role: str
    state_to: str
    note: None | str | Unset = UNSET
    state_from: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action = self.action

        actor = self.actor

        at = self.at

        decision_id = self.decision_id

        role = self.role

        state_to = self.state_to

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        state_from: None | str | Unset
        if isinstance(self.state_from, Unset):
            state_from = UNSET
        else:
            state_from = self.state_from


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "actor": actor,
            "at": at,
            "decision_id": decision_id,
            "role": role,
            "state_to": state_to,
        })
        if note is not UNSET:
            field_dict["note"] = note
        if state_from is not UNSET:
            field_dict["state_from"] = state_from

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        actor = d.pop("actor")

        at = d.pop("at")

        decision_id = d.pop("decision_id")

        role = d.pop("role")

        state_to = d.pop("state_to")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_state_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state_from = _parse_state_from(d.pop("state_from", UNSET))


        customs_workflow_step = cls(
            action=action,
            actor=actor,
            at=at,
            decision_id=decision_id,
            role=role,
            state_to=state_to,
            note=note,
            state_from=state_from,
        )


        customs_workflow_step.additional_properties = d
        return customs_workflow_step

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
