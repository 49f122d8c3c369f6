from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.declaration_in_channel import DeclarationInChannel
from ..models.declaration_in_purpose import DeclarationInPurpose
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.declaration_item_in import DeclarationItemIn
  from ..models.goods_owner import GoodsOwner
  from ..models.x3_approval_in import X3ApprovalIn





T = TypeVar("T", bound="DeclarationIn")



@_attrs_define
class DeclarationIn:
    """ A declaration as customs or the traveller submits it.

        Attributes:
            channel (DeclarationInChannel):
            customs_office (str):
            items (list[DeclarationItemIn]): At most 200 items
            owner (GoodsOwner): The owner of the goods (صاحب کالا): the person the warehouse receipt and passport name
                (CUS-5).
            purpose (DeclarationInPurpose):
            approval (None | Unset | X3ApprovalIn): Research approval / IRC code for exosome, cell-therapy or regenerative
                products (SPEC X3); the GIO expert checks the documents
            commitment_letter (bool | Unset): Commitment of the technical manager and CEO not to use samples commercially
                (CUS-6.1.3) Default: False.
            decision_date (None | str | Unset): Date the rules are applied for (default: today, Tehran)
            medical_documents_attached (bool | Unset):  Default: False.
            prescription_attached (bool | Unset):  Default: False.
            warehouse_receipt_no (None | str | Unset): قبض انبار
     """

    channel: DeclarationInChannel
    customs_office: str
    items: list[DeclarationItemIn]
    owner: GoodsOwner
    purpose: DeclarationInPurpose
    approval: None | Unset | X3ApprovalIn = UNSET
    commitment_letter: bool | Unset = False
    decision_date: None | str | Unset = UNSET
    medical_documents_attached: bool | Unset = False
    prescription_attached: bool | Unset = False
    warehouse_receipt_no: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.declaration_item_in import DeclarationItemIn # noqa: PLC0415
        from ..models.goods_owner import GoodsOwner # noqa: PLC0415
        from ..models.x3_approval_in import X3ApprovalIn # noqa: PLC0415
        channel = self.channel.value

        customs_office = self.customs_office

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        owner = self.owner.to_dict()

        purpose = self.purpose.value

        approval: dict[str, Any] | None | Unset
        if isinstance(self.approval, Unset):
            approval = UNSET
        elif isinstance(self.approval, X3ApprovalIn):
            approval = self.approval.to_dict()
        else:
            approval = self.approval

        commitment_letter = self.commitment_letter

        decision_date: None | str | Unset
        if isinstance(self.decision_date, Unset):
            decision_date = UNSET
        else:
            decision_date = self.decision_date

        medical_documents_attached = self.medical_documents_attached

        prescription_attached = self.prescription_attached

        warehouse_receipt_no: None | str | Unset
        if isinstance(self.warehouse_receipt_no, Unset):
            warehouse_receipt_no = UNSET
        else:
            warehouse_receipt_no = self.warehouse_receipt_no


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "channel": channel,
            "customs_office": customs_office,
            "items": items,
            "owner": owner,
            "purpose": purpose,
        })
        if approval is not UNSET:
            field_dict["approval"] = approval
        if commitment_letter is not UNSET:
            field_dict["commitment_letter"] = commitment_letter
        if decision_date is not UNSET:
            field_dict["decision_date"] = decision_date
        if medical_documents_attached is not UNSET:
            field_dict["medical_documents_attached"] = medical_documents_attached
        if prescription_attached is not UNSET:
            field_dict["prescription_attached"] = prescription_attached
        if warehouse_receipt_no is not UNSET:
            field_dict["warehouse_receipt_no"] = warehouse_receipt_no

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.declaration_item_in import DeclarationItemIn # noqa: PLC0415
        from ..models.goods_owner import GoodsOwner # noqa: PLC0415
        from ..models.x3_approval_in import X3ApprovalIn # noqa: PLC0415
        d = dict(src_dict)
        channel = DeclarationInChannel(d.pop("channel"))




        customs_office = d.pop("customs_office")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = DeclarationItemIn.from_dict(items_item_data)



            items.append(items_item)


        owner = GoodsOwner.from_dict(d.pop("owner"))




        purpose = DeclarationInPurpose(d.pop("purpose"))




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


        commitment_letter = d.pop("commitment_letter", UNSET)

        def _parse_decision_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_date = _parse_decision_date(d.pop("decision_date", UNSET))


        medical_documents_attached = d.pop("medical_documents_attached", UNSET)

        prescription_attached = d.pop("prescription_attached", UNSET)

        def _parse_warehouse_receipt_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        warehouse_receipt_no = _parse_warehouse_receipt_no(d.pop("warehouse_receipt_no", UNSET))


        declaration_in = cls(
            channel=channel,
            customs_office=customs_office,
            items=items,
            owner=owner,
            purpose=purpose,
            approval=approval,
            commitment_letter=commitment_letter,
            decision_date=decision_date,
            medical_documents_attached=medical_documents_attached,
            prescription_attached=prescription_attached,
            warehouse_receipt_no=warehouse_receipt_no,
        )

        return declaration_in

