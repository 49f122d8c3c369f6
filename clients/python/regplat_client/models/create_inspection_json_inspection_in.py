from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.create_inspection_json_inspection_in_answer_in import CreateInspectionJsonInspectionInAnswerIn
  from ..models.create_inspection_json_inspection_in_evidence_in import CreateInspectionJsonInspectionInEvidenceIn





T = TypeVar("T", bound="CreateInspectionJsonInspectionIn")



@_attrs_define
class CreateInspectionJsonInspectionIn:
    """ 
        Attributes:
            answers (list[CreateInspectionJsonInspectionInAnswerIn]):
            inspected_on (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits accepted
            checklist_version (None | str | Unset):
            evidence (list[CreateInspectionJsonInspectionInEvidenceIn] | Unset):
            summary (None | str | Unset):
     """

    answers: list[CreateInspectionJsonInspectionInAnswerIn]
    inspected_on: str
    checklist_version: None | str | Unset = UNSET
    evidence: list[CreateInspectionJsonInspectionInEvidenceIn] | Unset = UNSET
    summary: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.create_inspection_json_inspection_in_answer_in import CreateInspectionJsonInspectionInAnswerIn # noqa: PLC0415
        from ..models.create_inspection_json_inspection_in_evidence_in import CreateInspectionJsonInspectionInEvidenceIn # noqa: PLC0415
        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)



        inspected_on = self.inspected_on

        checklist_version: None | str | Unset
        if isinstance(self.checklist_version, Unset):
            checklist_version = UNSET
        else:
            checklist_version = self.checklist_version

        evidence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = []
            for evidence_item_data in self.evidence:
                evidence_item = evidence_item_data.to_dict()
                evidence.append(evidence_item)



        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "answers": answers,
            "inspected_on": inspected_on,
        })
        if checklist_version is not UNSET:
            field_dict["checklist_version"] = checklist_version
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_inspection_json_inspection_in_answer_in import CreateInspectionJsonInspectionInAnswerIn # noqa: PLC0415
        from ..models.create_inspection_json_inspection_in_evidence_in import CreateInspectionJsonInspectionInEvidenceIn # noqa: PLC0415
        d = dict(src_dict)
        answers = []
        _answers = d.pop("answers")
        for answers_item_data in (_answers):
            answers_item = CreateInspectionJsonInspectionInAnswerIn.from_dict(answers_item_data)



            answers.append(answers_item)


        inspected_on = d.pop("inspected_on")

        def _parse_checklist_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        checklist_version = _parse_checklist_version(d.pop("checklist_version", UNSET))


        _evidence = d.pop("evidence", UNSET)
        evidence: list[CreateInspectionJsonInspectionInEvidenceIn] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = CreateInspectionJsonInspectionInEvidenceIn.from_dict(evidence_item_data)



                evidence.append(evidence_item)


        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))


        create_inspection_json_inspection_in = cls(
            answers=answers,
            inspected_on=inspected_on,
            checklist_version=checklist_version,
            evidence=evidence,
            summary=summary,
        )

        return create_inspection_json_inspection_in

