from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="WithdrawalOutcome")



@_attrs_define
class WithdrawalOutcome:
    """ CLM-A7 (platform rule): the withdrawal as recorded.

        Attributes:
            decision_id (str):
            from_state (str):
            reason (str):
            withdrawn_at (None | str):
            withdrawn_at_jalali (None | str):
     """

    decision_id: str
    from_state: str
    reason: str
    withdrawn_at: None | str
    withdrawn_at_jalali: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        decision_id = self.decision_id

        from_state = self.from_state

        reason = self.reason

        withdrawn_at: None | str
        withdrawn_at = self.withdrawn_at

        withdrawn_at_jalali: None | str
        withdrawn_at_jalali = self.withdrawn_at_jalali


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "decision_id": decision_id,
            "from_state": from_state,
            "reason": reason,
            "withdrawn_at": withdrawn_at,
            "withdrawn_at_jalali": withdrawn_at_jalali,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision_id = d.pop("decision_id")

        from_state = d.pop("from_state")

        reason = d.pop("reason")

        def _parse_withdrawn_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        withdrawn_at = _parse_withdrawn_at(d.pop("withdrawn_at"))


        def _parse_withdrawn_at_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        withdrawn_at_jalali = _parse_withdrawn_at_jalali(d.pop("withdrawn_at_jalali"))


        withdrawal_outcome = cls(
            decision_id=decision_id,
            from_state=from_state,
            reason=reason,
            withdrawn_at=withdrawn_at,
            withdrawn_at_jalali=withdrawn_at_jalali,
        )


        withdrawal_outcome.additional_properties = d
        return withdrawal_outcome

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
