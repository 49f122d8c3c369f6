from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.request_evaluation_outcome import RequestEvaluationOutcome
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.approved_course import ApprovedCourse
  from ..models.coverage_policy_match import CoveragePolicyMatch
  from ..models.criterion_outcome import CriterionOutcome
  from ..models.evaluated_guideline import EvaluatedGuideline
  from ..models.history_administration import HistoryAdministration
  from ..models.off_label_citation import OffLabelCitation





T = TypeVar("T", bound="RequestEvaluation")



@_attrs_define
class RequestEvaluation:
    """ The latest evaluation of a request against the guideline in force on its planned date (OFL-R).

        Attributes:
            basis (list[OffLabelCitation]):
            criteria (list[CriterionOutcome]):
            decision_id (str): The evaluation's decision record (GET /v1/decisions/{id})
            guideline (EvaluatedGuideline | None): null when no guideline is in force (no_guideline)
            outcome (RequestEvaluationOutcome):
            planned_date (datetime.date):
            ruleset_version (str):
            summary (str):
            summary_fa (str):
            course (ApprovedCourse | None | Unset): What an approval covers; null unless approved
            coverage_basis (list[OffLabelCitation] | None | Unset): The basis of the latest coverage decision, once one is
                recorded
            coverage_policy (CoveragePolicyMatch | None | Unset):
            history (list[HistoryAdministration] | Unset):
            matched_indications (list[str] | Unset):
            planned_date_jalali (None | str | Unset):
     """

    basis: list[OffLabelCitation]
    criteria: list[CriterionOutcome]
    decision_id: str
    guideline: EvaluatedGuideline | None
    outcome: RequestEvaluationOutcome
    planned_date: datetime.date
    ruleset_version: str
    summary: str
    summary_fa: str
    course: ApprovedCourse | None | Unset = UNSET
    coverage_basis: list[OffLabelCitation] | None | Unset = UNSET
    coverage_policy: CoveragePolicyMatch | None | Unset = UNSET
    history: list[HistoryAdministration] | Unset = UNSET
    matched_indications: list[str] | Unset = UNSET
    planned_date_jalali: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.approved_course import ApprovedCourse # noqa: PLC0415
        from ..models.coverage_policy_match import CoveragePolicyMatch # noqa: PLC0415
        from ..models.criterion_outcome import CriterionOutcome # noqa: PLC0415
        from ..models.evaluated_guideline import EvaluatedGuideline # noqa: PLC0415
        from ..models.history_administration import HistoryAdministration # noqa: PLC0415
        from ..models.off_label_citation import OffLabelCitation # noqa: PLC0415
        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)



        decision_id = self.decision_id

        guideline: dict[str, Any] | None
        if isinstance(self.guideline, EvaluatedGuideline):
            guideline = self.guideline.to_dict()
        else:
            guideline = self.guideline

        outcome = self.outcome.value

        planned_date = self.planned_date.isoformat()

        ruleset_version = self.ruleset_version

        summary = self.summary

        summary_fa = self.summary_fa

        course: dict[str, Any] | None | Unset
        if isinstance(self.course, Unset):
            course = UNSET
        elif isinstance(self.course, ApprovedCourse):
            course = self.course.to_dict()
        else:
            course = self.course

        coverage_basis: list[dict[str, Any]] | None | Unset
        if isinstance(self.coverage_basis, Unset):
            coverage_basis = UNSET
        elif isinstance(self.coverage_basis, list):
            coverage_basis = []
            for coverage_basis_type_0_item_data in self.coverage_basis:
                coverage_basis_type_0_item = coverage_basis_type_0_item_data.to_dict()
                coverage_basis.append(coverage_basis_type_0_item)


        else:
            coverage_basis = self.coverage_basis

        coverage_policy: dict[str, Any] | None | Unset
        if isinstance(self.coverage_policy, Unset):
            coverage_policy = UNSET
        elif isinstance(self.coverage_policy, CoveragePolicyMatch):
            coverage_policy = self.coverage_policy.to_dict()
        else:
            coverage_policy = self.coverage_policy

        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)



        matched_indications: list[str] | Unset = UNSET
        if not isinstance(self.matched_indications, Unset):
            matched_indications = self.matched_indications



        planned_date_jalali: None | str | Unset
        if isinstance(self.planned_date_jalali, Unset):
            planned_date_jalali = UNSET
        else:
            planned_date_jalali = self.planned_date_jalali


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "basis": basis,
            "criteria": criteria,
            "decision_id": decision_id,
            "guideline": guideline,
            "outcome": outcome,
            "planned_date": planned_date,
            "ruleset_version": ruleset_version,
            "summary": summary,
            "summary_fa": summary_fa,
        })
        if course is not UNSET:
            field_dict["course"] = course
        if coverage_basis is not UNSET:
            field_dict["coverage_basis"] = coverage_basis
        if coverage_policy is not UNSET:
            field_dict["coverage_policy"] = coverage_policy
        if history is not UNSET:
            field_dict["history"] = history
        if matched_indications is not UNSET:
            field_dict["matched_indications"] = matched_indications
        if planned_date_jalali is not UNSET:
            field_dict["planned_date_jalali"] = planned_date_jalali

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.approved_course import ApprovedCourse # noqa: PLC0415
        from ..models.coverage_policy_match import CoveragePolicyMatch # noqa: PLC0415
        from ..models.criterion_outcome import CriterionOutcome # noqa: PLC0415
        from ..models.evaluated_guideline import EvaluatedGuideline # noqa: PLC0415
        from ..models.history_administration import HistoryAdministration # noqa: PLC0415
        from ..models.off_label_citation import OffLabelCitation # noqa: PLC0415
        d = dict(src_dict)
        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = OffLabelCitation.from_dict(basis_item_data)



            basis.append(basis_item)


        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in (_criteria):
            criteria_item = CriterionOutcome.from_dict(criteria_item_data)



            criteria.append(criteria_item)


        decision_id = d.pop("decision_id")

        def _parse_guideline(data: object) -> EvaluatedGuideline | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                guideline_type_0 = EvaluatedGuideline.from_dict(data)



                return guideline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluatedGuideline | None, data)

        guideline = _parse_guideline(d.pop("guideline"))


        outcome = RequestEvaluationOutcome(d.pop("outcome"))




        planned_date = datetime.date.fromisoformat(d.pop("planned_date"))




        ruleset_version = d.pop("ruleset_version")

        summary = d.pop("summary")

        summary_fa = d.pop("summary_fa")

        def _parse_course(data: object) -> ApprovedCourse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                course_type_0 = ApprovedCourse.from_dict(data)



                return course_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApprovedCourse | None | Unset, data)

        course = _parse_course(d.pop("course", UNSET))


        def _parse_coverage_basis(data: object) -> list[OffLabelCitation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                coverage_basis_type_0 = []
                _coverage_basis_type_0 = data
                for coverage_basis_type_0_item_data in (_coverage_basis_type_0):
                    coverage_basis_type_0_item = OffLabelCitation.from_dict(coverage_basis_type_0_item_data)



                    coverage_basis_type_0.append(coverage_basis_type_0_item)

                return coverage_basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OffLabelCitation] | None | Unset, data)

        coverage_basis = _parse_coverage_basis(d.pop("coverage_basis", UNSET))


        def _parse_coverage_policy(data: object) -> CoveragePolicyMatch | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coverage_policy_type_0 = CoveragePolicyMatch.from_dict(data)



                return coverage_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CoveragePolicyMatch | None | Unset, data)

        coverage_policy = _parse_coverage_policy(d.pop("coverage_policy", UNSET))


        _history = d.pop("history", UNSET)
        history: list[HistoryAdministration] | Unset = UNSET
        if _history is not UNSET:
            history = []
            for history_item_data in _history:
                history_item = HistoryAdministration.from_dict(history_item_data)



                history.append(history_item)


        matched_indications = cast(list[str], d.pop("matched_indications", UNSET))


        def _parse_planned_date_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        planned_date_jalali = _parse_planned_date_jalali(d.pop("planned_date_jalali", UNSET))


        request_evaluation = cls(
            basis=basis,
            criteria=criteria,
            decision_id=decision_id,
            guideline=guideline,
            outcome=outcome,
            planned_date=planned_date,
            ruleset_version=ruleset_version,
            summary=summary,
            summary_fa=summary_fa,
            course=course,
            coverage_basis=coverage_basis,
            coverage_policy=coverage_policy,
            history=history,
            matched_indications=matched_indications,
            planned_date_jalali=planned_date_jalali,
        )


        request_evaluation.additional_properties = d
        return request_evaluation

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
