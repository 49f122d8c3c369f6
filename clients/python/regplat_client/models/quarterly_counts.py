from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.quarterly_action_counts import QuarterlyActionCounts
  from ..models.quarterly_centre_counts import QuarterlyCentreCounts
  from ..models.quarterly_inspection_counts import QuarterlyInspectionCounts
  from ..models.quarterly_violation_counts import QuarterlyViolationCounts





T = TypeVar("T", bound="QuarterlyCounts")



@_attrs_define
class QuarterlyCounts:
    """ The season's figures: centres, inspections, violations by type and severity, actions by type.

        Attributes:
            actions (QuarterlyActionCounts):
            centres (QuarterlyCentreCounts):
            inspections (QuarterlyInspectionCounts):
            violations (QuarterlyViolationCounts):
     """

    actions: QuarterlyActionCounts
    centres: QuarterlyCentreCounts
    inspections: QuarterlyInspectionCounts
    violations: QuarterlyViolationCounts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.quarterly_action_counts import QuarterlyActionCounts # noqa: PLC0415
        from ..models.quarterly_centre_counts import QuarterlyCentreCounts # noqa: PLC0415
        from ..models.quarterly_inspection_counts import QuarterlyInspectionCounts # noqa: PLC0415
        from ..models.quarterly_violation_counts import QuarterlyViolationCounts # noqa: PLC0415
        actions = self.actions.to_dict()

        centres = self.centres.to_dict()

        inspections = self.inspections.to_dict()

        violations = self.violations.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actions": actions,
            "centres": centres,
            "inspections": inspections,
            "violations": violations,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quarterly_action_counts import QuarterlyActionCounts # noqa: PLC0415
        from ..models.quarterly_centre_counts import QuarterlyCentreCounts # noqa: PLC0415
        from ..models.quarterly_inspection_counts import QuarterlyInspectionCounts # noqa: PLC0415
        from ..models.quarterly_violation_counts import QuarterlyViolationCounts # noqa: PLC0415
        d = dict(src_dict)
        actions = QuarterlyActionCounts.from_dict(d.pop("actions"))




        centres = QuarterlyCentreCounts.from_dict(d.pop("centres"))




        inspections = QuarterlyInspectionCounts.from_dict(d.pop("inspections"))




        violations = QuarterlyViolationCounts.from_dict(d.pop("violations"))




        quarterly_counts = cls(
            actions=actions,
            centres=centres,
            inspections=inspections,
            violations=violations,
        )


        quarterly_counts.additional_properties = d
        return quarterly_counts

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
