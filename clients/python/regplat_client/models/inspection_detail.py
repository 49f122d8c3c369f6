from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.inspection_detail_outcome import InspectionDetailOutcome
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.inspection_answer import InspectionAnswer
  from ..models.inspection_evidence_ref import InspectionEvidenceRef
  from ..models.violation_summary import ViolationSummary





T = TypeVar("T", bound="InspectionDetail")



@_attrs_define
class InspectionDetail:
    """ A recorded inspection: the answers, the evidence files and the violations it found.

        Attributes:
            answers (list[InspectionAnswer]):
            center_id (str):
            checklist_version (str):
            decision_id (str): The decision record of the inspection
            evidence (list[InspectionEvidenceRef]):
            id (str):
            inspected_on (datetime.date):
            inspected_on_jalali (None | str):
            inspector (str): The inspector's token subject
            outcome (InspectionDetailOutcome):
            summary (None | str):
            university (str):
            violations (list[ViolationSummary]): One per non_compliant answer
     """

    answers: list[InspectionAnswer]
    center_id: str
    checklist_version: str
    decision_id: str
    evidence: list[InspectionEvidenceRef]
    id: str
    inspected_on: datetime.date
    inspected_on_jalali: None | str
    inspector: str
    outcome: InspectionDetailOutcome
    summary: None | str
    university: str
    violations: list[ViolationSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.inspection_answer import InspectionAnswer # noqa: PLC0415
        from ..models.inspection_evidence_ref import InspectionEvidenceRef # noqa: PLC0415
        from ..models.violation_summary import ViolationSummary # noqa: PLC0415
        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)



        center_id = self.center_id

        checklist_version = self.checklist_version

        decision_id = self.decision_id

        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)



        id = self.id

        inspected_on = self.inspected_on.isoformat()

        inspected_on_jalali: None | str
        inspected_on_jalali = self.inspected_on_jalali

        inspector = self.inspector

        outcome = self.outcome.value

        summary: None | str
        summary = self.summary

        university = self.university

        violations = []
        for violations_item_data in self.violations:
            violations_item = violations_item_data.to_dict()
            violations.append(violations_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "answers": answers,
            "center_id": center_id,
            "checklist_version": checklist_version,
            "decision_id": decision_id,
            "evidence": evidence,
            "id": id,
            "inspected_on": inspected_on,
            "inspected_on_jalali": inspected_on_jalali,
            "inspector": inspector,
            "outcome": outcome,
            "summary": summary,
            "university": university,
            "violations": violations,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inspection_answer import InspectionAnswer # noqa: PLC0415
        from ..models.inspection_evidence_ref import InspectionEvidenceRef # noqa: PLC0415
        from ..models.violation_summary import ViolationSummary # noqa: PLC0415
        d = dict(src_dict)
        answers = []
        _answers = d.pop("answers")
        for answers_item_data in (_answers):
            answers_item = InspectionAnswer.from_dict(answers_item_data)



            answers.append(answers_item)


        center_id = d.pop("center_id")

        checklist_version = d.pop("checklist_version")

        decision_id = d.pop("decision_id")

        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in (_evidence):
            evidence_item = InspectionEvidenceRef.from_dict(evidence_item_data)



            evidence.append(evidence_item)


        id = d.pop("id")

        inspected_on = datetime.date.fromisoformat(d.pop("inspected_on"))




        def _parse_inspected_on_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        inspected_on_jalali = _parse_inspected_on_jalali(d.pop("inspected_on_jalali"))


        inspector = d.pop("inspector")

        outcome = InspectionDetailOutcome(d.pop("outcome"))




        def _parse_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        summary = _parse_summary(d.pop("summary"))


        university = d.pop("university")

        violations = []
        _violations = d.pop("violations")
        for violations_item_data in (_violations):
            violations_item = ViolationSummary.from_dict(violations_item_data)



            violations.append(violations_item)


        inspection_detail = cls(
            answers=answers,
            center_id=center_id,
            checklist_version=checklist_version,
            decision_id=decision_id,
            evidence=evidence,
            id=id,
            inspected_on=inspected_on,
            inspected_on_jalali=inspected_on_jalali,
            inspector=inspector,
            outcome=outcome,
            summary=summary,
            university=university,
            violations=violations,
        )


        inspection_detail.additional_properties = d
        return inspection_detail

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
