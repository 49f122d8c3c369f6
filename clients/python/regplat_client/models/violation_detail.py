from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.violation_detail_severity import ViolationDetailSeverity
from ..models.violation_detail_state import ViolationDetailState
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.enforcement_action import EnforcementAction





T = TypeVar("T", bound="ViolationDetail")



@_attrs_define
class ViolationDetail:
    """ A violation and every action ordered against it.

        Attributes:
            actions (list[EnforcementAction]):
            center_id (str):
            decision_id (str): The decision record of the finding
            description (None | str): The inspector's note
            detected_on (datetime.date):
            detected_on_jalali (None | str):
            id (str):
            inspection_id (str):
            item (str): The checklist item code
            severity (ViolationDetailSeverity):
            state (ViolationDetailState): resolved once every action on it is concluded
            type_ (str): The violation type of that item
            university (str):
            version (int): The violation's version; its ETag is this number quoted
     """

    actions: list[EnforcementAction]
    center_id: str
    decision_id: str
    description: None | str
    detected_on: datetime.date
    detected_on_jalali: None | str
    id: str
    inspection_id: str
    item: str
    severity: ViolationDetailSeverity
    state: ViolationDetailState
    type_: str
    university: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.enforcement_action import EnforcementAction # noqa: PLC0415
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)



        center_id = self.center_id

        decision_id = self.decision_id

        description: None | str
        description = self.description

        detected_on = self.detected_on.isoformat()

        detected_on_jalali: None | str
        detected_on_jalali = self.detected_on_jalali

        id = self.id

        inspection_id = self.inspection_id

        item = self.item

        severity = self.severity.value

        state = self.state.value

        type_ = self.type_

        university = self.university

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actions": actions,
            "center_id": center_id,
            "decision_id": decision_id,
            "description": description,
            "detected_on": detected_on,
            "detected_on_jalali": detected_on_jalali,
            "id": id,
            "inspection_id": inspection_id,
            "item": item,
            "severity": severity,
            "state": state,
            "type": type_,
            "university": university,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enforcement_action import EnforcementAction # noqa: PLC0415
        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in (_actions):
            actions_item = EnforcementAction.from_dict(actions_item_data)



            actions.append(actions_item)


        center_id = d.pop("center_id")

        decision_id = d.pop("decision_id")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))


        detected_on = datetime.date.fromisoformat(d.pop("detected_on"))




        def _parse_detected_on_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        detected_on_jalali = _parse_detected_on_jalali(d.pop("detected_on_jalali"))


        id = d.pop("id")

        inspection_id = d.pop("inspection_id")

        item = d.pop("item")

        severity = ViolationDetailSeverity(d.pop("severity"))




        state = ViolationDetailState(d.pop("state"))




        type_ = d.pop("type")

        university = d.pop("university")

        version = d.pop("version")

        violation_detail = cls(
            actions=actions,
            center_id=center_id,
            decision_id=decision_id,
            description=description,
            detected_on=detected_on,
            detected_on_jalali=detected_on_jalali,
            id=id,
            inspection_id=inspection_id,
            item=item,
            severity=severity,
            state=state,
            type_=type_,
            university=university,
            version=version,
        )


        violation_detail.additional_properties = d
        return violation_detail

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
