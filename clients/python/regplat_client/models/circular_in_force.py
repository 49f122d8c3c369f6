from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.read_with import ReadWith





T = TypeVar("T", bound="CircularInForce")



@_attrs_define
class CircularInForce:
    """ A circular in force for claims (the regulation registry's entry).

        Attributes:
            number (str):
            read_with (list[ReadWith]):
            url (str):
            date (datetime.date | None | Unset):
            issuer (None | str | Unset):
            subject (None | str | Unset):
            subject_fa (None | str | Unset):
     """

    number: str
    read_with: list[ReadWith]
    url: str
    date: datetime.date | None | Unset = UNSET
    issuer: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    subject_fa: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.read_with import ReadWith # noqa: PLC0415
        number = self.number

        read_with = []
        for read_with_item_data in self.read_with:
            read_with_item = read_with_item_data.to_dict()
            read_with.append(read_with_item)



        url = self.url

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

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
            "read_with": read_with,
            "url": url,
        })
        if date is not UNSET:
            field_dict["date"] = date
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if subject is not UNSET:
            field_dict["subject"] = subject
        if subject_fa is not UNSET:
            field_dict["subject_fa"] = subject_fa

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.read_with import ReadWith # noqa: PLC0415
        d = dict(src_dict)
        number = d.pop("number")

        read_with = []
        _read_with = d.pop("read_with")
        for read_with_item_data in (_read_with):
            read_with_item = ReadWith.from_dict(read_with_item_data)



            read_with.append(read_with_item)


        url = d.pop("url")

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


        circular_in_force = cls(
            number=number,
            read_with=read_with,
            url=url,
            date=date,
            issuer=issuer,
            subject=subject,
            subject_fa=subject_fa,
        )


        circular_in_force.additional_properties = d
        return circular_in_force

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
