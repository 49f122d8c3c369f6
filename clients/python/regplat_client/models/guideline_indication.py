from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.indication_course_rule import IndicationCourseRule
  from ..models.indication_dose_rule import IndicationDoseRule
  from ..models.indication_limits import IndicationLimits





T = TypeVar("T", bound="GuidelineIndication")



@_attrs_define
class GuidelineIndication:
    """ 
        Attributes:
            course (IndicationCourseRule): What one approval covers (OFL-R-COURSE): at most `administrations`, at least
                `min_interval_days` apart,
                all within `window_days` from the first (planned) date.
            dose (IndicationDoseRule):
            icd10 (list[str]): ICD-10 categories: each covers its descendants
            id (str):
            name (str):
            sources (list[str]): ids of entries in the guideline's `sources`
            icd10_exclude (list[str] | Unset): descendants the indication does not cover
            limits (IndicationLimits | Unset): Cumulative limits over the patient's history on the same site (OFL-R-
                HISTORY).
            name_fa (None | str | Unset):
            note (None | str | Unset):
     """

    course: IndicationCourseRule
    dose: IndicationDoseRule
    icd10: list[str]
    id: str
    name: str
    sources: list[str]
    icd10_exclude: list[str] | Unset = UNSET
    limits: IndicationLimits | Unset = UNSET
    name_fa: None | str | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.indication_course_rule import IndicationCourseRule # noqa: PLC0415
        from ..models.indication_dose_rule import IndicationDoseRule # noqa: PLC0415
        from ..models.indication_limits import IndicationLimits # noqa: PLC0415
        course = self.course.to_dict()

        dose = self.dose.to_dict()

        icd10 = self.icd10



        id = self.id

        name = self.name

        sources = self.sources



        icd10_exclude: list[str] | Unset = UNSET
        if not isinstance(self.icd10_exclude, Unset):
            icd10_exclude = self.icd10_exclude



        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        name_fa: None | str | Unset
        if isinstance(self.name_fa, Unset):
            name_fa = UNSET
        else:
            name_fa = self.name_fa

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "course": course,
            "dose": dose,
            "icd10": icd10,
            "id": id,
            "name": name,
            "sources": sources,
        })
        if icd10_exclude is not UNSET:
            field_dict["icd10_exclude"] = icd10_exclude
        if limits is not UNSET:
            field_dict["limits"] = limits
        if name_fa is not UNSET:
            field_dict["name_fa"] = name_fa
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indication_course_rule import IndicationCourseRule # noqa: PLC0415
        from ..models.indication_dose_rule import IndicationDoseRule # noqa: PLC0415
        from ..models.indication_limits import IndicationLimits # noqa: PLC0415
        d = dict(src_dict)
        course = IndicationCourseRule.from_dict(d.pop("course"))




        dose = IndicationDoseRule.from_dict(d.pop("dose"))




        icd10 = cast(list[str], d.pop("icd10"))


        id = d.pop("id")

        name = d.pop("name")

        sources = cast(list[str], d.pop("sources"))


        icd10_exclude = cast(list[str], d.pop("icd10_exclude", UNSET))


        _limits = d.pop("limits", UNSET)
        limits: IndicationLimits | Unset
        if isinstance(_limits,  Unset):
            limits = UNSET
        else:
            limits = IndicationLimits.from_dict(_limits)




        def _parse_name_fa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_fa = _parse_name_fa(d.pop("name_fa", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        guideline_indication = cls(
            course=course,
            dose=dose,
            icd10=icd10,
            id=id,
            name=name,
            sources=sources,
            icd10_exclude=icd10_exclude,
            limits=limits,
            name_fa=name_fa,
            note=note,
        )

        return guideline_indication

