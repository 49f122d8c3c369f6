from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="GuidelineLetter")



@_attrs_define
class GuidelineLetter:
    """ A letter of the guideline's approval, as the regulation registry knows it (only `number` when it is not there).

        Attributes:
            number (str):
            date (datetime.date | None | Unset):
            date_jalali (None | str | Unset):
            issuer (None | str | Unset):
            subject (None | str | Unset):
            subject_fa (None | str | Unset):
     """

    number: str
    date: datetime.date | None | Unset = UNSET
    date_jalali: None | str | Unset = UNSET
    issuer: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    subject_fa: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        number = self.number

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        date_jalali: None | str | Unset
        if isinstance(self.date_jalali, Unset):
            date_jalali = UNSET
        else:
            date_jalali = self.date_jalali

        issuer: None | str | Unset
        if isinstance(self.issuer, Unset):
            issuer = UNSET
        else:
            issuer = self.issuer

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        subject_fa: None | str | Unset
        if isinstance(self.subject_fa, Unset):
            subject_fa = UNSET
        else:
            subject_fa = self.subject_fa


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "number": number,
        })
        if date is not UNSET:
            field_dict["date"] = date
        if date_jalali is not UNSET:
            field_dict["date_jalali"] = date_jalali
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if subject is not UNSET:
            field_dict["subject"] = subject
        if subject_fa is not UNSET:
            field_dict["subject_fa"] = subject_fa

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        def _parse_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)



                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))


        def _parse_date_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_jalali = _parse_date_jalali(d.pop("date_jalali", UNSET))


        def _parse_issuer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer = _parse_issuer(d.pop("issuer", UNSET))


        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))


        def _parse_subject_fa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_fa = _parse_subject_fa(d.pop("subject_fa", UNSET))


        guideline_letter = cls(
            number=number,
            date=date,
            date_jalali=date_jalali,
            issuer=issuer,
            subject=subject,
            subject_fa=subject_fa,
        )


        guideline_letter.additional_properties = d
        return guideline_letter

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
