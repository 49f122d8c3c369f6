from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.export_application_item import ExportApplicationItem
  from ..models.export_prescription_record import ExportPrescriptionRecord





T = TypeVar("T", bound="ExportApplication")



@_attrs_define
class ExportApplication:
    """ Form FRM-DPNA-GIO-057 as submitted (dates ISO).

        Attributes:
            address (str):
            applicant_name (str):
            channel (str):
            customs_office (str):
            destination_country (str):
            items (list[ExportApplicationItem]):
            phone (str):
            prescription (ExportPrescriptionRecord): The prescription as stated on the application.
            signed (bool):
            decision_date (None | str | Unset):
            national_code (None | str | Unset):
            passport_no (None | str | Unset):
     """

    address: str
    applicant_name: str
    channel: str
    customs_office: str
    destination_country: str
    items: list[ExportApplicationItem]
    phone: str
    prescription: ExportPrescriptionRecord
    signed: bool
    decision_date: None | str | Unset = UNSET
    national_code: None | str | Unset = UNSET
    passport_no: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.export_application_item import ExportApplicationItem # noqa: PLC0415
        from ..models.export_prescription_record import ExportPrescriptionRecord # noqa: PLC0415
        address = self.address

        applicant_name = self.applicant_name

        channel = self.channel

        customs_office = self.customs_office

        destination_country = self.destination_country

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        phone = self.phone

        prescription = self.prescription.to_dict()

        signed = self.signed

        decision_date: None | str | Unset
        if isinstance(self.decision_date, Unset):
            decision_date = UNSET
        else:
            decision_date = self.decision_date

        national_code: None | str | Unset
        if isinstance(self.national_code, Unset):
            national_code = UNSET
        else:
            national_code = self.national_code

        passport_no: None | str | Unset
        if isinstance(self.passport_no, Unset):
            passport_no = UNSET
        else:
            passport_no = self.passport_no


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "address": address,
            "applicant_name": applicant_name,
            "channel": channel,
            "customs_office": customs_office,
            "destination_country": destination_country,
            "items": items,
            "phone": phone,
            "prescription": prescription,
            "signed": signed,
        })
        if decision_date is not UNSET:
            field_dict["decision_date"] = decision_date
        if national_code is not UNSET:
            field_dict["national_code"] = national_code
        if passport_no is not UNSET:
            field_dict["passport_no"] = passport_no

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.export_application_item import ExportApplicationItem # noqa: PLC0415
        from ..models.export_prescription_record import ExportPrescriptionRecord # noqa: PLC0415
        d = dict(src_dict)
        address = d.pop("address")

        applicant_name = d.pop("applicant_name")

        channel = d.pop("channel")

        customs_office = d.pop("customs_office")

        destination_country = d.pop("destination_country")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = ExportApplicationItem.from_dict(items_item_data)



            items.append(items_item)


        phone = d.pop("phone")

        prescription = ExportPrescriptionRecord.from_dict(d.pop("prescription"))




        signed = d.pop("signed")

        def _parse_decision_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_date = _parse_decision_date(d.pop("decision_date", UNSET))


        def _parse_national_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        national_code = _parse_national_code(d.pop("national_code", UNSET))


        def _parse_passport_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        passport_no = _parse_passport_no(d.pop("passport_no", UNSET))


        export_application = cls(
            address=address,
            applicant_name=applicant_name,
            channel=channel,
            customs_office=customs_office,
            destination_country=destination_country,
            items=items,
            phone=phone,
            prescription=prescription,
            signed=signed,
            decision_date=decision_date,
            national_code=national_code,
            passport_no=passport_no,
        )


        export_application.additional_properties = d
        return export_application

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
