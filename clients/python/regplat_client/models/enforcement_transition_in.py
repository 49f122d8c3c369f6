from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.enforcement_transition_in_to import EnforcementTransitionInTo
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.enforcement_decision_in import EnforcementDecisionIn





T = TypeVar("T", bound="EnforcementTransitionIn")



@_attrs_define
class EnforcementTransitionIn:
    """ 
        Attributes:
            on (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits accepted
            to (EnforcementTransitionInTo):
            decision (EnforcementDecisionIn | None | Unset): Required to lift or conclude: the recorded decision
            note (None | str | Unset):
     """

    on: str
    to: EnforcementTransitionInTo
    decision: EnforcementDecisionIn | None | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.enforcement_decision_in import EnforcementDecisionIn # noqa: PLC0415
        on = self.on

        to = self.to.value

        decision: dict[str, Any] | None | Unset
        if isinstance(self.decision, Unset):
            decision = UNSET
        elif isinstance(self.decision, EnforcementDecisionIn):
            decision = self.decision.to_dict()
        else:
            decision = self.decision

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "on": on,
            "to": to,
        })
        if decision is not UNSET:
            field_dict["decision"] = decision
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enforcement_decision_in import EnforcementDecisionIn # noqa: PLC0415
        d = dict(src_dict)
        on = d.pop("on")

        to = EnforcementTransitionInTo(d.pop("to"))




        def _parse_decision(data: object) -> EnforcementDecisionIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                decision_type_0 = EnforcementDecisionIn.from_dict(data)



                return decision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnforcementDecisionIn | None | Unset, data)

        decision = _parse_decision(d.pop("decision", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        enforcement_transition_in = cls(
            on=on,
            to=to,
            decision=decision,
            note=note,
        )

        return enforcement_transition_in

