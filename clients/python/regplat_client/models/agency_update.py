from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.agency_update_licence_status import AgencyUpdateLicenceStatus
from ..types import UNSET, Unset






T = TypeVar("T", bound="AgencyUpdate")



@_attrs_define
class AgencyUpdate:
    """ A partial update: a field left out stays as it is; none can be cleared, so null is 422 (not a 500 from the
    validator).

        Attributes:
            closes_thursday (bool | Unset):
            licence_status (AgencyUpdateLicenceStatus | Unset):
            office_closes (str | Unset):
            review_office_code (str | Unset):
     """

    closes_thursday: bool | Unset = UNSET
    licence_status: AgencyUpdateLicenceStatus | Unset = UNSET
    office_closes: str | Unset = UNSET
    review_office_code: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        closes_thursday = self.closes_thursday

        licence_status: str | Unset = UNSET
        if not isinstance(self.licence_status, Unset):
            licence_status = self.licence_status.value


        office_closes = self.office_closes

        review_office_code = self.review_office_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if closes_thursday is not UNSET:
            field_dict["closes_thursday"] = closes_thursday
        if licence_status is not UNSET:
            field_dict["licence_status"] = licence_status
        if office_closes is not UNSET:
            field_dict["office_closes"] = office_closes
        if review_office_code is not UNSET:
            field_dict["review_office_code"] = review_office_code

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        closes_thursday = d.pop("closes_thursday", UNSET)

        _licence_status = d.pop("licence_status", UNSET)
        licence_status: AgencyUpdateLicenceStatus | Unset
        if isinstance(_licence_status,  Unset):
            licence_status = UNSET
        else:
            licence_status = AgencyUpdateLicenceStatus(_licence_status)




        office_closes = d.pop("office_closes", UNSET)

        review_office_code = d.pop("review_office_code", UNSET)

        agency_update = cls(
            closes_thursday=closes_thursday,
            licence_status=licence_status,
            office_closes=office_closes,
            review_office_code=review_office_code,
        )

        return agency_update

