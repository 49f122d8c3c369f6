from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.penalty_choice import PenaltyChoice
  from ..models.penalty_step import PenaltyStep





T = TypeVar("T", bound="PenaltyPath")



@_attrs_define
class PenaltyPath:
    """ CLM-CH: where the penalty stands; the licensing headquarters decides.

        Attributes:
            decided_by (str):
            status (str): reported | proposed | imposed | rejected | legacy (recorded before CLM-CH was corrected)
            steps (list[PenaltyStep]):
            decided (None | PenaltyChoice | Unset):
            proposed_by_review_office (None | PenaltyChoice | Unset):
     """

    decided_by: str
    status: str
    steps: list[PenaltyStep]
    decided: None | PenaltyChoice | Unset = UNSET
    proposed_by_review_office: None | PenaltyChoice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.penalty_choice import PenaltyChoice # noqa: PLC0415
        from ..models.penalty_step import PenaltyStep # noqa: PLC0415
        decided_by = self.decided_by

        status = self.status

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)



        decided: dict[str, Any] | None | Unset
        if isinstance(self.decided, Unset):
            decided = UNSET
        elif isinstance(self.decided, PenaltyChoice):
            decided = self.decided.to_dict()
        else:
            decided = self.decided

        proposed_by_review_office: dict[str, Any] | None | Unset
        if isinstance(self.proposed_by_review_office, Unset):
            proposed_by_review_office = UNSET
        elif isinstance(self.proposed_by_review_office, PenaltyChoice):
            proposed_by_review_office = self.proposed_by_review_office.to_dict()
        else:
            proposed_by_review_office = self.proposed_by_review_office


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "decided_by": decided_by,
            "status": status,
            "steps": steps,
        })
        if decided is not UNSET:
            field_dict["decided"] = decided
        if proposed_by_review_office is not UNSET:
            field_dict["proposed_by_review_office"] = proposed_by_review_office

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.penalty_choice import PenaltyChoice # noqa: PLC0415
        from ..models.penalty_step import PenaltyStep # noqa: PLC0415
        d = dict(src_dict)
        decided_by = d.pop("decided_by")

        status = d.pop("status")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in (_steps):
            steps_item = PenaltyStep.from_dict(steps_item_data)



            steps.append(steps_item)


        def _parse_decided(data: object) -> None | PenaltyChoice | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                decided_type_0 = PenaltyChoice.from_dict(data)



                return decided_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PenaltyChoice | Unset, data)

        decided = _parse_decided(d.pop("decided", UNSET))


        def _parse_proposed_by_review_office(data: object) -> None | PenaltyChoice | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                proposed_by_review_office_type_0 = PenaltyChoice.from_dict(data)



                return proposed_by_review_office_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PenaltyChoice | Unset, data)

        proposed_by_review_office = _parse_proposed_by_review_office(d.pop("proposed_by_review_office", UNSET))


        penalty_path = cls(
            decided_by=decided_by,
            status=status,
            steps=steps,
            decided=decided,
            proposed_by_review_office=proposed_by_review_office,
        )


        penalty_path.additional_properties = d
        return penalty_path

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
