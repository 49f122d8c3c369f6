from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.quarterly_action_counts_by_state_now import QuarterlyActionCountsByStateNow
  from ..models.quarterly_action_counts_by_type import QuarterlyActionCountsByType
  from ..models.quarterly_action_counts_referrals_by_body import QuarterlyActionCountsReferralsByBody





T = TypeVar("T", bound="QuarterlyActionCounts")



@_attrs_define
class QuarterlyActionCounts:
    """ 
        Attributes:
            by_state_now (QuarterlyActionCountsByStateNow):
            by_type (QuarterlyActionCountsByType):
            referrals_by_body (QuarterlyActionCountsReferralsByBody):
            total (int):
     """

    by_state_now: QuarterlyActionCountsByStateNow
    by_type: QuarterlyActionCountsByType
    referrals_by_body: QuarterlyActionCountsReferralsByBody
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.quarterly_action_counts_by_state_now import QuarterlyActionCountsByStateNow # noqa: PLC0415
        from ..models.quarterly_action_counts_by_type import QuarterlyActionCountsByType # noqa: PLC0415
        from ..models.quarterly_action_counts_referrals_by_body import QuarterlyActionCountsReferralsByBody # noqa: PLC0415
        by_state_now = self.by_state_now.to_dict()

        by_type = self.by_type.to_dict()

        referrals_by_body = self.referrals_by_body.to_dict()

        total = self.total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "by_state_now": by_state_now,
            "by_type": by_type,
            "referrals_by_body": referrals_by_body,
            "total": total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quarterly_action_counts_by_state_now import QuarterlyActionCountsByStateNow # noqa: PLC0415
        from ..models.quarterly_action_counts_by_type import QuarterlyActionCountsByType # noqa: PLC0415
        from ..models.quarterly_action_counts_referrals_by_body import QuarterlyActionCountsReferralsByBody # noqa: PLC0415
        d = dict(src_dict)
        by_state_now = QuarterlyActionCountsByStateNow.from_dict(d.pop("by_state_now"))




        by_type = QuarterlyActionCountsByType.from_dict(d.pop("by_type"))




        referrals_by_body = QuarterlyActionCountsReferralsByBody.from_dict(d.pop("referrals_by_body"))




        total = d.pop("total")

        quarterly_action_counts = cls(
            by_state_now=by_state_now,
            by_type=by_type,
            referrals_by_body=referrals_by_body,
            total=total,
        )


        quarterly_action_counts.additional_properties = d
        return quarterly_action_counts

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
