from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.penalty_proposal_in_penalty import PenaltyProposalInPenalty
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PenaltyProposalIn")



@_attrs_define
class PenaltyProposalIn:
    """ CLM-CH: the secretariat proposes a penalty (a cash fine is the secretariat's proposal) to the licensing
    headquarters.

        Attributes:
            penalty (PenaltyProposalInPenalty):
            fine_rials (int | Unset):  Default: 0.
            note (None | str | Unset):
     """

    penalty: PenaltyProposalInPenalty
    fine_rials: int | Unset = 0
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        penalty = self.penalty.value

        fine_rials = self.fine_rials

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "penalty": penalty,
        })
        if fine_rials is not UNSET:
            field_dict["fine_rials"] = fine_rials
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        penalty = PenaltyProposalInPenalty(d.pop("penalty"))




        fine_rials = d.pop("fine_rials", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        penalty_proposal_in = cls(
            penalty=penalty,
            fine_rials=fine_rials,
            note=note,
        )

        return penalty_proposal_in

