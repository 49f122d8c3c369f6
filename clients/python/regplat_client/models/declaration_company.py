from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DeclarationCompany")



@_attrs_define
class DeclarationCompany:
    """ The company block of a legal-person owner, as declared (CUS-6.1).

        Attributes:
            name (str):
            activities (list[str] | Unset):
            has_principle_approval (bool | None | Unset):
            order_registration_no (None | str | Unset):
            principle_approval_valid_until (None | str | Unset):
            purpose_letter_submitted (bool | Unset):  Default: False.
     """

    name: str
    activities: list[str] | Unset = UNSET
    has_principle_approval: bool | None | Unset = UNSET
    order_registration_no: None | str | Unset = UNSET
    principle_approval_valid_until: None | str | Unset = UNSET
    purpose_letter_submitted: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        activities: list[str] | Unset = UNSET
        if not isinstance(self.activities, Unset):
            activities = self.activities



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
        field_dict.update(self.additional_properties)
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

        activities = cast(list[str], d.pop("activities", UNSET))


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

        declaration_company = cls(
            name=name,
            activities=activities,
            has_principle_approval=has_principle_approval,
            order_registration_no=order_registration_no,
            principle_approval_valid_until=principle_approval_valid_until,
            purpose_letter_submitted=purpose_letter_submitted,
        )


        declaration_company.additional_properties = d
        return declaration_company

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
