from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CustomsReason")



@_attrs_define
class CustomsReason:
    """ Why the engine decided as it did, with the rule applied (also used for warnings).

        Attributes:
            effect (str): refuse | refuse_excess | out_of_scope | require | note | warning
            rule_id (str):
            text (str):
            text_fa (str):
     """

    effect: str
    rule_id: str
    text: str
    text_fa: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        effect = self.effect

        rule_id = self.rule_id

        text = self.text

        text_fa = self.text_fa


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "effect": effect,
            "rule_id": rule_id,
            "text": text,
            "text_fa": text_fa,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effect = d.pop("effect")

        rule_id = d.pop("rule_id")

        text = d.pop("text")

        text_fa = d.pop("text_fa")

        customs_reason = cls(
            effect=effect,
            rule_id=rule_id,
            text=text,
            text_fa=text_fa,
        )


        customs_reason.additional_properties = d
        return customs_reason

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
