from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.permissibility_rule import PermissibilityRule
  from ..models.permissibility_rule_set_coverage import PermissibilityRuleSetCoverage





T = TypeVar("T", bound="PermissibilityRuleSet")



@_attrs_define
class PermissibilityRuleSet:
    """ The INS-R rule set in force in this process (a data file).

        Attributes:
            coverage (PermissibilityRuleSetCoverage): For each activity, the approvals that cover it
            rules (list[PermissibilityRule]):
            version (str):
     """

    coverage: PermissibilityRuleSetCoverage
    rules: list[PermissibilityRule]
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.permissibility_rule import PermissibilityRule # noqa: PLC0415
        from ..models.permissibility_rule_set_coverage import PermissibilityRuleSetCoverage # noqa: PLC0415
        coverage = self.coverage.to_dict()

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)



        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "coverage": coverage,
            "rules": rules,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.permissibility_rule import PermissibilityRule # noqa: PLC0415
        from ..models.permissibility_rule_set_coverage import PermissibilityRuleSetCoverage # noqa: PLC0415
        d = dict(src_dict)
        coverage = PermissibilityRuleSetCoverage.from_dict(d.pop("coverage"))




        rules = []
        _rules = d.pop("rules")
        for rules_item_data in (_rules):
            rules_item = PermissibilityRule.from_dict(rules_item_data)



            rules.append(rules_item)


        version = d.pop("version")

        permissibility_rule_set = cls(
            coverage=coverage,
            rules=rules,
            version=version,
        )


        permissibility_rule_set.additional_properties = d
        return permissibility_rule_set

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
