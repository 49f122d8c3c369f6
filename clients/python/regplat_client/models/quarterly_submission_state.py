from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.quarterly_submission_state_state import QuarterlySubmissionStateState
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.quarterly_counts import QuarterlyCounts





T = TypeVar("T", bound="QuarterlySubmissionState")



@_attrs_define
class QuarterlySubmissionState:
    """ Whether the season's report was sent, and on time.

        Attributes:
            counts_as_sent (None | QuarterlyCounts): The figures as they were when marked sent
            decision_id (None | str): The decision record of marking it sent
            on_time (bool | None):
            sent (bool):
            sent_on (datetime.date | None):
            sent_on_jalali (None | str):
            state (QuarterlySubmissionStateState):
     """

    counts_as_sent: None | QuarterlyCounts
    decision_id: None | str
    on_time: bool | None
    sent: bool
    sent_on: datetime.date | None
    sent_on_jalali: None | str
    state: QuarterlySubmissionStateState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.quarterly_counts import QuarterlyCounts # noqa: PLC0415
        counts_as_sent: dict[str, Any] | None
        if isinstance(self.counts_as_sent, QuarterlyCounts):
            counts_as_sent = self.counts_as_sent.to_dict()
        else:
            counts_as_sent = self.counts_as_sent

        decision_id: None | str
        decision_id = self.decision_id

        on_time: bool | None
        on_time = self.on_time

        sent = self.sent

        sent_on: None | str
        if isinstance(self.sent_on, datetime.date):
            sent_on = self.sent_on.isoformat()
        else:
            sent_on = self.sent_on

        sent_on_jalali: None | str
        sent_on_jalali = self.sent_on_jalali

        state = self.state.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "counts_as_sent": counts_as_sent,
            "decision_id": decision_id,
            "on_time": on_time,
            "sent": sent,
            "sent_on": sent_on,
            "sent_on_jalali": sent_on_jalali,
            "state": state,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quarterly_counts import QuarterlyCounts # noqa: PLC0415
        d = dict(src_dict)
        def _parse_counts_as_sent(data: object) -> None | QuarterlyCounts:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                counts_as_sent_type_0 = QuarterlyCounts.from_dict(data)



                return counts_as_sent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuarterlyCounts, data)

        counts_as_sent = _parse_counts_as_sent(d.pop("counts_as_sent"))


        def _parse_decision_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_id = _parse_decision_id(d.pop("decision_id"))


        def _parse_on_time(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        on_time = _parse_on_time(d.pop("on_time"))


        sent = d.pop("sent")

        def _parse_sent_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_on_type_0 = datetime.date.fromisoformat(data)



                return sent_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        sent_on = _parse_sent_on(d.pop("sent_on"))


        def _parse_sent_on_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sent_on_jalali = _parse_sent_on_jalali(d.pop("sent_on_jalali"))


        state = QuarterlySubmissionStateState(d.pop("state"))




        quarterly_submission_state = cls(
            counts_as_sent=counts_as_sent,
            decision_id=decision_id,
            on_time=on_time,
            sent=sent,
            sent_on=sent_on,
            sent_on_jalali=sent_on_jalali,
            state=state,
        )


        quarterly_submission_state.additional_properties = d
        return quarterly_submission_state

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
