from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.precheck_in_channel import PrecheckInChannel
from ..models.precheck_in_direction import PrecheckInDirection
from ..models.precheck_in_purpose import PrecheckInPurpose
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.precheck_in_items_item import PrecheckInItemsItem
  from ..models.x3_approval_in import X3ApprovalIn





T = TypeVar("T", bound="PrecheckIn")



@_attrs_define
class PrecheckIn:
    """ What a traveller may ask without identifying themselves (no name, national code or passport).

        Attributes:
            items (list[PrecheckInItemsItem]): At most 50 items; import items as in declarations, export items as in export
                permits
            approval (None | Unset | X3ApprovalIn): Research approval / IRC code, for exosome, cell-therapy or regenerative
                products (SPEC X3)
            channel (PrecheckInChannel | Unset):  Default: PrecheckInChannel.PASSENGER.
            customs_office (None | str | Unset):
            decision_date (None | str | Unset):
            direction (PrecheckInDirection | Unset):  Default: PrecheckInDirection.IMPORT.
            medical_documents_attached (bool | Unset):  Default: False.
            prescription_attached (bool | Unset):  Default: False.
            purpose (PrecheckInPurpose | Unset):  Default: PrecheckInPurpose.PERSONAL_USE.
     """

    items: list[PrecheckInItemsItem]
    approval: None | Unset | X3ApprovalIn = UNSET
    channel: PrecheckInChannel | Unset = PrecheckInChannel.PASSENGER
    customs_office: None | str | Unset = UNSET
    decision_date: None | str | Unset = UNSET
    direction: PrecheckInDirection | Unset = PrecheckInDirection.IMPORT
    medical_documents_attached: bool | Unset = False
    prescription_attached: bool | Unset = False
    purpose: PrecheckInPurpose | Unset = PrecheckInPurpose.PERSONAL_USE





    def to_dict(self) -> dict[str, Any]:
        from ..models.precheck_in_items_item import PrecheckInItemsItem # noqa: PLC0415
        from ..models.x3_approval_in import X3ApprovalIn # noqa: PLC0415
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        approval: dict[str, Any] | None | Unset
        if isinstance(self.approval, Unset):
            approval = UNSET
        elif isinstance(self.approval, X3ApprovalIn):
            approval = self.approval.to_dict()
        else:
            approval = self.approval

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value


        customs_office: None | str | Unset
        if isinstance(self.customs_office, Unset):
            customs_office = UNSET
        else:
            customs_office = self.customs_office

        decision_date: None | str | Unset
        if isinstance(self.decision_date, Unset):
            decision_date = UNSET
        else:
            decision_date = self.decision_date

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value


        medical_documents_attached = self.medical_documents_attached

        prescription_attached = self.prescription_attached

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "items": items,
        })
        if approval is not UNSET:
            field_dict["approval"] = approval
        if channel is not UNSET:
            field_dict["channel"] = channel
        if customs_office is not UNSET:
            field_dict["customs_office"] = customs_office
        if decision_date is not UNSET:
            field_dict["decision_date"] = decision_date
        if direction is not UNSET:
            field_dict["direction"] = direction
        if medical_documents_attached is not UNSET:
            field_dict["medical_documents_attached"] = medical_documents_attached
        if prescription_attached is not UNSET:
            field_dict["prescription_attached"] = prescription_attached
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.precheck_in_items_item import PrecheckInItemsItem # noqa: PLC0415
        from ..models.x3_approval_in import X3ApprovalIn # noqa: PLC0415
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = PrecheckInItemsItem.from_dict(items_item_data)



            items.append(items_item)


        def _parse_approval(data: object) -> None | Unset | X3ApprovalIn:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                approval_type_0 = X3ApprovalIn.from_dict(data)



                return approval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | X3ApprovalIn, data)

        approval = _parse_approval(d.pop("approval", UNSET))


        _channel = d.pop("channel", UNSET)
        channel: PrecheckInChannel | Unset
        if isinstance(_channel,  Unset):
            channel = UNSET
        else:
            channel = PrecheckInChannel(_channel)




        def _parse_customs_office(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customs_office = _parse_customs_office(d.pop("customs_office", UNSET))


        def _parse_decision_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_date = _parse_decision_date(d.pop("decision_date", UNSET))


        _direction = d.pop("direction", UNSET)
        direction: PrecheckInDirection | Unset
        if isinstance(_direction,  Unset):
            direction = UNSET
        else:
            direction = PrecheckInDirection(_direction)




        medical_documents_attached = d.pop("medical_documents_attached", UNSET)

        prescription_attached = d.pop("prescription_attached", UNSET)

        _purpose = d.pop("purpose", UNSET)
        purpose: PrecheckInPurpose | Unset
        if isinstance(_purpose,  Unset):
            purpose = UNSET
        else:
            purpose = PrecheckInPurpose(_purpose)




        precheck_in = cls(
            items=items,
            approval=approval,
            channel=channel,
            customs_office=customs_office,
            decision_date=decision_date,
            direction=direction,
            medical_documents_attached=medical_documents_attached,
            prescription_attached=prescription_attached,
            purpose=purpose,
        )

        return precheck_in

