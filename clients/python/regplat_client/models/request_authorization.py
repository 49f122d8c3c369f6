from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.approved_course import ApprovedCourse





T = TypeVar("T", bound="RequestAuthorization")



@_attrs_define
class RequestAuthorization:
    """ The authorization an approved request gives (its id is the request's).

        Attributes:
            id (str):
            valid_from (datetime.date):
            course (ApprovedCourse | None | Unset):
            valid_from_jalali (None | str | Unset):
            valid_until (datetime.date | None | Unset):
            valid_until_jalali (None | str | Unset):
     """

    id: str
    valid_from: datetime.date
    course: ApprovedCourse | None | Unset = UNSET
    valid_from_jalali: None | str | Unset = UNSET
    valid_until: datetime.date | None | Unset = UNSET
    valid_until_jalali: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.approved_course import ApprovedCourse # noqa: PLC0415
        id = self.id

        valid_from = self.valid_from.isoformat()

        course: dict[str, Any] | None | Unset
        if isinstance(self.course, Unset):
            course = UNSET
        elif isinstance(self.course, ApprovedCourse):
            course = self.course.to_dict()
        else:
            course = self.course

        valid_from_jalali: None | str | Unset
        if isinstance(self.valid_from_jalali, Unset):
            valid_from_jalali = UNSET
        else:
            valid_from_jalali = self.valid_from_jalali

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        valid_until_jalali: None | str | Unset
        if isinstance(self.valid_until_jalali, Unset):
            valid_until_jalali = UNSET
        else:
            valid_until_jalali = self.valid_until_jalali


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "valid_from": valid_from,
        })
        if course is not UNSET:
            field_dict["course"] = course
        if valid_from_jalali is not UNSET:
            field_dict["valid_from_jalali"] = valid_from_jalali
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until
        if valid_until_jalali is not UNSET:
            field_dict["valid_until_jalali"] = valid_until_jalali

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.approved_course import ApprovedCourse # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))




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


        def _parse_valid_from_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        valid_from_jalali = _parse_valid_from_jalali(d.pop("valid_from_jalali", UNSET))


        def _parse_valid_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)



                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_until = _parse_valid_until(d.pop("valid_until", UNSET))


        def _parse_valid_until_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        valid_until_jalali = _parse_valid_until_jalali(d.pop("valid_until_jalali", UNSET))


        request_authorization = cls(
            id=id,
            valid_from=valid_from,
            course=course,
            valid_from_jalali=valid_from_jalali,
            valid_until=valid_until,
            valid_until_jalali=valid_until_jalali,
        )


        request_authorization.additional_properties = d
        return request_authorization

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
