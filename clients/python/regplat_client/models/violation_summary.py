from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.violation_summary_severity import ViolationSummarySeverity
from ..models.violation_summary_state import ViolationSummaryState
from typing import cast
import datetime






T = TypeVar("T", bound="ViolationSummary")



@_attrs_define
class ViolationSummary:
    """ A violation found by an inspection (one per non_compliant checklist answer).

        Attributes:
            center_id (str):
            decision_id (str): The decision record of the finding
            description (None | str): The inspector's note
            detected_on (datetime.date):
            detected_on_jalali (None | str):
            id (str):
            inspection_id (str):
            item (str): The checklist item code
            severity (ViolationSummarySeverity):
            state (ViolationSummaryState): resolved once every action on it is concluded
            type_ (str): The violation type of that item
            university (str):
            version (int): The violation's version; its ETag is this number quoted
     """

    center_id: str
    decision_id: str
    description: None | str
    detected_on: datetime.date
    detected_on_jalali: None | str
    id: str
    inspection_id: str
    item: str
    severity: ViolationSummarySeverity
    state: ViolationSummaryState
    type_: str
    university: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
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
        d = dict(src_dict)
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

        severity = ViolationSummarySeverity(d.pop("severity"))




        state = ViolationSummaryState(d.pop("state"))




        type_ = d.pop("type")

        university = d.pop("university")

        version = d.pop("version")

        violation_summary = cls(
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


        violation_summary.additional_properties = d
        return violation_summary

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
