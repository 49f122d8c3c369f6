from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="GuidelineApproval")



@_attrs_define
class GuidelineApproval:
    """ The letter that approved this guideline version, and the letter's own words saying so (SHR-PROV).

        Attributes:
            date (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits accepted
            letter (str):
            quote (None | str | Unset): the approving letter's own words (verbatim); checked against its text
            registered_as (None | str | Unset):
            text (str | Unset): the approval in one English line Default: 'The guideline is approved and in force from its
                communication'.
            text_fa (None | str | Unset):
            under (None | str | Unset):
            under_date (None | str | Unset):
     """

    date: str
    letter: str
    quote: None | str | Unset = UNSET
    registered_as: None | str | Unset = UNSET
    text: str | Unset = 'The guideline is approved and in force from its communication'
    text_fa: None | str | Unset = UNSET
    under: None | str | Unset = UNSET
    under_date: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        date = self.date

        letter = self.letter

        quote: None | str | Unset
        if isinstance(self.quote, Unset):
            quote = UNSET
        else:
            quote = self.quote

        registered_as: None | str | Unset
        if isinstance(self.registered_as, Unset):
            registered_as = UNSET
        else:
            registered_as = self.registered_as

        text = self.text

        text_fa: None | str | Unset
        if isinstance(self.text_fa, Unset):
            text_fa = UNSET
        else:
            text_fa = self.text_fa

        under: None | str | Unset
        if isinstance(self.under, Unset):
            under = UNSET
        else:
            under = self.under

        under_date: None | str | Unset
        if isinstance(self.under_date, Unset):
            under_date = UNSET
        else:
            under_date = self.under_date


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "date": date,
            "letter": letter,
        })
        if quote is not UNSET:
            field_dict["quote"] = quote
        if registered_as is not UNSET:
            field_dict["registered_as"] = registered_as
        if text is not UNSET:
            field_dict["text"] = text
        if text_fa is not UNSET:
            field_dict["text_fa"] = text_fa
        if under is not UNSET:
            field_dict["under"] = under
        if under_date is not UNSET:
            field_dict["under_date"] = under_date

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date")

        letter = d.pop("letter")

        def _parse_quote(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quote = _parse_quote(d.pop("quote", UNSET))


        def _parse_registered_as(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registered_as = _parse_registered_as(d.pop("registered_as", UNSET))


        text = d.pop("text", UNSET)

        def _parse_text_fa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_fa = _parse_text_fa(d.pop("text_fa", UNSET))


        def _parse_under(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        under = _parse_under(d.pop("under", UNSET))


        def _parse_under_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        under_date = _parse_under_date(d.pop("under_date", UNSET))


        guideline_approval = cls(
            date=date,
            letter=letter,
            quote=quote,
            registered_as=registered_as,
            text=text,
            text_fa=text_fa,
            under=under,
            under_date=under_date,
        )

        return guideline_approval

