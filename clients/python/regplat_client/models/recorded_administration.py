from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.recorded_administration_recorded_by import RecordedAdministrationRecordedBy
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.administration_check import AdministrationCheck
  from ..models.approved_course import ApprovedCourse





T = TypeVar("T", bound="RecordedAdministration")



@_attrs_define
class RecordedAdministration:
    """ An administration just recorded under an approved request, and whether the course covers it.

        Attributes:
            id (str):
            recorded_by (RecordedAdministrationRecordedBy):
            request_id (str):
            administration (AdministrationCheck | None | Unset):
            course (ApprovedCourse | None | Unset):
     """

    id: str
    recorded_by: RecordedAdministrationRecordedBy
    request_id: str
    administration: AdministrationCheck | None | Unset = UNSET
    course: ApprovedCourse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.administration_check import AdministrationCheck # noqa: PLC0415
        from ..models.approved_course import ApprovedCourse # noqa: PLC0415
        id = self.id

        recorded_by = self.recorded_by.value

        request_id = self.request_id

        administration: dict[str, Any] | None | Unset
        if isinstance(self.administration, Unset):
            administration = UNSET
        elif isinstance(self.administration, AdministrationCheck):
            administration = self.administration.to_dict()
        else:
            administration = self.administration

        course: dict[str, Any] | None | Unset
        if isinstance(self.course, Unset):
            course = UNSET
        elif isinstance(self.course, ApprovedCourse):
            course = self.course.to_dict()
        else:
            course = self.course


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "recorded_by": recorded_by,
            "request_id": request_id,
        })
        if administration is not UNSET:
            field_dict["administration"] = administration
        if course is not UNSET:
            field_dict["course"] = course

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.administration_check import AdministrationCheck # noqa: PLC0415
        from ..models.approved_course import ApprovedCourse # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        recorded_by = RecordedAdministrationRecordedBy(d.pop("recorded_by"))




        request_id = d.pop("request_id")

        def _parse_administration(data: object) -> AdministrationCheck | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                administration_type_0 = AdministrationCheck.from_dict(data)



                return administration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdministrationCheck | None | Unset, data)

        administration = _parse_administration(d.pop("administration", UNSET))


        def _parse_course(data: object) -> ApprovedCourse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                course_type_0 = ApprovedCourse.from_dict(data)



                return course_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApprovedCourse | None | Unset, data)

        course = _parse_course(d.pop("course", UNSET))


        recorded_administration = cls(
            id=id,
            recorded_by=recorded_by,
            request_id=request_id,
            administration=administration,
            course=course,
        )


        recorded_administration.additional_properties = d
        return recorded_administration

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
