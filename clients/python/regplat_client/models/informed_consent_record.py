from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.informed_consent_record_signed_by_type_0 import InformedConsentRecordSignedByType0
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="InformedConsentRecord")



@_attrs_define
class InformedConsentRecord:
    """ The informed consent as declared.

        Attributes:
            obtained (bool):
            date (datetime.date | None | Unset):
            date_jalali (None | str | Unset):
            signed_by (InformedConsentRecordSignedByType0 | None | Unset):
     """

    obtained: bool
    date: datetime.date | None | Unset = UNSET
    date_jalali: None | str | Unset = UNSET
    signed_by: InformedConsentRecordSignedByType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        obtained = self.obtained

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

        signed_by: None | str | Unset
        if isinstance(self.signed_by, Unset):
            signed_by = UNSET
        elif isinstance(self.signed_by, InformedConsentRecordSignedByType0):
            signed_by = self.signed_by.value
        else:
            signed_by = self.signed_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "obtained": obtained,
        })
        if date is not UNSET:
            field_dict["date"] = date
        if date_jalali is not UNSET:
            field_dict["date_jalali"] = date_jalali
        if signed_by is not UNSET:
            field_dict["signed_by"] = signed_by

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        obtained = d.pop("obtained")

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


        def _parse_signed_by(data: object) -> InformedConsentRecordSignedByType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_by_type_0 = InformedConsentRecordSignedByType0(data)



                return signed_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InformedConsentRecordSignedByType0 | None | Unset, data)

        signed_by = _parse_signed_by(d.pop("signed_by", UNSET))


        informed_consent_record = cls(
            obtained=obtained,
            date=date,
            date_jalali=date_jalali,
            signed_by=signed_by,
        )


        informed_consent_record.additional_properties = d
        return informed_consent_record

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
