from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.enforcement_action_in_referral_to_type_0 import EnforcementActionInReferralToType0
from ..models.enforcement_action_in_type import EnforcementActionInType
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.seizure_inventory_line_in import SeizureInventoryLineIn





T = TypeVar("T", bound="EnforcementActionIn")



@_attrs_define
class EnforcementActionIn:
    """ 
        Attributes:
            ordered_on (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits accepted
            type_ (EnforcementActionInType):
            inventory (list[SeizureInventoryLineIn] | None | Unset):
            note (None | str | Unset):
            referral_to (EnforcementActionInReferralToType0 | None | Unset):
     """

    ordered_on: str
    type_: EnforcementActionInType
    inventory: list[SeizureInventoryLineIn] | None | Unset = UNSET
    note: None | str | Unset = UNSET
    referral_to: EnforcementActionInReferralToType0 | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.seizure_inventory_line_in import SeizureInventoryLineIn # noqa: PLC0415
        ordered_on = self.ordered_on

        type_ = self.type_.value

        inventory: list[dict[str, Any]] | None | Unset
        if isinstance(self.inventory, Unset):
            inventory = UNSET
        elif isinstance(self.inventory, list):
            inventory = []
            for inventory_type_0_item_data in self.inventory:
                inventory_type_0_item = inventory_type_0_item_data.to_dict()
                inventory.append(inventory_type_0_item)


        else:
            inventory = self.inventory

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        referral_to: None | str | Unset
        if isinstance(self.referral_to, Unset):
            referral_to = UNSET
        elif isinstance(self.referral_to, EnforcementActionInReferralToType0):
            referral_to = self.referral_to.value
        else:
            referral_to = self.referral_to


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ordered_on": ordered_on,
            "type": type_,
        })
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if note is not UNSET:
            field_dict["note"] = note
        if referral_to is not UNSET:
            field_dict["referral_to"] = referral_to

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.seizure_inventory_line_in import SeizureInventoryLineIn # noqa: PLC0415
        d = dict(src_dict)
        ordered_on = d.pop("ordered_on")

        type_ = EnforcementActionInType(d.pop("type"))




        def _parse_inventory(data: object) -> list[SeizureInventoryLineIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                inventory_type_0 = []
                _inventory_type_0 = data
                for inventory_type_0_item_data in (_inventory_type_0):
                    inventory_type_0_item = SeizureInventoryLineIn.from_dict(inventory_type_0_item_data)



                    inventory_type_0.append(inventory_type_0_item)

                return inventory_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SeizureInventoryLineIn] | None | Unset, data)

        inventory = _parse_inventory(d.pop("inventory", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_referral_to(data: object) -> EnforcementActionInReferralToType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                referral_to_type_0 = EnforcementActionInReferralToType0(data)



                return referral_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnforcementActionInReferralToType0 | None | Unset, data)

        referral_to = _parse_referral_to(d.pop("referral_to", UNSET))


        enforcement_action_in = cls(
            ordered_on=ordered_on,
            type_=type_,
            inventory=inventory,
            note=note,
            referral_to=referral_to,
        )

        return enforcement_action_in

