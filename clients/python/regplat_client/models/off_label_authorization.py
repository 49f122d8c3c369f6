from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.administration_check import AdministrationCheck
  from ..models.approved_course import ApprovedCourse
  from ..models.evaluated_guideline import EvaluatedGuideline
  from ..models.off_label_citation import OffLabelCitation
  from ..models.recorded_administration_date import RecordedAdministrationDate





T = TypeVar("T", bound="OffLabelAuthorization")



@_attrs_define
class OffLabelAuthorization:
    """ One authorization (the approved request's facts): approved, covered, the course and, with a date, that
    administration.

        Attributes:
            administration (AdministrationCheck | None): The administration on the date asked about; null without a date
            administrations_recorded (list[RecordedAdministrationDate]):
            answered_at (datetime.datetime):
            approved (bool):
            authorization_id (str): The request's id
            authorized_and_covered (bool): Approved, the administration (if a date was given) inside the course, and covered
            basis (list[OffLabelCitation]):
            covered (bool | None): The insurer's decision; null while none is recorded
            drug (str): The drug's INN
            evaluation_decision_id (str):
            patient_national_code_masked (str): e.g. 008*****48
            ruleset_version (str):
            status (str): The request's status (approved, denied, pending_documents, ...)
            answered_at_jalali (None | str | Unset):
            course (ApprovedCourse | None | Unset):
            coverage_decision_id (None | str | Unset):
            coverage_reason (None | str | Unset):
            eye (None | str | Unset):
            guideline (EvaluatedGuideline | None | Unset):
            insurer (None | str | Unset):
            route (None | str | Unset):
            site (None | str | Unset):
            valid_from (datetime.date | None | Unset):
            valid_from_jalali (None | str | Unset):
            valid_until (datetime.date | None | Unset):
            valid_until_jalali (None | str | Unset):
     """

    administration: AdministrationCheck | None
    administrations_recorded: list[RecordedAdministrationDate]
    answered_at: datetime.datetime
    approved: bool
    authorization_id: str
    authorized_and_covered: bool
    basis: list[OffLabelCitation]
    covered: bool | None
    drug: str
    evaluation_decision_id: str
    patient_national_code_masked: str
    ruleset_version: str
    status: str
    answered_at_jalali: None | str | Unset = UNSET
    course: ApprovedCourse | None | Unset = UNSET
    coverage_decision_id: None | str | Unset = UNSET
    coverage_reason: None | str | Unset = UNSET
    eye: None | str | Unset = UNSET
    guideline: EvaluatedGuideline | None | Unset = UNSET
    insurer: None | str | Unset = UNSET
    route: None | str | Unset = UNSET
    site: None | str | Unset = UNSET
    valid_from: datetime.date | None | Unset = UNSET
    valid_from_jalali: None | str | Unset = UNSET
    valid_until: datetime.date | None | Unset = UNSET
    valid_until_jalali: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.administration_check import AdministrationCheck # noqa: PLC0415
        from ..models.approved_course import ApprovedCourse # noqa: PLC0415
        from ..models.evaluated_guideline import EvaluatedGuideline # noqa: PLC0415
        from ..models.off_label_citation import OffLabelCitation # noqa: PLC0415
        from ..models.recorded_administration_date import RecordedAdministrationDate # noqa: PLC0415
        administration: dict[str, Any] | None
        if isinstance(self.administration, AdministrationCheck):
            administration = self.administration.to_dict()
        else:
            administration = self.administration

        administrations_recorded = []
        for administrations_recorded_item_data in self.administrations_recorded:
            administrations_recorded_item = administrations_recorded_item_data.to_dict()
            administrations_recorded.append(administrations_recorded_item)



        answered_at = self.answered_at.isoformat()

        approved = self.approved

        authorization_id = self.authorization_id

        authorized_and_covered = self.authorized_and_covered

        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        covered: bool | None
        covered = self.covered

        drug = self.drug

        evaluation_decision_id = self.evaluation_decision_id

        patient_national_code_masked = self.patient_national_code_masked

        ruleset_version = self.ruleset_version

        status = self.status

        answered_at_jalali: None | str | Unset
        if isinstance(self.answered_at_jalali, Unset):
            answered_at_jalali = UNSET
        else:
            answered_at_jalali = self.answered_at_jalali

        course: dict[str, Any] | None | Unset
        if isinstance(self.course, Unset):
            course = UNSET
        elif isinstance(self.course, ApprovedCourse):
            course = self.course.to_dict()
        else:
            course = self.course

        coverage_decision_id: None | str | Unset
        if isinstance(self.coverage_decision_id, Unset):
            coverage_decision_id = UNSET
        else:
            coverage_decision_id = self.coverage_decision_id

        coverage_reason: None | str | Unset
        if isinstance(self.coverage_reason, Unset):
            coverage_reason = UNSET
        else:
            coverage_reason = self.coverage_reason

        eye: None | str | Unset
        if isinstance(self.eye, Unset):
            eye = UNSET
        else:
            eye = self.eye

        guideline: dict[str, Any] | None | Unset
        if isinstance(self.guideline, Unset):
            guideline = UNSET
        elif isinstance(self.guideline, EvaluatedGuideline):
            guideline = self.guideline.to_dict()
        else:
            guideline = self.guideline

        insurer: None | str | Unset
        if isinstance(self.insurer, Unset):
            insurer = UNSET
        else:
            insurer = self.insurer

        route: None | str | Unset
        if isinstance(self.route, Unset):
            route = UNSET
        else:
            route = self.route

        site: None | str | Unset
        if isinstance(self.site, Unset):
            site = UNSET
        else:
            site = self.site

        valid_from: None | str | Unset
        if isinstance(self.valid_from, Unset):
            valid_from = UNSET
        elif isinstance(self.valid_from, datetime.date):
            valid_from = self.valid_from.isoformat()
        else:
            valid_from = self.valid_from

        valid_from_jalali: None | str | Unset
        if isinstance(self.valid_from_jalali, Unset):
            valid_from_jalali = UNSET
        else:
            valid_from_jalali = self.valid_from_jalali

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        valid_until_jalali: None | str | Unset
        if isinstance(self.valid_until_jalali, Unset):
            valid_until_jalali = UNSET
        else:
            valid_until_jalali = self.valid_until_jalali


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "administration": administration,
            "administrations_recorded": administrations_recorded,
            "answered_at": answered_at,
            "approved": approved,
            "authorization_id": authorization_id,
            "authorized_and_covered": authorized_and_covered,
            "basis": basis,
            "covered": covered,
            "drug": drug,
            "evaluation_decision_id": evaluation_decision_id,
            "patient_national_code_masked": patient_national_code_masked,
            "ruleset_version": ruleset_version,
            "status": status,
        })
        if answered_at_jalali is not UNSET:
            field_dict["answered_at_jalali"] = answered_at_jalali
        if course is not UNSET:
            field_dict["course"] = course
        if coverage_decision_id is not UNSET:
            field_dict["coverage_decision_id"] = coverage_decision_id
        if coverage_reason is not UNSET:
            field_dict["coverage_reason"] = coverage_reason
        if eye is not UNSET:
            field_dict["eye"] = eye
        if guideline is not UNSET:
            field_dict["guideline"] = guideline
        if insurer is not UNSET:
            field_dict["insurer"] = insurer
        if route is not UNSET:
            field_dict["route"] = route
        if site is not UNSET:
            field_dict["site"] = site
        if valid_from is not UNSET:
            field_dict["valid_from"] = valid_from
        if valid_from_jalali is not UNSET:
            field_dict["valid_from_jalali"] = valid_from_jalali
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until
        if valid_until_jalali is not UNSET:
            field_dict["valid_until_jalali"] = valid_until_jalali

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.administration_check import AdministrationCheck # noqa: PLC0415
        from ..models.approved_course import ApprovedCourse # noqa: PLC0415
        from ..models.evaluated_guideline import EvaluatedGuideline # noqa: PLC0415
        from ..models.off_label_citation import OffLabelCitation # noqa: PLC0415
        from ..models.recorded_administration_date import RecordedAdministrationDate # noqa: PLC0415
        d = dict(src_dict)
        def _parse_administration(data: object) -> AdministrationCheck | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                administration_type_0 = AdministrationCheck.from_dict(data)



                return administration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdministrationCheck | None, data)

        administration = _parse_administration(d.pop("administration"))


        administrations_recorded = []
        _administrations_recorded = d.pop("administrations_recorded")
        for administrations_recorded_item_data in (_administrations_recorded):
            administrations_recorded_item = RecordedAdministrationDate.from_dict(administrations_recorded_item_data)



            administrations_recorded.append(administrations_recorded_item)


        answered_at = datetime.datetime.fromisoformat(d.pop("answered_at"))




        approved = d.pop("approved")

        authorization_id = d.pop("authorization_id")

        authorized_and_covered = d.pop("authorized_and_covered")

        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = OffLabelCitation.from_dict(basis_item_data)



            basis.append(basis_item)


        def _parse_covered(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        covered = _parse_covered(d.pop("covered"))


        drug = d.pop("drug")

        evaluation_decision_id = d.pop("evaluation_decision_id")

        patient_national_code_masked = d.pop("patient_national_code_masked")

        ruleset_version = d.pop("ruleset_version")

        status = d.pop("status")

        def _parse_answered_at_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        answered_at_jalali = _parse_answered_at_jalali(d.pop("answered_at_jalali", UNSET))


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


        def _parse_coverage_decision_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coverage_decision_id = _parse_coverage_decision_id(d.pop("coverage_decision_id", UNSET))


        def _parse_coverage_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coverage_reason = _parse_coverage_reason(d.pop("coverage_reason", UNSET))


        def _parse_eye(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        eye = _parse_eye(d.pop("eye", UNSET))


        def _parse_guideline(data: object) -> EvaluatedGuideline | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                guideline_type_0 = EvaluatedGuideline.from_dict(data)



                return guideline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluatedGuideline | None | Unset, data)

        guideline = _parse_guideline(d.pop("guideline", UNSET))


        def _parse_insurer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        insurer = _parse_insurer(d.pop("insurer", UNSET))


        def _parse_route(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        route = _parse_route(d.pop("route", UNSET))


        def _parse_site(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site = _parse_site(d.pop("site", UNSET))


        def _parse_valid_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_from_type_0 = datetime.date.fromisoformat(data)



                return valid_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_from = _parse_valid_from(d.pop("valid_from", UNSET))


        def _parse_valid_from_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        valid_from_jalali = _parse_valid_from_jalali(d.pop("valid_from_jalali", UNSET))


        def _parse_valid_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)



                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_until = _parse_valid_until(d.pop("valid_until", UNSET))


        def _parse_valid_until_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        valid_until_jalali = _parse_valid_until_jalali(d.pop("valid_until_jalali", UNSET))


        off_label_authorization = cls(
            administration=administration,
            administrations_recorded=administrations_recorded,
            answered_at=answered_at,
            approved=approved,
            authorization_id=authorization_id,
            authorized_and_covered=authorized_and_covered,
            basis=basis,
            covered=covered,
            drug=drug,
            evaluation_decision_id=evaluation_decision_id,
            patient_national_code_masked=patient_national_code_masked,
            ruleset_version=ruleset_version,
            status=status,
            answered_at_jalali=answered_at_jalali,
            course=course,
            coverage_decision_id=coverage_decision_id,
            coverage_reason=coverage_reason,
            eye=eye,
            guideline=guideline,
            insurer=insurer,
            route=route,
            site=site,
            valid_from=valid_from,
            valid_from_jalali=valid_from_jalali,
            valid_until=valid_until,
            valid_until_jalali=valid_until_jalali,
        )


        off_label_authorization.additional_properties = d
        return off_label_authorization

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
