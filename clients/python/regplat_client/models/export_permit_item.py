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
  from ..models.customs_reason import CustomsReason
  from ..models.customs_requirement import CustomsRequirement
  from ..models.export_permit_item_matches import ExportPermitItemMatches





T = TypeVar("T", bound="ExportPermitItem")



@_attrs_define
class ExportPermitItem:
    """ One item's evaluation for leaving the country (CUS-6.4).

        Attributes:
            basis (list[CustomsCitation]):
            dosage_form (str):
            index (int):
            matches (ExportPermitItemMatches): Reference lists the item matched, by list name
            name (str):
            outcome (str): no_permit_needed | pending | refused
            quantity (float | int):
            reasons (list[CustomsReason]):
            requirements (list[CustomsRequirement]):
            excess_quantity (float | int | Unset):  Default: 0.
            max_clearable_quantity (float | int | None | Unset): The most that may leave (three months' supply, one month
                for shortage drugs, CUS-6.4.3)
            supply_days (float | int | None | Unset):
     """

    basis: list[CustomsCitation]
    dosage_form: str
    index: int
    matches: ExportPermitItemMatches
    name: str
    outcome: str
    quantity: float | int
    reasons: list[CustomsReason]
    requirements: list[CustomsRequirement]
    excess_quantity: float | int | Unset = 0
    max_clearable_quantity: float | int | None | Unset = UNSET
    supply_days: float | int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.customs_citation import CustomsCitation # noqa: PLC0415
        from ..models.customs_reason import CustomsReason # noqa: PLC0415
        from ..models.customs_requirement import CustomsRequirement # noqa: PLC0415
        from ..models.export_permit_item_matches import ExportPermitItemMatches # noqa: PLC0415
        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        dosage_form = self.dosage_form

        index = self.index

        matches = self.matches.to_dict()

        name = self.name

        outcome = self.outcome

        quantity: float | int
        quantity = self.quantity

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.to_dict()
            reasons.append(reasons_item)



        requirements = []
        for requirements_item_data in self.requirements:
            requirements_item = requirements_item_data.to_dict()
            requirements.append(requirements_item)



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
            "dosage_form": dosage_form,
            "index": index,
            "matches": matches,
            "name": name,
            "outcome": outcome,
            "quantity": quantity,
            "reasons": reasons,
            "requirements": requirements,
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
        from ..models.customs_reason import CustomsReason # noqa: PLC0415
        from ..models.customs_requirement import CustomsRequirement # noqa: PLC0415
        from ..models.export_permit_item_matches import ExportPermitItemMatches # noqa: PLC0415
        d = dict(src_dict)
        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = CustomsCitation.from_dict(basis_item_data)



            basis.append(basis_item)


        dosage_form = d.pop("dosage_form")

        index = d.pop("index")

        matches = ExportPermitItemMatches.from_dict(d.pop("matches"))




        name = d.pop("name")

        outcome = d.pop("outcome")

        def _parse_quantity(data: object) -> float | int:
            return cast(float | int, data)

        quantity = _parse_quantity(d.pop("quantity"))


        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in (_reasons):
            reasons_item = CustomsReason.from_dict(reasons_item_data)



            reasons.append(reasons_item)


        requirements = []
        _requirements = d.pop("requirements")
        for requirements_item_data in (_requirements):
            requirements_item = CustomsRequirement.from_dict(requirements_item_data)



            requirements.append(requirements_item)


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


        export_permit_item = cls(
            basis=basis,
            dosage_form=dosage_form,
            index=index,
            matches=matches,
            name=name,
            outcome=outcome,
            quantity=quantity,
            reasons=reasons,
            requirements=requirements,
            excess_quantity=excess_quantity,
            max_clearable_quantity=max_clearable_quantity,
            supply_days=supply_days,
        )


        export_permit_item.additional_properties = d
        return export_permit_item

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
