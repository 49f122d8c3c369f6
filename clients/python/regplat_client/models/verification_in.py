from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.verification_in_scope import VerificationInScope
from ..types import UNSET, Unset






T = TypeVar("T", bound="VerificationIn")



@_attrs_define
class VerificationIn:
    """ 
        Attributes:
            scope (VerificationInScope | Unset): held: ask again for the lines that are pending_verification or needs_review
                (default); all: ask again for every line that needs a question (e.g. after an insurer changed its coverage
                decision) Default: VerificationInScope.HELD.
     """

    scope: VerificationInScope | Unset = VerificationInScope.HELD





    def to_dict(self) -> dict[str, Any]:
        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _scope = d.pop("scope", UNSET)
        scope: VerificationInScope | Unset
        if isinstance(_scope,  Unset):
            scope = UNSET
        else:
            scope = VerificationInScope(_scope)




        verification_in = cls(
            scope=scope,
        )

        return verification_in

