from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.case_deadline import CaseDeadline





T = TypeVar("T", bound="SubmissionOutcome")



@_attrs_define
class SubmissionOutcome:
    """ CLM-A5/A7: the delivery to the review office, and whether it is on time.

        Attributes:
            case_id (str):
            cycle (int):
            deadline (CaseDeadline): CLM-A5: the delivery deadline in the review office's working days.
            decision_id (str):
            delivery_counts_at (str): The next 10:00-closing window when submitted outside it
            delivery_counts_at_jalali (str):
            on_time (bool):
            state (str):
            submitted_at (str):
            version (int):
     """

    case_id: str
    cycle: int
    deadline: CaseDeadline
    decision_id: str
    delivery_counts_at: str
    delivery_counts_at_jalali: str
    on_time: bool
    state: str
    submitted_at: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.case_deadline import CaseDeadline # noqa: PLC0415
        case_id = self.case_id

        cycle = self.cycle

        deadline = self.deadline.to_dict()

        decision_id = self.decision_id

        delivery_counts_at = self.delivery_counts_at

        delivery_counts_at_jalali = self.delivery_counts_at_jalali

        on_time = self.on_time

        state = self.state

        submitted_at = self.submitted_at

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "case_id": case_id,
            "cycle": cycle,
            "deadline": deadline,
            "decision_id": decision_id,
            "delivery_counts_at": delivery_counts_at,
            "delivery_counts_at_jalali": delivery_counts_at_jalali,
            "on_time": on_time,
            "state": state,
            "submitted_at": submitted_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.case_deadline import CaseDeadline # noqa: PLC0415
        d = dict(src_dict)
        case_id = d.pop("case_id")

        cycle = d.pop("cycle")

        deadline = CaseDeadline.from_dict(d.pop("deadline"))




        decision_id = d.pop("decision_id")

        delivery_counts_at = d.pop("delivery_counts_at")

        delivery_counts_at_jalali = d.pop("delivery_counts_at_jalali")

        on_time = d.pop("on_time")

        state = d.pop("state")

        submitted_at = d.pop("submitted_at")

        version = d.pop("version")

        submission_outcome = cls(
            case_id=case_id,
            cycle=cycle,
            deadline=deadline,
            decision_id=decision_id,
            delivery_counts_at=delivery_counts_at,
            delivery_counts_at_jalali=delivery_counts_at_jalali,
            on_time=on_time,
            state=state,
            submitted_at=submitted_at,
            version=version,
        )


        submission_outcome.additional_properties = d
        return submission_outcome

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
