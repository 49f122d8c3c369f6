from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.customs_citation import CustomsCitation
  from ..models.precheck_reason import PrecheckReason
  from ..models.precheck_requirement import PrecheckRequirement
  from ..models.x3_check import X3Check





T = TypeVar("T", bound="PrecheckItem")



@_attrs_define
class PrecheckItem:
    """ The pre-check of one item.

        Attributes:
            basis (list[CustomsCitation]):
            index (int):
            name (str):
            outcome (str): The engine's outcome: refused | pending | out_of_scope | cleared (import), no_permit_needed |
                pending | refused (export)
            reasons (list[PrecheckReason]):
            requirements (list[PrecheckRequirement]):
            substances (list[str]):
            verdict (str): The answer in plain words, in the answer's language
            verification (str): SPEC X3: not_required | verified | pending
            x3_checks (list[X3Check]):
            excess_quantity (float | int | Unset):  Default: 0.
            max_clearable_quantity (float | int | None | Unset):
            supply_days (float | int | None | Unset):
     """

    basis: list[CustomsCitation]
    index: int
    name: str
    outcome: str
    reasons: list[PrecheckReason]
    requirements: list[PrecheckRequirement]
    substances: list[str]
    verdict: str
    verification: str
    x3_checks: list[X3Check]
    excess_quantity: float | int | Unset = 0
    max_clearable_quantity: float | int | None | Unset = UNSET
    supply_days: float | int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.customs_citation import CustomsCitation # noqa: PLC0415
        from ..models.precheck_reason import PrecheckReason # noqa: PLC0415
        from ..models.precheck_requirement import PrecheckRequirement # noqa: PLC0415
        from ..models.x3_check import X3Check # noqa: PLC0415
        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        index = self.index

        name = self.name

        outcome = self.outcome

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.to_dict()
            reasons.append(reasons_item)



        requirements = []
        for requirements_item_data in self.requirements:
            requirements_item = requirements_item_data.to_dict()
            requirements.append(requirements_item)



        substances = self.substances



        verdict = self.verdict

        verification = self.verification

        x3_checks = []
        for x3_checks_item_data in self.x3_checks:
            x3_checks_item = x3_checks_item_data.to_dict()
            x3_checks.append(x3_checks_item)



        excess_quantity: float | int | Unset
        if isinstance(self.excess_quantity, Unset):
            excess_quantity = UNSET
        else:
            excess_quantity = self.excess_quantity

        max_clearable_quantity: float | int | None | Unset
        if isinstance(self.max_clearable_quantity, Unset):
            max_clearable_quantity = UNSET
        else:
            max_clearable_quantity = self.max_clearable_quantity

        supply_days: float | int | None | Unset
        if isinstance(self.supply_days, Unset):
            supply_days = UNSET
        else:
            supply_days = self.supply_days


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "basis": basis,
            "index": index,
            "name": name,
            "outcome": outcome,
            "reasons": reasons,
            "requirements": requirements,
            "substances": substances,
            "verdict": verdict,
            "verification": verification,
            "x3_checks": x3_checks,
        })
        if excess_quantity is not UNSET:
            field_dict["excess_quantity"] = excess_quantity
        if max_clearable_quantity is not UNSET:
            field_dict["max_clearable_quantity"] = max_clearable_quantity
        if supply_days is not UNSET:
            field_dict["supply_days"] = supply_days

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customs_citation import CustomsCitation # noqa: PLC0415
        from ..models.precheck_reason import PrecheckReason # noqa: PLC0415
        from ..models.precheck_requirement import PrecheckRequirement # noqa: PLC0415
        from ..models.x3_check import X3Check # noqa: PLC0415
        d = dict(src_dict)
        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = CustomsCitation.from_dict(basis_item_data)



            basis.append(basis_item)


        index = d.pop("index")

        name = d.pop("name")

        outcome = d.pop("outcome")

        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in (_reasons):
            reasons_item = PrecheckReason.from_dict(reasons_item_data)



            reasons.append(reasons_item)


        requirements = []
        _requirements = d.pop("requirements")
        for requirements_item_data in (_requirements):
            requirements_item = PrecheckRequirement.from_dict(requirements_item_data)



            requirements.append(requirements_item)


        substances = cast(list[str], d.pop("substances"))


        verdict = d.pop("verdict")

        verification = d.pop("verification")

        x3_checks = []
        _x3_checks = d.pop("x3_checks")
        for x3_checks_item_data in (_x3_checks):
            x3_checks_item = X3Check.from_dict(x3_checks_item_data)



            x3_checks.append(x3_checks_item)


        def _parse_excess_quantity(data: object) -> float | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | int | Unset, data)

        excess_quantity = _parse_excess_quantity(d.pop("excess_quantity", UNSET))


        def _parse_max_clearable_quantity(data: object) -> float | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | int | None | Unset, data)

        max_clearable_quantity = _parse_max_clearable_quantity(d.pop("max_clearable_quantity", UNSET))


        def _parse_supply_days(data: object) -> float | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | int | None | Unset, data)

        supply_days = _parse_supply_days(d.pop("supply_days", UNSET))


        precheck_item = cls(
            basis=basis,
            index=index,
            name=name,
            outcome=outcome,
            reasons=reasons,
            requirements=requirements,
            substances=substances,
            verdict=verdict,
            verification=verification,
            x3_checks=x3_checks,
            excess_quantity=excess_quantity,
            max_clearable_quantity=max_clearable_quantity,
            supply_days=supply_days,
        )


        precheck_item.additional_properties = d
        return precheck_item

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
