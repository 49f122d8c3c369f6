from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.agency_in_licence_status import AgencyInLicenceStatus
from ..models.agency_in_rollout import AgencyInRollout
from ..types import UNSET, Unset






T = TypeVar("T", bound="AgencyIn")



@_attrs_define
class AgencyIn:
    """ 
        Attributes:
            code (str):
            name (str):
            province (str):
            review_office_code (str):
            closes_thursday (bool | Unset): Many government offices close on Thursdays (SHR-DATE) Default: True.
            licence_status (AgencyInLicenceStatus | Unset):  Default: AgencyInLicenceStatus.ACTIVE.
            office_closes (str | Unset): End of office hours, HH:MM (CLM-A5 delivery window ends here) Default: '14:00'.
            rollout (AgencyInRollout | Unset):  Default: AgencyInRollout.INHERIT.
     """

    code: str
    name: str
    province: str
    review_office_code: str
    closes_thursday: bool | Unset = True
    licence_status: AgencyInLicenceStatus | Unset = AgencyInLicenceStatus.ACTIVE
    office_closes: str | Unset = '14:00'
    rollout: AgencyInRollout | Unset = AgencyInRollout.INHERIT





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        province = self.province

        review_office_code = self.review_office_code

        closes_thursday = self.closes_thursday

        licence_status: str | Unset = UNSET
        if not isinstance(self.licence_status, Unset):
            licence_status = self.licence_status.value


        office_closes = self.office_closes

        rollout: str | Unset = UNSET
        if not isinstance(self.rollout, Unset):
            rollout = self.rollout.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "name": name,
            "province": province,
            "review_office_code": review_office_code,
        })
        if closes_thursday is not UNSET:
            field_dict["closes_thursday"] = closes_thursday
        if licence_status is not UNSET:
            field_dict["licence_status"] = licence_status
        if office_closes is not UNSET:
            field_dict["office_closes"] = office_closes
        if rollout is not UNSET:
            field_dict["rollout"] = rollout

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        province = d.pop("province")

        review_office_code = d.pop("review_office_code")

        closes_thursday = d.pop("closes_thursday", UNSET)

        _licence_status = d.pop("licence_status", UNSET)
        licence_status: AgencyInLicenceStatus | Unset
        if isinstance(_licence_status,  Unset):
            licence_status = UNSET
        else:
            licence_status = AgencyInLicenceStatus(_licence_status)




        office_closes = d.pop("office_closes", UNSET)

        _rollout = d.pop("rollout", UNSET)
        rollout: AgencyInRollout | Unset
        if isinstance(_rollout,  Unset):
            rollout = UNSET
        else:
            rollout = AgencyInRollout(_rollout)




        agency_in = cls(
            code=code,
            name=name,
            province=province,
            review_office_code=review_office_code,
            closes_thursday=closes_thursday,
            licence_status=licence_status,
            office_closes=office_closes,
            rollout=rollout,
        )

        return agency_in

