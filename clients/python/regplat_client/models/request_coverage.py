from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.request_coverage_status import RequestCoverageStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="RequestCoverage")



@_attrs_define
class RequestCoverage:
    """ The insurer's latest coverage decision on the request (OFL-I).

        Attributes:
            status (RequestCoverageStatus):
            decided_at (datetime.datetime | None | Unset):
            decided_at_jalali (None | str | Unset):
            decision_id (None | str | Unset):
            insurer (None | str | Unset):
            reason (None | str | Unset):
     """

    status: RequestCoverageStatus
    decided_at: datetime.datetime | None | Unset = UNSET
    decided_at_jalali: None | str | Unset = UNSET
    decision_id: None | str | Unset = UNSET
    insurer: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        decided_at: None | str | Unset
        if isinstance(self.decided_at, Unset):
            decided_at = UNSET
        elif isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decided_at_jalali: None | str | Unset
        if isinstance(self.decided_at_jalali, Unset):
            decided_at_jalali = UNSET
        else:
            decided_at_jalali = self.decided_at_jalali

        decision_id: None | str | Unset
        if isinstance(self.decision_id, Unset):
            decision_id = UNSET
        else:
            decision_id = self.decision_id

        insurer: None | str | Unset
        if isinstance(self.insurer, Unset):
            insurer = UNSET
        else:
            insurer = self.insurer

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "status": status,
        })
        if decided_at is not UNSET:
            field_dict["decided_at"] = decided_at
        if decided_at_jalali is not UNSET:
            field_dict["decided_at_jalali"] = decided_at_jalali
        if decision_id is not UNSET:
            field_dict["decision_id"] = decision_id
        if insurer is not UNSET:
            field_dict["insurer"] = insurer
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = RequestCoverageStatus(d.pop("status"))




        def _parse_decided_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)



                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        decided_at = _parse_decided_at(d.pop("decided_at", UNSET))


        def _parse_decided_at_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decided_at_jalali = _parse_decided_at_jalali(d.pop("decided_at_jalali", UNSET))


        def _parse_decision_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_id = _parse_decision_id(d.pop("decision_id", UNSET))


        def _parse_insurer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        insurer = _parse_insurer(d.pop("insurer", UNSET))


        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        request_coverage = cls(
            status=status,
            decided_at=decided_at,
            decided_at_jalali=decided_at_jalali,
            decision_id=decision_id,
            insurer=insurer,
            reason=reason,
        )


        request_coverage.additional_properties = d
        return request_coverage

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
