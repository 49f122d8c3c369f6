from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ExportWorkflow")



@_attrs_define
class ExportWorkflow:
    """ Who must still decide on the application (CUS-6.4.3 note).

        Attributes:
            dg_release (bool):
            head_of_gio_approval (bool):
     """

    dg_release: bool
    head_of_gio_approval: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        dg_release = self.dg_release

        head_of_gio_approval = self.head_of_gio_approval


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "dg_release": dg_release,
            "head_of_gio_approval": head_of_gio_approval,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dg_release = d.pop("dg_release")

        head_of_gio_approval = d.pop("head_of_gio_approval")

        export_workflow = cls(
            dg_release=dg_release,
            head_of_gio_approval=head_of_gio_approval,
        )


        export_workflow.additional_properties = d
        return export_workflow

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
