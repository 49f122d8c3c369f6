from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="WithdrawalIn")



@_attrs_define
class WithdrawalIn:
    """ CLM-A7 (platform rule): withdraw a case before approval, with the reason.

        Attributes:
            reason (str): why the case is withdrawn (e.g. the insured withdrew the request)
     """

    reason: str





    def to_dict(self) -> dict[str, Any]:
        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        withdrawal_in = cls(
            reason=reason,
        )

        return withdrawal_in

