from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="RequestDocument")



@_attrs_define
class RequestDocument:
    """ A document in the physician's record, as listed on the request.

        Attributes:
            added_at (datetime.datetime): When the document was added to the request
            date (datetime.date):
            kind (str):
            date_jalali (None | str | Unset):
            reference (None | str | Unset):
     """

    added_at: datetime.datetime
    date: datetime.date
    kind: str
    date_jalali: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        added_at = self.added_at.isoformat()

        date = self.date.isoformat()

        kind = self.kind

        date_jalali: None | str | Unset
        if isinstance(self.date_jalali, Unset):
            date_jalali = UNSET
        else:
            date_jalali = self.date_jalali

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "added_at": added_at,
            "date": date,
            "kind": kind,
        })
        if date_jalali is not UNSET:
            field_dict["date_jalali"] = date_jalali
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        added_at = datetime.datetime.fromisoformat(d.pop("added_at"))




        date = datetime.date.fromisoformat(d.pop("date"))




        kind = d.pop("kind")

        def _parse_date_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_jalali = _parse_date_jalali(d.pop("date_jalali", UNSET))


        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))


        request_document = cls(
            added_at=added_at,
            date=date,
            kind=kind,
            date_jalali=date_jalali,
            reference=reference,
        )


        request_document.additional_properties = d
        return request_document

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
