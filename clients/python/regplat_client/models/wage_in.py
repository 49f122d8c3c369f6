from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="WageIn")



@_attrs_define
class WageIn:
    """ 
        Attributes:
            daily_rials (int):
            source (str): the resolution or circular the figure comes from
     """

    daily_rials: int
    source: str





    def to_dict(self) -> dict[str, Any]:
        daily_rials = self.daily_rials

        source = self.source


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "daily_rials": daily_rials,
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        daily_rials = d.pop("daily_rials")

        source = d.pop("source")

        wage_in = cls(
            daily_rials=daily_rials,
            source=source,
        )

        return wage_in

