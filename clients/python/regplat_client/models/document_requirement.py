from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DocumentRequirement")



@_attrs_define
class DocumentRequirement:
    """ 
        Attributes:
            id (str):
            kinds (list[str]): document kinds that satisfy it
            name (str):
            sources (list[str]): ids of entries in the guideline's `sources`
            within_days (int): dated at most this many days before the planned date
            applies_to (list[str] | None | Unset): indication ids (null: every indication)
            name_fa (None | str | Unset):
            note (None | str | Unset):
            window_sources (list[str] | Unset): sources of the window if not the document's
     """

    id: str
    kinds: list[str]
    name: str
    sources: list[str]
    within_days: int
    applies_to: list[str] | None | Unset = UNSET
    name_fa: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    window_sources: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kinds = self.kinds



        name = self.name

        sources = self.sources



        within_days = self.within_days

        applies_to: list[str] | None | Unset
        if isinstance(self.applies_to, Unset):
            applies_to = UNSET
        elif isinstance(self.applies_to, list):
            applies_to = self.applies_to


        else:
            applies_to = self.applies_to

        name_fa: None | str | Unset
        if isinstance(self.name_fa, Unset):
            name_fa = UNSET
        else:
            name_fa = self.name_fa

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        window_sources: list[str] | Unset = UNSET
        if not isinstance(self.window_sources, Unset):
            window_sources = self.window_sources




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
            "kinds": kinds,
            "name": name,
            "sources": sources,
            "within_days": within_days,
        })
        if applies_to is not UNSET:
            field_dict["applies_to"] = applies_to
        if name_fa is not UNSET:
            field_dict["name_fa"] = name_fa
        if note is not UNSET:
            field_dict["note"] = note
        if window_sources is not UNSET:
            field_dict["window_sources"] = window_sources

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        kinds = cast(list[str], d.pop("kinds"))


        name = d.pop("name")

        sources = cast(list[str], d.pop("sources"))


        within_days = d.pop("within_days")

        def _parse_applies_to(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                applies_to_type_0 = cast(list[str], data)

                return applies_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        applies_to = _parse_applies_to(d.pop("applies_to", UNSET))


        def _parse_name_fa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_fa = _parse_name_fa(d.pop("name_fa", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        window_sources = cast(list[str], d.pop("window_sources", UNSET))


        document_requirement = cls(
            id=id,
            kinds=kinds,
            name=name,
            sources=sources,
            within_days=within_days,
            applies_to=applies_to,
            name_fa=name_fa,
            note=note,
            window_sources=window_sources,
        )

        return document_requirement

