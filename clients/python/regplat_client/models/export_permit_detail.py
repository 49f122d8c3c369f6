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
  from ..models.customs_workflow_step import CustomsWorkflowStep
  from ..models.export_application import ExportApplication
  from ..models.export_permit_detail_identified_type_0 import ExportPermitDetailIdentifiedType0
  from ..models.export_permit_detail_permitted import ExportPermitDetailPermitted
  from ..models.export_permit_item import ExportPermitItem
  from ..models.export_workflow import ExportWorkflow
  from ..models.small_quantity_allowance import SmallQuantityAllowance





T = TypeVar("T", bound="ExportPermitDetail")



@_attrs_define
class ExportPermitDetail:
    """ An application to send medicines abroad with its evaluation, state and steps.

        Attributes:
            application (ExportApplication): Form FRM-DPNA-GIO-057 as submitted (dates ISO).
            basis (list[CustomsCitation]):
            customs_office (str):
            form (str): FRM-DPNA-GIO-057
            id (str):
            items (list[ExportPermitItem]):
            outcome (str): no_permit_needed | pending | refused
            permitted (ExportPermitDetailPermitted): Item index -> the quantity permitted to leave
            reference_version (str):
            ruleset_version (str):
            small_quantity_allowance (SmallQuantityAllowance): Whether the small-quantity allowance (CUS-6.4.2) covers the
                whole consignment, and why not.
            state (str): no_permit_needed | awaiting_expert_review | awaiting_head_approval | awaiting_dg_release | issued |
                refused
            steps (list[CustomsWorkflowStep]):
            version (int): Increases with each step; the ETag
            warnings (list[CustomsReason]):
            workflow (ExportWorkflow): Who must still decide on the application (CUS-6.4.3 note).
            created_at (None | str | Unset):
            created_at_jalali (None | str | Unset):
            decision_date (None | str | Unset):
            decision_date_jalali (None | str | Unset):
            decision_id (None | str | Unset): The decision record of this answer's step (or the latest step)
            identified (ExportPermitDetailIdentifiedType0 | None | Unset): Item index -> the expert's identification (CUS-
                ID)
            permit_letter_no (None | str | Unset): Set once the permit is issued
     """

    application: ExportApplication
    basis: list[CustomsCitation]
    customs_office: str
    form: str
    id: str
    items: list[ExportPermitItem]
    outcome: str
    permitted: ExportPermitDetailPermitted
    reference_version: str
    ruleset_version: str
    small_quantity_allowance: SmallQuantityAllowance
    state: str
    steps: list[CustomsWorkflowStep]
    version: int
    warnings: list[CustomsReason]
    workflow: ExportWorkflow
    created_at: None | str | Unset = UNSET
    created_at_jalali: None | str | Unset = UNSET
    decision_date: None | str | Unset = UNSET
    decision_date_jalali: None | str | Unset = UNSET
    decision_id: None | str | Unset = UNSET
    identified: ExportPermitDetailIdentifiedType0 | None | Unset = UNSET
    permit_letter_no: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.customs_citation import CustomsCitation # noqa: PLC0415
        from ..models.customs_reason import CustomsReason # noqa: PLC0415
        from ..models.customs_workflow_step import CustomsWorkflowStep # noqa: PLC0415
        from ..models.export_application import ExportApplication # noqa: PLC0415
        from ..models.export_permit_detail_identified_type_0 import ExportPermitDetailIdentifiedType0 # noqa: PLC0415
        from ..models.export_permit_detail_permitted import ExportPermitDetailPermitted # noqa: PLC0415
        from ..models.export_permit_item import ExportPermitItem # noqa: PLC0415
        from ..models.export_workflow import ExportWorkflow # noqa: PLC0415
        from ..models.small_quantity_allowance import SmallQuantityAllowance # noqa: PLC0415
        application = self.application.to_dict()

        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        customs_office = self.customs_office

        form = self.form

        id = self.id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        outcome = self.outcome

        permitted = self.permitted.to_dict()

        reference_version = self.reference_version

        ruleset_version = self.ruleset_version

        small_quantity_allowance = self.small_quantity_allowance.to_dict()

        state = self.state

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)



        version = self.version

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)



        workflow = self.workflow.to_dict()

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

        decision_date: None | str | Unset
        if isinstance(self.decision_date, Unset):
            decision_date = UNSET
        else:
            decision_date = self.decision_date

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

        identified: dict[str, Any] | None | Unset
        if isinstance(self.identified, Unset):
            identified = UNSET
        elif isinstance(self.identified, ExportPermitDetailIdentifiedType0):
            identified = self.identified.to_dict()
        else:
            identified = self.identified

        permit_letter_no: None | str | Unset
        if isinstance(self.permit_letter_no, Unset):
            permit_letter_no = UNSET
        else:
            permit_letter_no = self.permit_letter_no


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "application": application,
            "basis": basis,
            "customs_office": customs_office,
            "form": form,
            "id": id,
            "items": items,
            "outcome": outcome,
            "permitted": permitted,
            "reference_version": reference_version,
            "ruleset_version": ruleset_version,
            "small_quantity_allowance": small_quantity_allowance,
            "state": state,
            "steps": steps,
            "version": version,
            "warnings": warnings,
            "workflow": workflow,
        })
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_at_jalali is not UNSET:
            field_dict["created_at_jalali"] = created_at_jalali
        if decision_date is not UNSET:
            field_dict["decision_date"] = decision_date
        if decision_date_jalali is not UNSET:
            field_dict["decision_date_jalali"] = decision_date_jalali
        if decision_id is not UNSET:
            field_dict["decision_id"] = decision_id
        if identified is not UNSET:
            field_dict["identified"] = identified
        if permit_letter_no is not UNSET:
            field_dict["permit_letter_no"] = permit_letter_no

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customs_citation import CustomsCitation # noqa: PLC0415
        from ..models.customs_reason import CustomsReason # noqa: PLC0415
        from ..models.customs_workflow_step import CustomsWorkflowStep # noqa: PLC0415
        from ..models.export_application import ExportApplication # noqa: PLC0415
        from ..models.export_permit_detail_identified_type_0 import ExportPermitDetailIdentifiedType0 # noqa: PLC0415
        from ..models.export_permit_detail_permitted import ExportPermitDetailPermitted # noqa: PLC0415
        from ..models.export_permit_item import ExportPermitItem # noqa: PLC0415
        from ..models.export_workflow import ExportWorkflow # noqa: PLC0415
        from ..models.small_quantity_allowance import SmallQuantityAllowance # noqa: PLC0415
        d = dict(src_dict)
        application = ExportApplication.from_dict(d.pop("application"))




        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = CustomsCitation.from_dict(basis_item_data)



            basis.append(basis_item)


        customs_office = d.pop("customs_office")

        form = d.pop("form")

        id = d.pop("id")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = ExportPermitItem.from_dict(items_item_data)



            items.append(items_item)


        outcome = d.pop("outcome")

        permitted = ExportPermitDetailPermitted.from_dict(d.pop("permitted"))




        reference_version = d.pop("reference_version")

        ruleset_version = d.pop("ruleset_version")

        small_quantity_allowance = SmallQuantityAllowance.from_dict(d.pop("small_quantity_allowance"))




        state = d.pop("state")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in (_steps):
            steps_item = CustomsWorkflowStep.from_dict(steps_item_data)



            steps.append(steps_item)


        version = d.pop("version")

        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in (_warnings):
            warnings_item = CustomsReason.from_dict(warnings_item_data)



            warnings.append(warnings_item)


        workflow = ExportWorkflow.from_dict(d.pop("workflow"))




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


        def _parse_decision_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_date = _parse_decision_date(d.pop("decision_date", UNSET))


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


        def _parse_identified(data: object) -> ExportPermitDetailIdentifiedType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                identified_type_0 = ExportPermitDetailIdentifiedType0.from_dict(data)



                return identified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExportPermitDetailIdentifiedType0 | None | Unset, data)

        identified = _parse_identified(d.pop("identified", UNSET))


        def _parse_permit_letter_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        permit_letter_no = _parse_permit_letter_no(d.pop("permit_letter_no", UNSET))


        export_permit_detail = cls(
            application=application,
            basis=basis,
            customs_office=customs_office,
            form=form,
            id=id,
            items=items,
            outcome=outcome,
            permitted=permitted,
            reference_version=reference_version,
            ruleset_version=ruleset_version,
            small_quantity_allowance=small_quantity_allowance,
            state=state,
            steps=steps,
            version=version,
            warnings=warnings,
            workflow=workflow,
            created_at=created_at,
            created_at_jalali=created_at_jalali,
            decision_date=decision_date,
            decision_date_jalali=decision_date_jalali,
            decision_id=decision_id,
            identified=identified,
            permit_letter_no=permit_letter_no,
        )


        export_permit_detail.additional_properties = d
        return export_permit_detail

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
