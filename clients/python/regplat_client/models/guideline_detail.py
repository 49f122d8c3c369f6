from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.guideline_version_detail import GuidelineVersionDetail





T = TypeVar("T", bound="GuidelineDetail")



@_attrs_define
class GuidelineDetail:
    """ One guideline: every version, newest first.

        Attributes:
            code (str):
            versions (list[GuidelineVersionDetail]):
     """

    code: str
    versions: list[GuidelineVersionDetail]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.guideline_version_detail import GuidelineVersionDetail # noqa: PLC0415
        code = self.code

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "versions": versions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guideline_version_detail import GuidelineVersionDetail # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        versions = []
        _versions = d.pop("versions")
        for versions_item_data in (_versions):
            versions_item = GuidelineVersionDetail.from_dict(versions_item_data)



            versions.append(versions_item)


        guideline_detail = cls(
            code=code,
            versions=versions,
        )


        guideline_detail.additional_properties = d
        return guideline_detail

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
