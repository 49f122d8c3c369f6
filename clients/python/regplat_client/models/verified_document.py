from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.verified_document_kind import VerifiedDocumentKind
from typing import cast

if TYPE_CHECKING:
  from ..models.verified_item import VerifiedItem





T = TypeVar("T", bound="VerifiedDocument")



@_attrs_define
class VerifiedDocument:
    """ 
        Attributes:
            date (None | str): Date of the document (ISO)
            date_jalali (None | str): Date of the document (Jalali)
            items (list[VerifiedItem]):
            kind (VerifiedDocumentKind):
            number (None | str): Letter number, e.g. GIO-CL/1404/00012
            office (None | str): Customs office code
            owner_identity_masked (None | str): The owner's national code or passport, all but the first and last two
                characters hidden
            state (str): State of the declaration or permit
            state_label (str): The state in the answer's language
     """

    date: None | str
    date_jalali: None | str
    items: list[VerifiedItem]
    kind: VerifiedDocumentKind
    number: None | str
    office: None | str
    owner_identity_masked: None | str
    state: str
    state_label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.verified_item import VerifiedItem # noqa: PLC0415
        date: None | str
        date = self.date

        date_jalali: None | str
        date_jalali = self.date_jalali

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        kind = self.kind.value

        number: None | str
        number = self.number

        office: None | str
        office = self.office

        owner_identity_masked: None | str
        owner_identity_masked = self.owner_identity_masked

        state = self.state

        state_label = self.state_label


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "date": date,
            "date_jalali": date_jalali,
            "items": items,
            "kind": kind,
            "number": number,
            "office": office,
            "owner_identity_masked": owner_identity_masked,
            "state": state,
            "state_label": state_label,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.verified_item import VerifiedItem # noqa: PLC0415
        d = dict(src_dict)
        def _parse_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date = _parse_date(d.pop("date"))


        def _parse_date_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date_jalali = _parse_date_jalali(d.pop("date_jalali"))


        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = VerifiedItem.from_dict(items_item_data)



            items.append(items_item)


        kind = VerifiedDocumentKind(d.pop("kind"))




        def _parse_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        number = _parse_number(d.pop("number"))


        def _parse_office(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        office = _parse_office(d.pop("office"))


        def _parse_owner_identity_masked(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner_identity_masked = _parse_owner_identity_masked(d.pop("owner_identity_masked"))


        state = d.pop("state")

        state_label = d.pop("state_label")

        verified_document = cls(
            date=date,
            date_jalali=date_jalali,
            items=items,
            kind=kind,
            number=number,
            office=office,
            owner_identity_masked=owner_identity_masked,
            state=state,
            state_label=state_label,
        )


        verified_document.additional_properties = d
        return verified_document

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
