from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.rule_data_status_basis_item import RuleDataStatusBasisItem





T = TypeVar("T", bound="RuleDataStatus")



@_attrs_define
class RuleDataStatus:
    """ CLM-H3: the rule data version the assessment used, and whether the review office has published a newer one.

        Attributes:
            assessed_with (str):
            basis (list[RuleDataStatusBasisItem]): The citations the decision rests on (SHR-PROV): number, clause, rule_id,
                authority (source | interpretation | configuration | evidence), quote or reason, text, text_fa
            current (str):
            is_current (bool):
            note (str):
     """

    assessed_with: str
    basis: list[RuleDataStatusBasisItem]
    current: str
    is_current: bool
    note: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.rule_data_status_basis_item import RuleDataStatusBasisItem # noqa: PLC0415
        assessed_with = self.assessed_with

        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        current = self.current

        is_current = self.is_current

        note = self.note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assessed_with": assessed_with,
            "basis": basis,
            "current": current,
            "is_current": is_current,
            "note": note,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_data_status_basis_item import RuleDataStatusBasisItem # noqa: PLC0415
        d = dict(src_dict)
        assessed_with = d.pop("assessed_with")

        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = RuleDataStatusBasisItem.from_dict(basis_item_data)



            basis.append(basis_item)


        current = d.pop("current")

        is_current = d.pop("is_current")

        note = d.pop("note")

        rule_data_status = cls(
            assessed_with=assessed_with,
            basis=basis,
            current=current,
            is_current=is_current,
            note=note,
        )


        rule_data_status.additional_properties = d
        return rule_data_status

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
