from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.planned_inspection_ref import PlannedInspectionRef





T = TypeVar("T", bound="PlanCentre")



@_attrs_define
class PlanCentre:
    """ One centre of the month's plan: due, done, overdue, and whether last month was missed.

        Attributes:
            center_id (str):
            done (bool): Inspected in the month
            due (bool): Registered by the month's end, in a month ending on or after 1404/06/12 (closed centres too: the
                seal is checked)
            inspections (list[PlannedInspectionRef]):
            name (str):
            not_inspected_last_month (bool): The centre existed last month, that month was due, and it was not inspected
            note (None | str): e.g. `closed: check the seal is intact`
            overdue (bool): Due, not done, and the month is over
            status (str): The centre's status today
            university (str):
     """

    center_id: str
    done: bool
    due: bool
    inspections: list[PlannedInspectionRef]
    name: str
    not_inspected_last_month: bool
    note: None | str
    overdue: bool
    status: str
    university: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.planned_inspection_ref import PlannedInspectionRef # noqa: PLC0415
        center_id = self.center_id

        done = self.done

        due = self.due

        inspections = []
        for inspections_item_data in self.inspections:
            inspections_item = inspections_item_data.to_dict()
            inspections.append(inspections_item)



        name = self.name

        not_inspected_last_month = self.not_inspected_last_month

        note: None | str
        note = self.note

        overdue = self.overdue

        status = self.status

        university = self.university


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "center_id": center_id,
            "done": done,
            "due": due,
            "inspections": inspections,
            "name": name,
            "not_inspected_last_month": not_inspected_last_month,
            "note": note,
            "overdue": overdue,
            "status": status,
            "university": university,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.planned_inspection_ref import PlannedInspectionRef # noqa: PLC0415
        d = dict(src_dict)
        center_id = d.pop("center_id")

        done = d.pop("done")

        due = d.pop("due")

        inspections = []
        _inspections = d.pop("inspections")
        for inspections_item_data in (_inspections):
            inspections_item = PlannedInspectionRef.from_dict(inspections_item_data)



            inspections.append(inspections_item)


        name = d.pop("name")

        not_inspected_last_month = d.pop("not_inspected_last_month")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        overdue = d.pop("overdue")

        status = d.pop("status")

        university = d.pop("university")

        plan_centre = cls(
            center_id=center_id,
            done=done,
            due=due,
            inspections=inspections,
            name=name,
            not_inspected_last_month=not_inspected_last_month,
            note=note,
            overdue=overdue,
            status=status,
            university=university,
        )


        plan_centre.additional_properties = d
        return plan_centre

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
