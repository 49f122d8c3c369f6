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
  from ..models.customs_workflow_step import CustomsWorkflowStep
  from ..models.declaration_detail_reference_versions import DeclarationDetailReferenceVersions
  from ..models.declaration_item import DeclarationItem
  from ..models.declaration_owner import DeclarationOwner
  from ..models.declaration_verification import DeclarationVerification
  from ..models.next_action import NextAction
  from ..models.owner_responsibility import OwnerResponsibility





T = TypeVar("T", bound="DeclarationDetail")



@_attrs_define
class DeclarationDetail:
    """ A declaration with its evaluation, workflow state, steps and basis (read back as decided).

        Attributes:
            basis (list[CustomsCitation]):
            channel (str):
            customs_office (str):
            decision_date (None | str): The date the rules were applied for (ISO)
            id (str):
            items (list[DeclarationItem]):
            next_actions (list[NextAction]):
            office_has_gio_representative (bool): false: a clearance letter is written instead of stamping the receipt
                (CUS-5)
            outcome (str): The engine's overall outcome: cleared | refused | pending | out_of_scope
            owner (DeclarationOwner): The owner of the goods as declared.
            purpose (str):
            reasons (list[CustomsReason]): Reasons that concern the whole declaration
            reference_version (str):
            reference_versions (DeclarationDetailReferenceVersions): The version of each reference list the evaluation used
            requirements (list[CustomsRequirement]): Every requirement open on some item
            ruleset_version (str):
            state (str): awaiting_expert_review | awaiting_head_approval | awaiting_dg_release | awaiting_stamp | cleared |
                refused
            steps (list[CustomsWorkflowStep]):
            verification (DeclarationVerification): The declaration's SPEC X3 verification with inspections.
            version (int): Increases with each step; the ETag
            warnings (list[CustomsReason]):
            clearance_letter_date (None | str | Unset):
            clearance_letter_date_jalali (None | str | Unset):
            clearance_letter_no (None | str | Unset): Set once cleared at an office without a GIO representative
            created_at (None | str | Unset):
            created_at_jalali (None | str | Unset):
            decision_date_jalali (None | str | Unset):
            decision_id (None | str | Unset): The decision record of this answer's step (or the latest step)
            owner_responsibility (None | OwnerResponsibility | Unset): Personal use only (CUS-6.2)
            seal_id (None | str | Unset):
            stamped_at (None | str | Unset):
            stamped_at_jalali (None | str | Unset):
            stamped_by (None | str | Unset):
            warehouse_receipt_no (None | str | Unset):
     """

    basis: list[CustomsCitation]
    channel: str
    customs_office: str
    decision_date: None | str
    id: str
    items: list[DeclarationItem]
    next_actions: list[NextAction]
    office_has_gio_representative: bool
    outcome: str
    owner: DeclarationOwner
    purpose: str
    reasons: list[CustomsReason]
    reference_version: str
    reference_versions: DeclarationDetailReferenceVersions
    requirements: list[CustomsRequirement]
    ruleset_version: str
    state: str
    steps: list[CustomsWorkflowStep]
    verification: DeclarationVerification
    version: int
    warnings: list[CustomsReason]
    clearance_letter_date: None | str | Unset = UNSET
    clearance_letter_date_jalali: None | str | Unset = UNSET
    clearance_letter_no: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    created_at_jalali: None | str | Unset = UNSET
    decision_date_jalali: None | str | Unset = UNSET
    decision_id: None | str | Unset = UNSET
    owner_responsibility: None | OwnerResponsibility | Unset = UNSET
    seal_id: None | str | Unset = UNSET
    stamped_at: None | str | Unset = UNSET
    stamped_at_jalali: None | str | Unset = UNSET
    stamped_by: None | str | Unset = UNSET
    warehouse_receipt_no: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.customs_citation import CustomsCitation # noqa: PLC0415
        from ..models.customs_reason import CustomsReason # noqa: PLC0415
        from ..models.customs_requirement import CustomsRequirement # noqa: PLC0415
        from ..models.customs_workflow_step import CustomsWorkflowStep # noqa: PLC0415
        from ..models.declaration_detail_reference_versions import DeclarationDetailReferenceVersions # noqa: PLC0415
        from ..models.declaration_item import DeclarationItem # noqa: PLC0415
        from ..models.declaration_owner import DeclarationOwner # noqa: PLC0415
        from ..models.declaration_verification import DeclarationVerification # noqa: PLC0415
        from ..models.next_action import NextAction # noqa: PLC0415
        from ..models.owner_responsibility import OwnerResponsibility # noqa: PLC0415
        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        channel = self.channel

        customs_office = self.customs_office

        decision_date: None | str
        decision_date = self.decision_date

        id = self.id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        next_actions = []
        for next_actions_item_data in self.next_actions:
            next_actions_item = next_actions_item_data.to_dict()
            next_actions.append(next_actions_item)



        office_has_gio_representative = self.office_has_gio_representative

        outcome = self.outcome

        owner = self.owner.to_dict()

        purpose = self.purpose

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.to_dict()
            reasons.append(reasons_item)



        reference_version = self.reference_version

        reference_versions = self.reference_versions.to_dict()

        requirements = []
        for requirements_item_data in self.requirements:
            requirements_item = requirements_item_data.to_dict()
            requirements.append(requirements_item)



        ruleset_version = self.ruleset_version

        state = self.state

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)



        verification = self.verification.to_dict()

        version = self.version

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)



        clearance_letter_date: None | str | Unset
        if isinstance(self.clearance_letter_date, Unset):
            clearance_letter_date = UNSET
        else:
            clearance_letter_date = self.clearance_letter_date

        clearance_letter_date_jalali: None | str | Unset
        if isinstance(self.clearance_letter_date_jalali, Unset):
            clearance_letter_date_jalali = UNSET
        else:
            clearance_letter_date_jalali = self.clearance_letter_date_jalali

        clearance_letter_no: None | str | Unset
        if isinstance(self.clearance_letter_no, Unset):
            clearance_letter_no = UNSET
        else:
            clearance_letter_no = self.clearance_letter_no

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        created_at_jalali: None | str | Unset
        if isinstance(self.created_at_jalali, Unset):
            created_at_jalali = UNSET
        else:
            created_at_jalali = self.created_at_jalali

        decision_date_jalali: None | str | Unset
        if isinstance(self.decision_date_jalali, Unset):
            decision_date_jalali = UNSET
        else:
            decision_date_jalali = self.decision_date_jalali

        decision_id: None | str | Unset
        if isinstance(self.decision_id, Unset):
            decision_id = UNSET
        else:
            decision_id = self.decision_id

        owner_responsibility: dict[str, Any] | None | Unset
        if isinstance(self.owner_responsibility, Unset):
            owner_responsibility = UNSET
        elif isinstance(self.owner_responsibility, OwnerResponsibility):
            owner_responsibility = self.owner_responsibility.to_dict()
        else:
            owner_responsibility = self.owner_responsibility

        seal_id: None | str | Unset
        if isinstance(self.seal_id, Unset):
            seal_id = UNSET
        else:
            seal_id = self.seal_id

        stamped_at: None | str | Unset
        if isinstance(self.stamped_at, Unset):
            stamped_at = UNSET
        else:
            stamped_at = self.stamped_at

        stamped_at_jalali: None | str | Unset
        if isinstance(self.stamped_at_jalali, Unset):
            stamped_at_jalali = UNSET
        else:
            stamped_at_jalali = self.stamped_at_jalali

        stamped_by: None | str | Unset
        if isinstance(self.stamped_by, Unset):
            stamped_by = UNSET
        else:
            stamped_by = self.stamped_by

        warehouse_receipt_no: None | str | Unset
        if isinstance(self.warehouse_receipt_no, Unset):
            warehouse_receipt_no = UNSET
        else:
            warehouse_receipt_no = self.warehouse_receipt_no


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "basis": basis,
            "channel": channel,
            "customs_office": customs_office,
            "decision_date": decision_date,
            "id": id,
            "items": items,
            "next_actions": next_actions,
            "office_has_gio_representative": office_has_gio_representative,
            "outcome": outcome,
            "owner": owner,
            "purpose": purpose,
            "reasons": reasons,
            "reference_version": reference_version,
            "reference_versions": reference_versions,
            "requirements": requirements,
            "ruleset_version": ruleset_version,
            "state": state,
            "steps": steps,
            "verification": verification,
            "version": version,
            "warnings": warnings,
        })
        if clearance_letter_date is not UNSET:
            field_dict["clearance_letter_date"] = clearance_letter_date
        if clearance_letter_date_jalali is not UNSET:
            field_dict["clearance_letter_date_jalali"] = clearance_letter_date_jalali
        if clearance_letter_no is not UNSET:
            field_dict["clearance_letter_no"] = clearance_letter_no
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_at_jalali is not UNSET:
            field_dict["created_at_jalali"] = created_at_jalali
        if decision_date_jalali is not UNSET:
            field_dict["decision_date_jalali"] = decision_date_jalali
        if decision_id is not UNSET:
            field_dict["decision_id"] = decision_id
        if owner_responsibility is not UNSET:
            field_dict["owner_responsibility"] = owner_responsibility
        if seal_id is not UNSET:
            field_dict["seal_id"] = seal_id
        if stamped_at is not UNSET:
            field_dict["stamped_at"] = stamped_at
        if stamped_at_jalali is not UNSET:
            field_dict["stamped_at_jalali"] = stamped_at_jalali
        if stamped_by is not UNSET:
            field_dict["stamped_by"] = stamped_by
        if warehouse_receipt_no is not UNSET:
            field_dict["warehouse_receipt_no"] = warehouse_receipt_no

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customs_citation import CustomsCitation # noqa: PLC0415
        from ..models.customs_reason import CustomsReason # noqa: PLC0415
        from ..models.customs_requirement import CustomsRequirement # noqa: PLC0415
        from ..models.customs_workflow_step import CustomsWorkflowStep # noqa: PLC0415
        from ..models.declaration_detail_reference_versions import DeclarationDetailReferenceVersions # noqa: PLC0415
        from ..models.declaration_item import DeclarationItem # noqa: PLC0415
        from ..models.declaration_owner import DeclarationOwner # noqa: PLC0415
        from ..models.declaration_verification import DeclarationVerification # noqa: PLC0415
        from ..models.next_action import NextAction # noqa: PLC0415
        from ..models.owner_responsibility import OwnerResponsibility # noqa: PLC0415
        d = dict(src_dict)
        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = CustomsCitation.from_dict(basis_item_data)



            basis.append(basis_item)


        channel = d.pop("channel")

        customs_office = d.pop("customs_office")

        def _parse_decision_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_date = _parse_decision_date(d.pop("decision_date"))


        id = d.pop("id")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = DeclarationItem.from_dict(items_item_data)



            items.append(items_item)


        next_actions = []
        _next_actions = d.pop("next_actions")
        for next_actions_item_data in (_next_actions):
            next_actions_item = NextAction.from_dict(next_actions_item_data)



            next_actions.append(next_actions_item)


        office_has_gio_representative = d.pop("office_has_gio_representative")

        outcome = d.pop("outcome")

        owner = DeclarationOwner.from_dict(d.pop("owner"))




        purpose = d.pop("purpose")

        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in (_reasons):
            reasons_item = CustomsReason.from_dict(reasons_item_data)



            reasons.append(reasons_item)


        reference_version = d.pop("reference_version")

        reference_versions = DeclarationDetailReferenceVersions.from_dict(d.pop("reference_versions"))




        requirements = []
        _requirements = d.pop("requirements")
        for requirements_item_data in (_requirements):
            requirements_item = CustomsRequirement.from_dict(requirements_item_data)



            requirements.append(requirements_item)


        ruleset_version = d.pop("ruleset_version")

        state = d.pop("state")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in (_steps):
            steps_item = CustomsWorkflowStep.from_dict(steps_item_data)



            steps.append(steps_item)


        verification = DeclarationVerification.from_dict(d.pop("verification"))




        version = d.pop("version")

        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in (_warnings):
            warnings_item = CustomsReason.from_dict(warnings_item_data)



            warnings.append(warnings_item)


        def _parse_clearance_letter_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clearance_letter_date = _parse_clearance_letter_date(d.pop("clearance_letter_date", UNSET))


        def _parse_clearance_letter_date_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clearance_letter_date_jalali = _parse_clearance_letter_date_jalali(d.pop("clearance_letter_date_jalali", UNSET))


        def _parse_clearance_letter_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clearance_letter_no = _parse_clearance_letter_no(d.pop("clearance_letter_no", UNSET))


        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))


        def _parse_created_at_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at_jalali = _parse_created_at_jalali(d.pop("created_at_jalali", UNSET))


        def _parse_decision_date_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_date_jalali = _parse_decision_date_jalali(d.pop("decision_date_jalali", UNSET))


        def _parse_decision_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_id = _parse_decision_id(d.pop("decision_id", UNSET))


        def _parse_owner_responsibility(data: object) -> None | OwnerResponsibility | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_responsibility_type_0 = OwnerResponsibility.from_dict(data)



                return owner_responsibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OwnerResponsibility | Unset, data)

        owner_responsibility = _parse_owner_responsibility(d.pop("owner_responsibility", UNSET))


        def _parse_seal_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seal_id = _parse_seal_id(d.pop("seal_id", UNSET))


        def _parse_stamped_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stamped_at = _parse_stamped_at(d.pop("stamped_at", UNSET))


        def _parse_stamped_at_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stamped_at_jalali = _parse_stamped_at_jalali(d.pop("stamped_at_jalali", UNSET))


        def _parse_stamped_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stamped_by = _parse_stamped_by(d.pop("stamped_by", UNSET))


        def _parse_warehouse_receipt_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        warehouse_receipt_no = _parse_warehouse_receipt_no(d.pop("warehouse_receipt_no", UNSET))


        declaration_detail = cls(
            basis=basis,
            channel=channel,
            customs_office=customs_office,
            decision_date=decision_date,
            id=id,
            items=items,
            next_actions=next_actions,
            office_has_gio_representative=office_has_gio_representative,
            outcome=outcome,
            owner=owner,
            purpose=purpose,
            reasons=reasons,
            reference_version=reference_version,
            reference_versions=reference_versions,
            requirements=requirements,
            ruleset_version=ruleset_version,
            state=state,
            steps=steps,
            verification=verification,
            version=version,
            warnings=warnings,
            clearance_letter_date=clearance_letter_date,
            clearance_letter_date_jalali=clearance_letter_date_jalali,
            clearance_letter_no=clearance_letter_no,
            created_at=created_at,
            created_at_jalali=created_at_jalali,
            decision_date_jalali=decision_date_jalali,
            decision_id=decision_id,
            owner_responsibility=owner_responsibility,
            seal_id=seal_id,
            stamped_at=stamped_at,
            stamped_at_jalali=stamped_at_jalali,
            stamped_by=stamped_by,
            warehouse_receipt_no=warehouse_receipt_no,
        )


        declaration_detail.additional_properties = d
        return declaration_detail

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
