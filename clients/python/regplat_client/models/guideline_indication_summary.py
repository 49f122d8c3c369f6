from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.indication_course import IndicationCourse
  from ..models.indication_dose import IndicationDose





T = TypeVar("T", bound="GuidelineIndicationSummary")



@_attrs_define
class GuidelineIndicationSummary:
    """ An approved indication: its ICD-10-CM categories (each with its descendants), dose and course.

        Attributes:
            course (IndicationCourse): What one approval covers for an indication (OFL-R-COURSE).
            dose (IndicationDose): The most an administration may give for an indication.
            icd10 (list[str]):
            icd10_exclude (list[str]):
            id (str):
            name (str):
            name_fa (None | str | Unset):
     """

    course: IndicationCourse
    dose: IndicationDose
    icd10: list[str]
    icd10_exclude: list[str]
    id: str
    name: str
    name_fa: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.indication_course import IndicationCourse # noqa: PLC0415
        from ..models.indication_dose import IndicationDose # noqa: PLC0415
        course = self.course.to_dict()

        dose = self.dose.to_dict()

        icd10 = self.icd10



        icd10_exclude = self.icd10_exclude



        id = self.id

        name = self.name

        name_fa: None | str | Unset
        if isinstance(self.name_fa, Unset):
            name_fa = UNSET
        else:
            name_fa = self.name_fa


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "course": course,
            "dose": dose,
            "icd10": icd10,
            "icd10_exclude": icd10_exclude,
            "id": id,
            "name": name,
        })
        if name_fa is not UNSET:
            field_dict["name_fa"] = name_fa

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indication_course import IndicationCourse # noqa: PLC0415
        from ..models.indication_dose import IndicationDose # noqa: PLC0415
        d = dict(src_dict)
        course = IndicationCourse.from_dict(d.pop("course"))




        dose = IndicationDose.from_dict(d.pop("dose"))




        icd10 = cast(list[str], d.pop("icd10"))


        icd10_exclude = cast(list[str], d.pop("icd10_exclude"))


        id = d.pop("id")

        name = d.pop("name")

        def _parse_name_fa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_fa = _parse_name_fa(d.pop("name_fa", UNSET))


        guideline_indication_summary = cls(
            course=course,
            dose=dose,
            icd10=icd10,
            icd10_exclude=icd10_exclude,
            id=id,
            name=name,
            name_fa=name_fa,
        )


        guideline_indication_summary.additional_properties = d
        return guideline_indication_summary

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
