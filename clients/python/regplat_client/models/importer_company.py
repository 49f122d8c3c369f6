from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.importer_company_activities_item import ImporterCompanyActivitiesItem
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ImporterCompany")



@_attrs_define
class ImporterCompany:
    """ A legal-person importer (CUS-6.1).

        Attributes:
            name (str):
            activities (list[ImporterCompanyActivitiesItem] | Unset): Active in drug production or import (CUS-6.1.1)
            has_principle_approval (bool | None | Unset): false: the company states it has no principle approval (with no
                activity listed it is refused, CUS-6.1.1); null: not stated
            order_registration_no (None | str | Unset): Order registration (ثبت سفارش), needed above 1,000 USD (CUS-6.1.4)
            principle_approval_valid_until (None | str | Unset): Validity of the principle approval (موافقت اصولی) for
                importing raw materials and standards (CUS-6.1.1)
            purpose_letter_submitted (bool | Unset): The purpose of the import was stated in a letter to DPNA (CUS-6.1.2)
                Default: False.
     """

    name: str
    activities: list[ImporterCompanyActivitiesItem] | Unset = UNSET
    has_principle_approval: bool | None | Unset = UNSET
    order_registration_no: None | str | Unset = UNSET
    principle_approval_valid_until: None | str | Unset = UNSET
    purpose_letter_submitted: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        activities: list[str] | Unset = UNSET
        if not isinstance(self.activities, Unset):
            activities = []
            for activities_item_data in self.activities:
                activities_item = activities_item_data.value
                activities.append(activities_item)



        has_principle_approval: bool | None | Unset
        if isinstance(self.has_principle_approval, Unset):
            has_principle_approval = UNSET
        else:
            has_principle_approval = self.has_principle_approval

        order_registration_no: None | str | Unset
        if isinstance(self.order_registration_no, Unset):
            order_registration_no = UNSET
        else:
            order_registration_no = self.order_registration_no

        principle_approval_valid_until: None | str | Unset
        if isinstance(self.principle_approval_valid_until, Unset):
            principle_approval_valid_until = UNSET
        else:
            principle_approval_valid_until = self.principle_approval_valid_until

        purpose_letter_submitted = self.purpose_letter_submitted


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
        })
        if activities is not UNSET:
            field_dict["activities"] = activities
        if has_principle_approval is not UNSET:
            field_dict["has_principle_approval"] = has_principle_approval
        if order_registration_no is not UNSET:
            field_dict["order_registration_no"] = order_registration_no
        if principle_approval_valid_until is not UNSET:
            field_dict["principle_approval_valid_until"] = principle_approval_valid_until
        if purpose_letter_submitted is not UNSET:
            field_dict["purpose_letter_submitted"] = purpose_letter_submitted

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        _activities = d.pop("activities", UNSET)
        activities: list[ImporterCompanyActivitiesItem] | Unset = UNSET
        if _activities is not UNSET:
            activities = []
            for activities_item_data in _activities:
                activities_item = ImporterCompanyActivitiesItem(activities_item_data)



                activities.append(activities_item)


        def _parse_has_principle_approval(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_principle_approval = _parse_has_principle_approval(d.pop("has_principle_approval", UNSET))


        def _parse_order_registration_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_registration_no = _parse_order_registration_no(d.pop("order_registration_no", UNSET))


        def _parse_principle_approval_valid_until(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        principle_approval_valid_until = _parse_principle_approval_valid_until(d.pop("principle_approval_valid_until", UNSET))


        purpose_letter_submitted = d.pop("purpose_letter_submitted", UNSET)

        importer_company = cls(
            name=name,
            activities=activities,
            has_principle_approval=has_principle_approval,
            order_registration_no=order_registration_no,
            principle_approval_valid_until=principle_approval_valid_until,
            purpose_letter_submitted=purpose_letter_submitted,
        )

        return importer_company

