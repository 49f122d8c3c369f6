from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.agency_view_licence_status import AgencyViewLicenceStatus
from ..models.agency_view_rollout import AgencyViewRollout
from typing import cast






T = TypeVar("T", bound="AgencyView")



@_attrs_define
class AgencyView:
    """ An official agency (کارگزاری رسمی): licence, calendar, review office and CLM-H2 rollout state.

        Attributes:
            closes_thursday (bool):
            code (str):
            cooperation_review (bool): CLM-CH note 1: under review of its cooperation after repeated delaying errors
            created_at (None | str):
            created_at_jalali (None | str):
            licence_status (AgencyViewLicenceStatus):
            name (str):
            office_closes (str): End of office hours, HH:MM
            process_enabled (bool): Whether the agency may register cases (CLM-H2), after inheritance
            province (str):
            province_rollout_enabled (bool):
            review_office_code (str):
            rollout (AgencyViewRollout): CLM-H2 switch of the agency; inherit = follow its province
            version (int): The ETag's number: send it back as If-Match to change the agency
     """

    closes_thursday: bool
    code: str
    cooperation_review: bool
    created_at: None | str
    created_at_jalali: None | str
    licence_status: AgencyViewLicenceStatus
    name: str
    office_closes: str
    process_enabled: bool
    province: str
    province_rollout_enabled: bool
    review_office_code: str
    rollout: AgencyViewRollout
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        closes_thursday = self.closes_thursday

        code = self.code

        cooperation_review = self.cooperation_review

        created_at: None | str
        created_at = self.created_at

        created_at_jalali: None | str
        created_at_jalali = self.created_at_jalali

        licence_status = self.licence_status.value

        name = self.name

        office_closes = self.office_closes

        process_enabled = self.process_enabled

        province = self.province

        province_rollout_enabled = self.province_rollout_enabled

        review_office_code = self.review_office_code

        rollout = self.rollout.value

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "closes_thursday": closes_thursday,
            "code": code,
            "cooperation_review": cooperation_review,
            "created_at": created_at,
            "created_at_jalali": created_at_jalali,
            "licence_status": licence_status,
            "name": name,
            "office_closes": office_closes,
            "process_enabled": process_enabled,
            "province": province,
            "province_rollout_enabled": province_rollout_enabled,
            "review_office_code": review_office_code,
            "rollout": rollout,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        closes_thursday = d.pop("closes_thursday")

        code = d.pop("code")

        cooperation_review = d.pop("cooperation_review")

        def _parse_created_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_at = _parse_created_at(d.pop("created_at"))


        def _parse_created_at_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_at_jalali = _parse_created_at_jalali(d.pop("created_at_jalali"))


        licence_status = AgencyViewLicenceStatus(d.pop("licence_status"))




        name = d.pop("name")

        office_closes = d.pop("office_closes")

        process_enabled = d.pop("process_enabled")

        province = d.pop("province")

        province_rollout_enabled = d.pop("province_rollout_enabled")

        review_office_code = d.pop("review_office_code")

        rollout = AgencyViewRollout(d.pop("rollout"))




        version = d.pop("version")

        agency_view = cls(
            closes_thursday=closes_thursday,
            code=code,
            cooperation_review=cooperation_review,
            created_at=created_at,
            created_at_jalali=created_at_jalali,
            licence_status=licence_status,
            name=name,
            office_closes=office_closes,
            process_enabled=process_enabled,
            province=province,
            province_rollout_enabled=province_rollout_enabled,
            review_office_code=review_office_code,
            rollout=rollout,
            version=version,
        )


        agency_view.additional_properties = d
        return agency_view

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
