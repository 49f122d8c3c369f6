from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.assigned_expert import AssignedExpert





T = TypeVar("T", bound="CustomsOffice")



@_attrs_define
class CustomsOffice:
    """ A customs office, whether GIO is represented there, and its assigned experts.

        Attributes:
            code (str): The office code used in declarations (e.g. THR-IKA)
            experts (list[AssignedExpert]):
            has_gio_representative (bool): true: the expert stamps the warehouse receipt; false: a clearance letter is
                written (CUS-5)
            kind (str): air, land, sea, post, ...
            name_en (str):
            name_fa (str):
     """

    code: str
    experts: list[AssignedExpert]
    has_gio_representative: bool
    kind: str
    name_en: str
    name_fa: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.assigned_expert import AssignedExpert # noqa: PLC0415
        code = self.code

        experts = []
        for experts_item_data in self.experts:
            experts_item = experts_item_data.to_dict()
            experts.append(experts_item)



        has_gio_representative = self.has_gio_representative

        kind = self.kind

        name_en = self.name_en

        name_fa = self.name_fa


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "experts": experts,
            "has_gio_representative": has_gio_representative,
            "kind": kind,
            "name_en": name_en,
            "name_fa": name_fa,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assigned_expert import AssignedExpert # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        experts = []
        _experts = d.pop("experts")
        for experts_item_data in (_experts):
            experts_item = AssignedExpert.from_dict(experts_item_data)



            experts.append(experts_item)


        has_gio_representative = d.pop("has_gio_representative")

        kind = d.pop("kind")

        name_en = d.pop("name_en")

        name_fa = d.pop("name_fa")

        customs_office = cls(
            code=code,
            experts=experts,
            has_gio_representative=has_gio_representative,
            kind=kind,
            name_en=name_en,
            name_fa=name_fa,
        )


        customs_office.additional_properties = d
        return customs_office

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
