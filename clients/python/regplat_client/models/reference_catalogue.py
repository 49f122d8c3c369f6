from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.reference_list_info import ReferenceListInfo





T = TypeVar("T", bound="ReferenceCatalogue")



@_attrs_define
class ReferenceCatalogue:
    """ The reference lists the engine uses, and the version of the whole set.

        Attributes:
            lists (list[ReferenceListInfo]):
            reference_version (str): Names the set of list versions; stored with every decision
     """

    lists: list[ReferenceListInfo]
    reference_version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.reference_list_info import ReferenceListInfo # noqa: PLC0415
        lists = []
        for lists_item_data in self.lists:
            lists_item = lists_item_data.to_dict()
            lists.append(lists_item)



        reference_version = self.reference_version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "lists": lists,
            "reference_version": reference_version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reference_list_info import ReferenceListInfo # noqa: PLC0415
        d = dict(src_dict)
        lists = []
        _lists = d.pop("lists")
        for lists_item_data in (_lists):
            lists_item = ReferenceListInfo.from_dict(lists_item_data)



            lists.append(lists_item)


        reference_version = d.pop("reference_version")

        reference_catalogue = cls(
            lists=lists,
            reference_version=reference_version,
        )


        reference_catalogue.additional_properties = d
        return reference_catalogue

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
