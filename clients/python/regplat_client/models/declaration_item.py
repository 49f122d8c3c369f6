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
  from ..models.declaration_item_matches import DeclarationItemMatches
  from ..models.expert_estimate import ExpertEstimate
  from ..models.x3_check import X3Check





T = TypeVar("T", bound="DeclarationItem")



@_attrs_define
class DeclarationItem:
    """ One item: the engine's evaluation and where the workflow stands on it.

        Attributes:
            basis (list[CustomsCitation]):
            category (str):
            dosage_form (str): The dosage-form code the declared form resolved to
            index (int):
            matches (DeclarationItemMatches): Reference lists the item matched, by list name
            name (str):
            open_requirements (list[str]): Codes of the requirements still open on the item
            outcome (str): The engine's outcome: refused | pending | out_of_scope (cleared only by the workflow)
            quantity (float | int):
            quantity_unit (str): pack, or g for raw materials and standards
            reasons (list[CustomsReason]):
            requirements (list[CustomsRequirement]):
            workflow_status (str): pending | accepted | cleared | refused | out_of_scope
            cleared_quantity (float | int | None | Unset): The quantity the expert accepted
            excess_quantity (float | int | Unset):  Default: 0.
            expert_estimate (ExpertEstimate | None | Unset):
            identified_by_expert (bool | Unset):  Default: False.
            limit_rule (None | str | Unset): The rule behind max_clearable_quantity: CUS-6.2 (the expert may estimate
                otherwise) or CUS-6.1.3
            max_clearable_quantity (float | int | None | Unset): The most that may be cleared (six months' supply, CUS-6.2;
                1/10 of a batch, CUS-6.1.3)
            review_reason (None | str | Unset): Why a person refused the item
            substances (list[str] | Unset): The substances the name resolved to, or the expert identified (CUS-ID)
            supply_days (float | int | None | Unset): Days of supply at the declared daily dose
            verification (str | Unset): SPEC X3: not_required | verified | pending Default: 'not_required'.
            x3_checks (list[X3Check] | Unset):
     """

    basis: list[CustomsCitation]
    category: str
    dosage_form: str
    index: int
    matches: DeclarationItemMatches
    name: str
    open_requirements: list[str]
    outcome: str
    quantity: float | int
    quantity_unit: str
    reasons: list[CustomsReason]
    requirements: list[CustomsRequirement]
    workflow_status: str
    cleared_quantity: float | int | None | Unset = UNSET
    excess_quantity: float | int | Unset = 0
    expert_estimate: ExpertEstimate | None | Unset = UNSET
    identified_by_expert: bool | Unset = False
    limit_rule: None | str | Unset = UNSET
    max_clearable_quantity: float | int | None | Unset = UNSET
    review_reason: None | str | Unset = UNSET
    substances: list[str] | Unset = UNSET
    supply_days: float | int | None | Unset = UNSET
    verification: str | Unset = 'not_required'
    x3_checks: list[X3Check] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.customs_citation import CustomsCitation # noqa: PLC0415
        from ..models.customs_reason import CustomsReason # noqa: PLC0415
        from ..models.customs_requirement import CustomsRequirement # noqa: PLC0415
        from ..models.declaration_item_matches import DeclarationItemMatches # noqa: PLC0415
        from ..models.expert_estimate import ExpertEstimate # noqa: PLC0415
        from ..models.x3_check import X3Check # noqa: PLC0415
        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        category = self.category

        dosage_form = self.dosage_form

        index = self.index

        matches = self.matches.to_dict()

        name = self.name

        open_requirements = self.open_requirements



        outcome = self.outcome

        quantity: float | int
        quantity = self.quantity

        quantity_unit = self.quantity_unit

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.to_dict()
            reasons.append(reasons_item)



        requirements = []
        for requirements_item_data in self.requirements:
            requirements_item = requirements_item_data.to_dict()
            requirements.append(requirements_item)



        workflow_status = self.workflow_status

        cleared_quantity: float | int | None | Unset
        if isinstance(self.cleared_quantity, Unset):
            cleared_quantity = UNSET
        else:
            cleared_quantity = self.cleared_quantity

        excess_quantity: float | int | Unset
        if isinstance(self.excess_quantity, Unset):
            excess_quantity = UNSET
        else:
            excess_quantity = self.excess_quantity

        expert_estimate: dict[str, Any] | None | Unset
        if isinstance(self.expert_estimate, Unset):
            expert_estimate = UNSET
        elif isinstance(self.expert_estimate, ExpertEstimate):
            expert_estimate = self.expert_estimate.to_dict()
        else:
            expert_estimate = self.expert_estimate

        identified_by_expert = self.identified_by_expert

        limit_rule: None | str | Unset
        if isinstance(self.limit_rule, Unset):
            limit_rule = UNSET
        else:
            limit_rule = self.limit_rule

        max_clearable_quantity: float | int | None | Unset
        if isinstance(self.max_clearable_quantity, Unset):
            max_clearable_quantity = UNSET
        else:
            max_clearable_quantity = self.max_clearable_quantity

        review_reason: None | str | Unset
        if isinstance(self.review_reason, Unset):
            review_reason = UNSET
        else:
            review_reason = self.review_reason

        substances: list[str] | Unset = UNSET
        if not isinstance(self.substances, Unset):
            substances = self.substances



        supply_days: float | int | None | Unset
        if isinstance(self.supply_days, Unset):
            supply_days = UNSET
        else:
            supply_days = self.supply_days

        verification = self.verification

        x3_checks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.x3_checks, Unset):
            x3_checks = []
            for x3_checks_item_data in self.x3_checks:
                x3_checks_item = x3_checks_item_data.to_dict()
                x3_checks.append(x3_checks_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "basis": basis,
            "category": category,
            "dosage_form": dosage_form,
            "index": index,
            "matches": matches,
            "name": name,
            "open_requirements": open_requirements,
            "outcome": outcome,
            "quantity": quantity,
            "quantity_unit": quantity_unit,
            "reasons": reasons,
            "requirements": requirements,
            "workflow_status": workflow_status,
        })
        if cleared_quantity is not UNSET:
            field_dict["cleared_quantity"] = cleared_quantity
        if excess_quantity is not UNSET:
            field_dict["excess_quantity"] = excess_quantity
        if expert_estimate is not UNSET:
            field_dict["expert_estimate"] = expert_estimate
        if identified_by_expert is not UNSET:
            field_dict["identified_by_expert"] = identified_by_expert
        if limit_rule is not UNSET:
            field_dict["limit_rule"] = limit_rule
        if max_clearable_quantity is not UNSET:
            field_dict["max_clearable_quantity"] = max_clearable_quantity
        if review_reason is not UNSET:
            field_dict["review_reason"] = review_reason
        if substances is not UNSET:
            field_dict["substances"] = substances
        if supply_days is not UNSET:
            field_dict["supply_days"] = supply_days
        if verification is not UNSET:
            field_dict["verification"] = verification
        if x3_checks is not UNSET:
            field_dict["x3_checks"] = x3_checks

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customs_citation import CustomsCitation # noqa: PLC0415
        from ..models.customs_reason import CustomsReason # noqa: PLC0415
        from ..models.customs_requirement import CustomsRequirement # noqa: PLC0415
        from ..models.declaration_item_matches import DeclarationItemMatches # noqa: PLC0415
        from ..models.expert_estimate import ExpertEstimate # noqa: PLC0415
        from ..models.x3_check import X3Check # noqa: PLC0415
        d = dict(src_dict)
        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = CustomsCitation.from_dict(basis_item_data)



            basis.append(basis_item)


        category = d.pop("category")

        dosage_form = d.pop("dosage_form")

        index = d.pop("index")

        matches = DeclarationItemMatches.from_dict(d.pop("matches"))




        name = d.pop("name")

        open_requirements = cast(list[str], d.pop("open_requirements"))


        outcome = d.pop("outcome")

        def _parse_quantity(data: object) -> float | int:
            return cast(float | int, data)

        quantity = _parse_quantity(d.pop("quantity"))


        quantity_unit = d.pop("quantity_unit")

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


        workflow_status = d.pop("workflow_status")

        def _parse_cleared_quantity(data: object) -> float | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | int | None | Unset, data)

        cleared_quantity = _parse_cleared_quantity(d.pop("cleared_quantity", UNSET))


        def _parse_excess_quantity(data: object) -> float | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | int | Unset, data)

        excess_quantity = _parse_excess_quantity(d.pop("excess_quantity", UNSET))


        def _parse_expert_estimate(data: object) -> ExpertEstimate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expert_estimate_type_0 = ExpertEstimate.from_dict(data)



                return expert_estimate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExpertEstimate | None | Unset, data)

        expert_estimate = _parse_expert_estimate(d.pop("expert_estimate", UNSET))


        identified_by_expert = d.pop("identified_by_expert", UNSET)

        def _parse_limit_rule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        limit_rule = _parse_limit_rule(d.pop("limit_rule", UNSET))


        def _parse_max_clearable_quantity(data: object) -> float | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | int | None | Unset, data)

        max_clearable_quantity = _parse_max_clearable_quantity(d.pop("max_clearable_quantity", UNSET))


        def _parse_review_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        review_reason = _parse_review_reason(d.pop("review_reason", UNSET))


        substances = cast(list[str], d.pop("substances", UNSET))


        def _parse_supply_days(data: object) -> float | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | int | None | Unset, data)

        supply_days = _parse_supply_days(d.pop("supply_days", UNSET))


        verification = d.pop("verification", UNSET)

        _x3_checks = d.pop("x3_checks", UNSET)
        x3_checks: list[X3Check] | Unset = UNSET
        if _x3_checks is not UNSET:
            x3_checks = []
            for x3_checks_item_data in _x3_checks:
                x3_checks_item = X3Check.from_dict(x3_checks_item_data)



                x3_checks.append(x3_checks_item)


        declaration_item = cls(
            basis=basis,
            category=category,
            dosage_form=dosage_form,
            index=index,
            matches=matches,
            name=name,
            open_requirements=open_requirements,
            outcome=outcome,
            quantity=quantity,
            quantity_unit=quantity_unit,
            reasons=reasons,
            requirements=requirements,
            workflow_status=workflow_status,
            cleared_quantity=cleared_quantity,
            excess_quantity=excess_quantity,
            expert_estimate=expert_estimate,
            identified_by_expert=identified_by_expert,
            limit_rule=limit_rule,
            max_clearable_quantity=max_clearable_quantity,
            review_reason=review_reason,
            substances=substances,
            supply_days=supply_days,
            verification=verification,
            x3_checks=x3_checks,
        )


        declaration_item.additional_properties = d
        return declaration_item

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
