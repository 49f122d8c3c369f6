from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.public_centre_activity import PublicCentreActivity





T = TypeVar("T", bound="PublicCentreStatus")



@_attrs_define
class PublicCentreStatus:
    """ Is this centre licensed and open today, and for what?

        Attributes:
            activities (list[PublicCentreActivity]):
            as_of (datetime.date):
            as_of_jalali (None | str):
            id (str):
            kinds (list[str]):
            licence_number (None | str):
            licence_valid_to (datetime.date | None):
            licence_valid_to_jalali (None | str):
            licensed (bool): Holds a licence valid today
            name (str):
            note (str):
            open_ (bool): Active and licensed today
            permitted_activities (list[PublicCentreActivity]): Only for an open, licensed centre
            province (str):
            ruleset_version (str):
            status (str): Status today: active, inactive, applicant, suspended or closed
            status_since (datetime.date | None):
            status_since_jalali (None | str):
            university (str):
     """

    activities: list[PublicCentreActivity]
    as_of: datetime.date
    as_of_jalali: None | str
    id: str
    kinds: list[str]
    licence_number: None | str
    licence_valid_to: datetime.date | None
    licence_valid_to_jalali: None | str
    licensed: bool
    name: str
    note: str
    open_: bool
    permitted_activities: list[PublicCentreActivity]
    province: str
    ruleset_version: str
    status: str
    status_since: datetime.date | None
    status_since_jalali: None | str
    university: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.public_centre_activity import PublicCentreActivity # noqa: PLC0415
        activities = []
        for activities_item_data in self.activities:
            activities_item = activities_item_data.to_dict()
            activities.append(activities_item)



        as_of = self.as_of.isoformat()

        as_of_jalali: None | str
        as_of_jalali = self.as_of_jalali

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

        licensed = self.licensed

        name = self.name

        note = self.note

        open_ = self.open_

        permitted_activities = []
        for permitted_activities_item_data in self.permitted_activities:
            permitted_activities_item = permitted_activities_item_data.to_dict()
            permitted_activities.append(permitted_activities_item)



        province = self.province

        ruleset_version = self.ruleset_version

        status = self.status

        status_since: None | str
        if isinstance(self.status_since, datetime.date):
            status_since = self.status_since.isoformat()
        else:
            status_since = self.status_since

        status_since_jalali: None | str
        status_since_jalali = self.status_since_jalali

        university = self.university


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "activities": activities,
            "as_of": as_of,
            "as_of_jalali": as_of_jalali,
            "id": id,
            "kinds": kinds,
            "licence_number": licence_number,
            "licence_valid_to": licence_valid_to,
            "licence_valid_to_jalali": licence_valid_to_jalali,
            "licensed": licensed,
            "name": name,
            "note": note,
            "open": open_,
            "permitted_activities": permitted_activities,
            "province": province,
            "ruleset_version": ruleset_version,
            "status": status,
            "status_since": status_since,
            "status_since_jalali": status_since_jalali,
            "university": university,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_centre_activity import PublicCentreActivity # noqa: PLC0415
        d = dict(src_dict)
        activities = []
        _activities = d.pop("activities")
        for activities_item_data in (_activities):
            activities_item = PublicCentreActivity.from_dict(activities_item_data)



            activities.append(activities_item)


        as_of = datetime.date.fromisoformat(d.pop("as_of"))




        def _parse_as_of_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        as_of_jalali = _parse_as_of_jalali(d.pop("as_of_jalali"))


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


        licensed = d.pop("licensed")

        name = d.pop("name")

        note = d.pop("note")

        open_ = d.pop("open")

        permitted_activities = []
        _permitted_activities = d.pop("permitted_activities")
        for permitted_activities_item_data in (_permitted_activities):
            permitted_activities_item = PublicCentreActivity.from_dict(permitted_activities_item_data)



            permitted_activities.append(permitted_activities_item)


        province = d.pop("province")

        ruleset_version = d.pop("ruleset_version")

        status = d.pop("status")

        def _parse_status_since(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_since_type_0 = datetime.date.fromisoformat(data)



                return status_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        status_since = _parse_status_since(d.pop("status_since"))


        def _parse_status_since_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_since_jalali = _parse_status_since_jalali(d.pop("status_since_jalali"))


        university = d.pop("university")

        public_centre_status = cls(
            activities=activities,
            as_of=as_of,
            as_of_jalali=as_of_jalali,
            id=id,
            kinds=kinds,
            licence_number=licence_number,
            licence_valid_to=licence_valid_to,
            licence_valid_to_jalali=licence_valid_to_jalali,
            licensed=licensed,
            name=name,
            note=note,
            open_=open_,
            permitted_activities=permitted_activities,
            province=province,
            ruleset_version=ruleset_version,
            status=status,
            status_since=status_since,
            status_since_jalali=status_since_jalali,
            university=university,
        )


        public_centre_status.additional_properties = d
        return public_centre_status

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
