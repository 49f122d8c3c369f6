from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.enforcement_action_referral_to_type_0 import EnforcementActionReferralToType0
from ..models.enforcement_action_state import EnforcementActionState
from ..models.enforcement_action_type import EnforcementActionType
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.enforcement_action_step import EnforcementActionStep
  from ..models.seized_inventory_line import SeizedInventoryLine





T = TypeVar("T", bound="EnforcementAction")



@_attrs_define
class EnforcementAction:
    """ A legal action against a violation (letter 400/10262/د): closure, seizure or referral, and its history.

        Attributes:
            center_id (str):
            history (list[EnforcementActionStep]): Every step, oldest first
            id (str):
            inventory (list[SeizedInventoryLine] | None): A seizure's inventory
            note (None | str):
            ordered_on (datetime.date):
            ordered_on_jalali (None | str):
            referral_to (EnforcementActionReferralToType0 | None): The body of a referral
            state (EnforcementActionState):
            type_ (EnforcementActionType):
            university (str):
            version (int): The action's version; its ETag is this number quoted
            violation_id (str):
     """

    center_id: str
    history: list[EnforcementActionStep]
    id: str
    inventory: list[SeizedInventoryLine] | None
    note: None | str
    ordered_on: datetime.date
    ordered_on_jalali: None | str
    referral_to: EnforcementActionReferralToType0 | None
    state: EnforcementActionState
    type_: EnforcementActionType
    university: str
    version: int
    violation_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.enforcement_action_step import EnforcementActionStep # noqa: PLC0415
        from ..models.seized_inventory_line import SeizedInventoryLine # noqa: PLC0415
        center_id = self.center_id

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)



        id = self.id

        inventory: list[dict[str, Any]] | None
        if isinstance(self.inventory, list):
            inventory = []
            for inventory_type_0_item_data in self.inventory:
                inventory_type_0_item = inventory_type_0_item_data.to_dict()
                inventory.append(inventory_type_0_item)


        else:
            inventory = self.inventory

        note: None | str
        note = self.note

        ordered_on = self.ordered_on.isoformat()

        ordered_on_jalali: None | str
        ordered_on_jalali = self.ordered_on_jalali

        referral_to: None | str
        if isinstance(self.referral_to, EnforcementActionReferralToType0):
            referral_to = self.referral_to.value
        else:
            referral_to = self.referral_to

        state = self.state.value

        type_ = self.type_.value

        university = self.university

        version = self.version

        violation_id = self.violation_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "center_id": center_id,
            "history": history,
            "id": id,
            "inventory": inventory,
            "note": note,
            "ordered_on": ordered_on,
            "ordered_on_jalali": ordered_on_jalali,
            "referral_to": referral_to,
            "state": state,
            "type": type_,
            "university": university,
            "version": version,
            "violation_id": violation_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enforcement_action_step import EnforcementActionStep # noqa: PLC0415
        from ..models.seized_inventory_line import SeizedInventoryLine # noqa: PLC0415
        d = dict(src_dict)
        center_id = d.pop("center_id")

        history = []
        _history = d.pop("history")
        for history_item_data in (_history):
            history_item = EnforcementActionStep.from_dict(history_item_data)



            history.append(history_item)


        id = d.pop("id")

        def _parse_inventory(data: object) -> list[SeizedInventoryLine] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                inventory_type_0 = []
                _inventory_type_0 = data
                for inventory_type_0_item_data in (_inventory_type_0):
                    inventory_type_0_item = SeizedInventoryLine.from_dict(inventory_type_0_item_data)



                    inventory_type_0.append(inventory_type_0_item)

                return inventory_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SeizedInventoryLine] | None, data)

        inventory = _parse_inventory(d.pop("inventory"))


        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        ordered_on = datetime.date.fromisoformat(d.pop("ordered_on"))




        def _parse_ordered_on_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ordered_on_jalali = _parse_ordered_on_jalali(d.pop("ordered_on_jalali"))


        def _parse_referral_to(data: object) -> EnforcementActionReferralToType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                referral_to_type_0 = EnforcementActionReferralToType0(data)



                return referral_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnforcementActionReferralToType0 | None, data)

        referral_to = _parse_referral_to(d.pop("referral_to"))


        state = EnforcementActionState(d.pop("state"))




        type_ = EnforcementActionType(d.pop("type"))




        university = d.pop("university")

        version = d.pop("version")

        violation_id = d.pop("violation_id")

        enforcement_action = cls(
            center_id=center_id,
            history=history,
            id=id,
            inventory=inventory,
            note=note,
            ordered_on=ordered_on,
            ordered_on_jalali=ordered_on_jalali,
            referral_to=referral_to,
            state=state,
            type_=type_,
            university=university,
            version=version,
            violation_id=violation_id,
        )


        enforcement_action.additional_properties = d
        return enforcement_action

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
