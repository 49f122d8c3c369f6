from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CustomsRequirement")



@_attrs_define
class CustomsRequirement:
    """ A requirement still open on an item (a document, an approval, a verification).

        Attributes:
            at_expert_discretion (bool): The expert may waive it (e.g. an official translation only if asked for)
            closed_by (str): Who closes it: owner (documents the expert confirms), gio_expert, gio_head, dpna_dg, system
            code (str): Stable code, e.g. prescription, medical_documents, head_of_gio_approval, inspections_verification
            rule_id (str):
            text (str):
            text_fa (str):
     """

    at_expert_discretion: bool
    closed_by: str
    code: str
    rule_id: str
    text: str
    text_fa: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        at_expert_discretion = self.at_expert_discretion

        closed_by = self.closed_by

        code = self.code

        rule_id = self.rule_id

        text = self.text

        text_fa = self.text_fa


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "at_expert_discretion": at_expert_discretion,
            "closed_by": closed_by,
            "code": code,
            "rule_id": rule_id,
            "text": text,
            "text_fa": text_fa,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at_expert_discretion = d.pop("at_expert_discretion")

        closed_by = d.pop("closed_by")

        code = d.pop("code")

        rule_id = d.pop("rule_id")

        text = d.pop("text")

        text_fa = d.pop("text_fa")

        customs_requirement = cls(
            at_expert_discretion=at_expert_discretion,
            closed_by=closed_by,
            code=code,
            rule_id=rule_id,
            text=text,
            text_fa=text_fa,
        )


        customs_requirement.additional_properties = d
        return customs_requirement

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
