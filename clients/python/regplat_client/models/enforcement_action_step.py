from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.enforcement_action_step_state import EnforcementActionStepState
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.enforcement_decision import EnforcementDecision





T = TypeVar("T", bound="EnforcementActionStep")



@_attrs_define
class EnforcementActionStep:
    """ One step of an action's history: the state it entered, when, by whom, on which decision record.

        Attributes:
            actor (None | str): The token subject who recorded it
            decision_id (str): The decision record of this step
            on (datetime.date):
            state (EnforcementActionStepState):
            decision (EnforcementDecision | None | Unset): The decision given to lift or conclude (absent on the order)
            note (None | str | Unset):
     """

    actor: None | str
    decision_id: str
    on: datetime.date
    state: EnforcementActionStepState
    decision: EnforcementDecision | None | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.enforcement_decision import EnforcementDecision # noqa: PLC0415
        actor: None | str
        actor = self.actor

        decision_id = self.decision_id

        on = self.on.isoformat()

        state = self.state.value

        decision: dict[str, Any] | None | Unset
        if isinstance(self.decision, Unset):
            decision = UNSET
        elif isinstance(self.decision, EnforcementDecision):
            decision = self.decision.to_dict()
        else:
            decision = self.decision

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actor": actor,
            "decision_id": decision_id,
            "on": on,
            "state": state,
        })
        if decision is not UNSET:
            field_dict["decision"] = decision
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enforcement_decision import EnforcementDecision # noqa: PLC0415
        d = dict(src_dict)
        def _parse_actor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actor = _parse_actor(d.pop("actor"))


        decision_id = d.pop("decision_id")

        on = datetime.date.fromisoformat(d.pop("on"))




        state = EnforcementActionStepState(d.pop("state"))




        def _parse_decision(data: object) -> EnforcementDecision | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                decision_type_0 = EnforcementDecision.from_dict(data)



                return decision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnforcementDecision | None | Unset, data)

        decision = _parse_decision(d.pop("decision", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        enforcement_action_step = cls(
            actor=actor,
            decision_id=decision_id,
            on=on,
            state=state,
            decision=decision,
            note=note,
        )


        enforcement_action_step.additional_properties = d
        return enforcement_action_step

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
