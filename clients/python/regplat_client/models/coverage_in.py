from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CoverageIn")



@_attrs_define
class CoverageIn:
    """ The patient's insurer covers, or does not cover, an approved request (OFL-I).

        Attributes:
            covered (bool): true: the insurer covers this approved treatment; false: it does not
            reason (str): why (required both ways; shown to the physician and auditors)
     """

    covered: bool
    reason: str





    def to_dict(self) -> dict[str, Any]:
        covered = self.covered

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "covered": covered,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        covered = d.pop("covered")

        reason = d.pop("reason")

        coverage_in = cls(
            covered=covered,
            reason=reason,
        )

        return coverage_in

