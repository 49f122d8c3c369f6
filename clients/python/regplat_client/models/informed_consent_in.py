from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.informed_consent_in_signed_by_type_0 import InformedConsentInSignedByType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="InformedConsentIn")



@_attrs_define
class InformedConsentIn:
    """ 
        Attributes:
            obtained (bool):
            date (None | str | Unset):
            signed_by (InformedConsentInSignedByType0 | None | Unset):
     """

    obtained: bool
    date: None | str | Unset = UNSET
    signed_by: InformedConsentInSignedByType0 | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        obtained = self.obtained

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        signed_by: None | str | Unset
        if isinstance(self.signed_by, Unset):
            signed_by = UNSET
        elif isinstance(self.signed_by, InformedConsentInSignedByType0):
            signed_by = self.signed_by.value
        else:
            signed_by = self.signed_by


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "obtained": obtained,
        })
        if date is not UNSET:
            field_dict["date"] = date
        if signed_by is not UNSET:
            field_dict["signed_by"] = signed_by

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        obtained = d.pop("obtained")

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))


        def _parse_signed_by(data: object) -> InformedConsentInSignedByType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_by_type_0 = InformedConsentInSignedByType0(data)



                return signed_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InformedConsentInSignedByType0 | None | Unset, data)

        signed_by = _parse_signed_by(d.pop("signed_by", UNSET))


        informed_consent_in = cls(
            obtained=obtained,
            date=date,
            signed_by=signed_by,
        )

        return informed_consent_in

