from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.centre_list_entry_group import CentreListEntryGroup
from typing import cast
import datetime






T = TypeVar("T", bound="CentreListEntry")



@_attrs_define
class CentreListEntry:
    """ One centre of the list, in the letter's group (active, inactive, applicant).

        Attributes:
            group (CentreListEntryGroup): The letter's group: suspended and closed centres are inactive
            id (str):
            kinds (list[str]):
            licence_number (None | str):
            licence_valid_to (datetime.date | None):
            licence_valid_to_jalali (None | str):
            licence_valid_today (bool):
            name (str):
            province (str):
            registered_on_jalali (None | str):
            space_certified (bool):
            status (str):
            university (str):
     """

    group: CentreListEntryGroup
    id: str
    kinds: list[str]
    licence_number: None | str
    licence_valid_to: datetime.date | None
    licence_valid_to_jalali: None | str
    licence_valid_today: bool
    name: str
    province: str
    registered_on_jalali: None | str
    space_certified: bool
    status: str
    university: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        group = self.group.value

        id = self.id

        kinds = self.kinds



        licence_number: None | str
        licence_number = self.licence_number

        licence_valid_to: None | str
        if isinstance(self.licence_valid_to, datetime.date):
            licence_valid_to = self.licence_valid_to.isoformat()
        else:
            licence_valid_to = self.licence_valid_to

        licence_valid_to_jalali: None | str
        licence_valid_to_jalali = self.licence_valid_to_jalali

        licence_valid_today = self.licence_valid_today

        name = self.name

        province = self.province

        registered_on_jalali: None | str
        registered_on_jalali = self.registered_on_jalali

        space_certified = self.space_certified

        status = self.status

        university = self.university


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "group": group,
            "id": id,
            "kinds": kinds,
            "licence_number": licence_number,
            "licence_valid_to": licence_valid_to,
            "licence_valid_to_jalali": licence_valid_to_jalali,
            "licence_valid_today": licence_valid_today,
            "name": name,
            "province": province,
            "registered_on_jalali": registered_on_jalali,
            "space_certified": space_certified,
            "status": status,
            "university": university,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group = CentreListEntryGroup(d.pop("group"))




        id = d.pop("id")

        kinds = cast(list[str], d.pop("kinds"))


        def _parse_licence_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        licence_number = _parse_licence_number(d.pop("licence_number"))


        def _parse_licence_valid_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                licence_valid_to_type_0 = datetime.date.fromisoformat(data)



                return licence_valid_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        licence_valid_to = _parse_licence_valid_to(d.pop("licence_valid_to"))


        def _parse_licence_valid_to_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        licence_valid_to_jalali = _parse_licence_valid_to_jalali(d.pop("licence_valid_to_jalali"))


        licence_valid_today = d.pop("licence_valid_today")

        name = d.pop("name")

        province = d.pop("province")

        def _parse_registered_on_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registered_on_jalali = _parse_registered_on_jalali(d.pop("registered_on_jalali"))


        space_certified = d.pop("space_certified")

        status = d.pop("status")

        university = d.pop("university")

        centre_list_entry = cls(
            group=group,
            id=id,
            kinds=kinds,
            licence_number=licence_number,
            licence_valid_to=licence_valid_to,
            licence_valid_to_jalali=licence_valid_to_jalali,
            licence_valid_today=licence_valid_today,
            name=name,
            province=province,
            registered_on_jalali=registered_on_jalali,
            space_certified=space_certified,
            status=status,
            university=university,
        )


        centre_list_entry.additional_properties = d
        return centre_list_entry

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
