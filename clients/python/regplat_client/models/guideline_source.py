from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.guideline_source_kind import GuidelineSourceKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="GuidelineSource")



@_attrs_define
class GuidelineSource:
    """ Published evidence for a criterion (DOI or URL), or an explicit platform choice (with its reason).

        Attributes:
            citation (str):
            id (str):
            kind (GuidelineSourceKind):
            doi (None | str | Unset):
            note (None | str | Unset):
            reason (None | str | Unset): platform_choice only: why the platform chose this
            url (None | str | Unset):
            year (int | None | Unset):
     """

    citation: str
    id: str
    kind: GuidelineSourceKind
    doi: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    year: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        citation = self.citation

        id = self.id

        kind = self.kind.value

        doi: None | str | Unset
        if isinstance(self.doi, Unset):
            doi = UNSET
        else:
            doi = self.doi

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "citation": citation,
            "id": id,
            "kind": kind,
        })
        if doi is not UNSET:
            field_dict["doi"] = doi
        if note is not UNSET:
            field_dict["note"] = note
        if reason is not UNSET:
            field_dict["reason"] = reason
        if url is not UNSET:
            field_dict["url"] = url
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        citation = d.pop("citation")

        id = d.pop("id")

        kind = GuidelineSourceKind(d.pop("kind"))




        def _parse_doi(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doi = _parse_doi(d.pop("doi", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))


        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))


        guideline_source = cls(
            citation=citation,
            id=id,
            kind=kind,
            doi=doi,
            note=note,
            reason=reason,
            url=url,
            year=year,
        )

        return guideline_source

