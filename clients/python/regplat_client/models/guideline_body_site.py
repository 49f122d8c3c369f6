from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="GuidelineBodySite")



@_attrs_define
class GuidelineBodySite:
    """ Where the drug is given, when the guideline counts per site (e.g. each eye): one request per site.

        Attributes:
            kind (str): e.g. eye
            values (list[str]): e.g. [right, left]
     """

    kind: str
    values: list[str]





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        values = self.values




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "values": values,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")

        values = cast(list[str], d.pop("values"))


        guideline_body_site = cls(
            kind=kind,
            values=values,
        )

        return guideline_body_site

