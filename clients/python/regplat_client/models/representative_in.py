from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="RepresentativeIn")



@_attrs_define
class RepresentativeIn:
    """ 
        Attributes:
            name (str):
            national_code (str):
            relation (str):
     """

    name: str
    national_code: str
    relation: str





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        national_code = self.national_code

        relation = self.relation


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "national_code": national_code,
            "relation": relation,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        national_code = d.pop("national_code")

        relation = d.pop("relation")

        representative_in = cls(
            name=name,
            national_code=national_code,
            relation=relation,
        )

        return representative_in

