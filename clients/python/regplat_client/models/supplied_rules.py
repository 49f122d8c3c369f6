from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.circular_in_force import CircularInForce
  from ..models.earlier_rule_data import EarlierRuleData
  from ..models.supplied_rule_data import SuppliedRuleData
  from ..models.supplied_rules_basis_item import SuppliedRulesBasisItem





T = TypeVar("T", bound="SuppliedRules")



@_attrs_define
class SuppliedRules:
    """ CLM-B1: in one place, the rule data the agency's review office supplies and the circulars in force.

        Attributes:
            agency_code (str):
            as_of (datetime.date):
            as_of_jalali (str):
            assessment_rules (SuppliedRuleData): The rule data version the review office currently supplies.
            basis (list[SuppliedRulesBasisItem]): The citations the decision rests on (SHR-PROV): number, clause, rule_id,
                authority (source | interpretation | configuration | evidence), quote or reason, text, text_fa
            circulars_in_force (list[CircularInForce]):
            earlier_rule_data_versions (list[EarlierRuleData]): Superseded versions, latest first
            registry_version (str):
            review_office_code (str):
     """

    agency_code: str
    as_of: datetime.date
    as_of_jalali: str
    assessment_rules: SuppliedRuleData
    basis: list[SuppliedRulesBasisItem]
    circulars_in_force: list[CircularInForce]
    earlier_rule_data_versions: list[EarlierRuleData]
    registry_version: str
    review_office_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.circular_in_force import CircularInForce # noqa: PLC0415
        from ..models.earlier_rule_data import EarlierRuleData # noqa: PLC0415
        from ..models.supplied_rule_data import SuppliedRuleData # noqa: PLC0415
        from ..models.supplied_rules_basis_item import SuppliedRulesBasisItem # noqa: PLC0415
        agency_code = self.agency_code

        as_of = self.as_of.isoformat()

        as_of_jalali = self.as_of_jalali

        assessment_rules = self.assessment_rules.to_dict()

        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        circulars_in_force = []
        for circulars_in_force_item_data in self.circulars_in_force:
            circulars_in_force_item = circulars_in_force_item_data.to_dict()
            circulars_in_force.append(circulars_in_force_item)



        earlier_rule_data_versions = []
        for earlier_rule_data_versions_item_data in self.earlier_rule_data_versions:
            earlier_rule_data_versions_item = earlier_rule_data_versions_item_data.to_dict()
            earlier_rule_data_versions.append(earlier_rule_data_versions_item)



        registry_version = self.registry_version

        review_office_code = self.review_office_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agency_code": agency_code,
            "as_of": as_of,
            "as_of_jalali": as_of_jalali,
            "assessment_rules": assessment_rules,
            "basis": basis,
            "circulars_in_force": circulars_in_force,
            "earlier_rule_data_versions": earlier_rule_data_versions,
            "registry_version": registry_version,
            "review_office_code": review_office_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.circular_in_force import CircularInForce # noqa: PLC0415
        from ..models.earlier_rule_data import EarlierRuleData # noqa: PLC0415
        from ..models.supplied_rule_data import SuppliedRuleData # noqa: PLC0415
        from ..models.supplied_rules_basis_item import SuppliedRulesBasisItem # noqa: PLC0415
        d = dict(src_dict)
        agency_code = d.pop("agency_code")

        as_of = datetime.date.fromisoformat(d.pop("as_of"))




        as_of_jalali = d.pop("as_of_jalali")

        assessment_rules = SuppliedRuleData.from_dict(d.pop("assessment_rules"))




        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = SuppliedRulesBasisItem.from_dict(basis_item_data)



            basis.append(basis_item)


        circulars_in_force = []
        _circulars_in_force = d.pop("circulars_in_force")
        for circulars_in_force_item_data in (_circulars_in_force):
            circulars_in_force_item = CircularInForce.from_dict(circulars_in_force_item_data)



            circulars_in_force.append(circulars_in_force_item)


        earlier_rule_data_versions = []
        _earlier_rule_data_versions = d.pop("earlier_rule_data_versions")
        for earlier_rule_data_versions_item_data in (_earlier_rule_data_versions):
            earlier_rule_data_versions_item = EarlierRuleData.from_dict(earlier_rule_data_versions_item_data)



            earlier_rule_data_versions.append(earlier_rule_data_versions_item)


        registry_version = d.pop("registry_version")

        review_office_code = d.pop("review_office_code")

        supplied_rules = cls(
            agency_code=agency_code,
            as_of=as_of,
            as_of_jalali=as_of_jalali,
            assessment_rules=assessment_rules,
            basis=basis,
            circulars_in_force=circulars_in_force,
            earlier_rule_data_versions=earlier_rule_data_versions,
            registry_version=registry_version,
            review_office_code=review_office_code,
        )


        supplied_rules.additional_properties = d
        return supplied_rules

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
