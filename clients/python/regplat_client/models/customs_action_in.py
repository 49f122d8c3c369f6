from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.customs_action_in_action import CustomsActionInAction
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.review_item_decision import ReviewItemDecision
  from ..models.substance_identification import SubstanceIdentification





T = TypeVar("T", bound="CustomsActionIn")



@_attrs_define
class CustomsActionIn:
    """ One workflow step: identify, expert_review, head_approval, dg_release, stamp, refuse.

        Attributes:
            action (CustomsActionInAction):
            identifications (list[SubstanceIdentification] | Unset): For identify: the substances of the items whose names
                were not recognised
            items (list[ReviewItemDecision] | Unset):
            note (None | str | Unset):
            reason (None | str | Unset): Required for refuse
            requirements_met (list[str] | Unset): Document requirements the expert confirms (or, for discretionary ones,
                waives)
            seal_id (None | str | Unset): The expert's personal seal; must match the token's seal_id claim
            warehouse_receipt_no (None | str | Unset):
     """

    action: CustomsActionInAction
    identifications: list[SubstanceIdentification] | Unset = UNSET
    items: list[ReviewItemDecision] | Unset = UNSET
    note: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    requirements_met: list[str] | Unset = UNSET
    seal_id: None | str | Unset = UNSET
    warehouse_receipt_no: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.review_item_decision import ReviewItemDecision # noqa: PLC0415
        from ..models.substance_identification import SubstanceIdentification # noqa: PLC0415
        action = self.action.value

        identifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identifications, Unset):
            identifications = []
            for identifications_item_data in self.identifications:
                identifications_item = identifications_item_data.to_dict()
                identifications.append(identifications_item)



        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)



        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        requirements_met: list[str] | Unset = UNSET
        if not isinstance(self.requirements_met, Unset):
            requirements_met = self.requirements_met



        seal_id: None | str | Unset
        if isinstance(self.seal_id, Unset):
            seal_id = UNSET
        else:
            seal_id = self.seal_id

        warehouse_receipt_no: None | str | Unset
        if isinstance(self.warehouse_receipt_no, Unset):
            warehouse_receipt_no = UNSET
        else:
            warehouse_receipt_no = self.warehouse_receipt_no


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "action": action,
        })
        if identifications is not UNSET:
            field_dict["identifications"] = identifications
        if items is not UNSET:
            field_dict["items"] = items
        if note is not UNSET:
            field_dict["note"] = note
        if reason is not UNSET:
            field_dict["reason"] = reason
        if requirements_met is not UNSET:
            field_dict["requirements_met"] = requirements_met
        if seal_id is not UNSET:
            field_dict["seal_id"] = seal_id
        if warehouse_receipt_no is not UNSET:
            field_dict["warehouse_receipt_no"] = warehouse_receipt_no

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_item_decision import ReviewItemDecision # noqa: PLC0415
        from ..models.substance_identification import SubstanceIdentification # noqa: PLC0415
        d = dict(src_dict)
        action = CustomsActionInAction(d.pop("action"))




        _identifications = d.pop("identifications", UNSET)
        identifications: list[SubstanceIdentification] | Unset = UNSET
        if _identifications is not UNSET:
            identifications = []
            for identifications_item_data in _identifications:
                identifications_item = SubstanceIdentification.from_dict(identifications_item_data)



                identifications.append(identifications_item)


        _items = d.pop("items", UNSET)
        items: list[ReviewItemDecision] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ReviewItemDecision.from_dict(items_item_data)



                items.append(items_item)


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        requirements_met = cast(list[str], d.pop("requirements_met", UNSET))


        def _parse_seal_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seal_id = _parse_seal_id(d.pop("seal_id", UNSET))


        def _parse_warehouse_receipt_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        warehouse_receipt_no = _parse_warehouse_receipt_no(d.pop("warehouse_receipt_no", UNSET))


        customs_action_in = cls(
            action=action,
            identifications=identifications,
            items=items,
            note=note,
            reason=reason,
            requirements_met=requirements_met,
            seal_id=seal_id,
            warehouse_receipt_no=warehouse_receipt_no,
        )

        return customs_action_in

