from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="GuidelineApprovalSummary")



@_attrs_define
class GuidelineApprovalSummary:
    """ The approving letter of a guideline version and the instruction it is under.

        Attributes:
            date (datetime.date):
            letter (str):
            date_jalali (None | str | Unset):
            registered_as (None | str | Unset): The Medical Council's registration of the letter
            under (None | str | Unset):
            under_date (datetime.date | None | Unset):
            under_date_jalali (None | str | Unset):
     """

    date: datetime.date
    letter: str
    date_jalali: None | str | Unset = UNSET
    registered_as: None | str | Unset = UNSET
    under: None | str | Unset = UNSET
    under_date: datetime.date | None | Unset = UNSET
    under_date_jalali: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        letter = self.letter

        date_jalali: None | str | Unset
        if isinstance(self.date_jalali, Unset):
            date_jalali = UNSET
        else:
            date_jalali = self.date_jalali

        registered_as: None | str | Unset
        if isinstance(self.registered_as, Unset):
            registered_as = UNSET
        else:
            registered_as = self.registered_as

        under: None | str | Unset
        if isinstance(self.under, Unset):
            under = UNSET
        else:
            under = self.under

        under_date: None | str | Unset
        if isinstance(self.under_date, Unset):
            under_date = UNSET
        elif isinstance(self.under_date, datetime.date):
            under_date = self.under_date.isoformat()
        else:
            under_date = self.under_date

        under_date_jalali: None | str | Unset
        if isinstance(self.under_date_jalali, Unset):
            under_date_jalali = UNSET
        else:
            under_date_jalali = self.under_date_jalali


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "date": date,
            "letter": letter,
        })
        if date_jalali is not UNSET:
            field_dict["date_jalali"] = date_jalali
        if registered_as is not UNSET:
            field_dict["registered_as"] = registered_as
        if under is not UNSET:
            field_dict["under"] = under
        if under_date is not UNSET:
            field_dict["under_date"] = under_date
        if under_date_jalali is not UNSET:
            field_dict["under_date_jalali"] = under_date_jalali

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))




        letter = d.pop("letter")

        def _parse_date_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_jalali = _parse_date_jalali(d.pop("date_jalali", UNSET))


        def _parse_registered_as(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registered_as = _parse_registered_as(d.pop("registered_as", UNSET))


        def _parse_under(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        under = _parse_under(d.pop("under", UNSET))


        def _parse_under_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                under_date_type_0 = datetime.date.fromisoformat(data)



                return under_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        under_date = _parse_under_date(d.pop("under_date", UNSET))


        def _parse_under_date_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        under_date_jalali = _parse_under_date_jalali(d.pop("under_date_jalali", UNSET))


        guideline_approval_summary = cls(
            date=date,
            letter=letter,
            date_jalali=date_jalali,
            registered_as=registered_as,
            under=under,
            under_date=under_date,
            under_date_jalali=under_date_jalali,
        )


        guideline_approval_summary.additional_properties = d
        return guideline_approval_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
