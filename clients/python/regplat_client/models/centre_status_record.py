from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.centre_status_record_status import CentreStatusRecordStatus
from typing import cast
import datetime






T = TypeVar("T", bound="CentreStatusRecord")



@_attrs_define
class CentreStatusRecord:
    """ One change of the centre's status, with the act that caused it (each is a recorded decision).

        Attributes:
            act_ref (None | str): The letter, minute or action id that decided it
            act_type (str): registration, status_ruling, closure_action or closure_lifted
            decision_id (str): The decision record of this change
            effective_on (datetime.date):
            effective_on_jalali (None | str):
            previous_status (None | str): None for the registration
            reason (None | str):
            recorded_at (datetime.datetime):
            recorded_at_jalali (None | str):
            status (CentreStatusRecordStatus):
     """

    act_ref: None | str
    act_type: str
    decision_id: str
    effective_on: datetime.date
    effective_on_jalali: None | str
    previous_status: None | str
    reason: None | str
    recorded_at: datetime.datetime
    recorded_at_jalali: None | str
    status: CentreStatusRecordStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        act_ref: None | str
        act_ref = self.act_ref

        act_type = self.act_type

        decision_id = self.decision_id

        effective_on = self.effective_on.isoformat()

        effective_on_jalali: None | str
        effective_on_jalali = self.effective_on_jalali

        previous_status: None | str
        previous_status = self.previous_status

        reason: None | str
        reason = self.reason

        recorded_at = self.recorded_at.isoformat()

        recorded_at_jalali: None | str
        recorded_at_jalali = self.recorded_at_jalali

        status = self.status.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "act_ref": act_ref,
            "act_type": act_type,
            "decision_id": decision_id,
            "effective_on": effective_on,
            "effective_on_jalali": effective_on_jalali,
            "previous_status": previous_status,
            "reason": reason,
            "recorded_at": recorded_at,
            "recorded_at_jalali": recorded_at_jalali,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_act_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        act_ref = _parse_act_ref(d.pop("act_ref"))


        act_type = d.pop("act_type")

        decision_id = d.pop("decision_id")

        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))




        def _parse_effective_on_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        effective_on_jalali = _parse_effective_on_jalali(d.pop("effective_on_jalali"))


        def _parse_previous_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous_status = _parse_previous_status(d.pop("previous_status"))


        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        def _parse_recorded_at_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        recorded_at_jalali = _parse_recorded_at_jalali(d.pop("recorded_at_jalali"))


        status = CentreStatusRecordStatus(d.pop("status"))




        centre_status_record = cls(
            act_ref=act_ref,
            act_type=act_type,
            decision_id=decision_id,
            effective_on=effective_on,
            effective_on_jalali=effective_on_jalali,
            previous_status=previous_status,
            reason=reason,
            recorded_at=recorded_at,
            recorded_at_jalali=recorded_at_jalali,
            status=status,
        )


        centre_status_record.additional_properties = d
        return centre_status_record

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
