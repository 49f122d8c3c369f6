from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.penalty_decision_in_outcome import PenaltyDecisionInOutcome
from ..models.penalty_decision_in_penalty_type_0 import PenaltyDecisionInPenaltyType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PenaltyDecisionIn")



@_attrs_define
class PenaltyDecisionIn:
    """ CLM-CH: the licensing headquarters (ستاد صدور جواز) decides: imposes a penalty or rejects the proposals.

        Attributes:
            letter_number (str): the headquarters' decision letter
            outcome (PenaltyDecisionInOutcome):
            fine_rials (int | Unset):  Default: 0.
            note (None | str | Unset):
            penalty (None | PenaltyDecisionInPenaltyType0 | Unset):
     """

    letter_number: str
    outcome: PenaltyDecisionInOutcome
    fine_rials: int | Unset = 0
    note: None | str | Unset = UNSET
    penalty: None | PenaltyDecisionInPenaltyType0 | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        letter_number = self.letter_number

        outcome = self.outcome.value

        fine_rials = self.fine_rials

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        penalty: None | str | Unset
        if isinstance(self.penalty, Unset):
            penalty = UNSET
        elif isinstance(self.penalty, PenaltyDecisionInPenaltyType0):
            penalty = self.penalty.value
        else:
            penalty = self.penalty


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "letter_number": letter_number,
            "outcome": outcome,
        })
        if fine_rials is not UNSET:
            field_dict["fine_rials"] = fine_rials
        if note is not UNSET:
            field_dict["note"] = note
        if penalty is not UNSET:
            field_dict["penalty"] = penalty

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        letter_number = d.pop("letter_number")

        outcome = PenaltyDecisionInOutcome(d.pop("outcome"))




        fine_rials = d.pop("fine_rials", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_penalty(data: object) -> None | PenaltyDecisionInPenaltyType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                penalty_type_0 = PenaltyDecisionInPenaltyType0(data)



                return penalty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PenaltyDecisionInPenaltyType0 | Unset, data)

        penalty = _parse_penalty(d.pop("penalty", UNSET))


        penalty_decision_in = cls(
            letter_number=letter_number,
            outcome=outcome,
            fine_rials=fine_rials,
            note=note,
            penalty=penalty,
        )

        return penalty_decision_in

