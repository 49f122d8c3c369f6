from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.off_label_request_detail_eye_type_0 import OffLabelRequestDetailEyeType0
from ..models.off_label_request_detail_status import OffLabelRequestDetailStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.approved_course import ApprovedCourse
  from ..models.earlier_injection import EarlierInjection
  from ..models.informed_consent_record import InformedConsentRecord
  from ..models.request_authorization import RequestAuthorization
  from ..models.request_coverage import RequestCoverage
  from ..models.request_document import RequestDocument
  from ..models.request_evaluation import RequestEvaluation
  from ..models.request_physician import RequestPhysician





T = TypeVar("T", bound="OffLabelRequestDetail")



@_attrs_define
class OffLabelRequestDetail:
    """ An off-label request with its latest evaluation, authorization and coverage (OFL-R, OFL-I).

        Attributes:
            comorbidities_icd10 (list[str]):
            created_at (datetime.datetime):
            decision_id (str): The latest evaluation's decision record
            diagnosis_icd10 (str):
            documents (list[RequestDocument]):
            dose (float): The dose per administration, in dose_unit
            dose_unit (str):
            drug (str):
            earlier_injections (list[EarlierInjection]):
            evaluation (RequestEvaluation): The latest evaluation of a request against the guideline in force on its planned
                date (OFL-R).
            id (str):
            patient_national_code (str):
            physician (RequestPhysician): The filing physician, from the token's claims.
            planned_date (datetime.date):
            ruleset_version (str):
            status (OffLabelRequestDetailStatus):
            updated_at (datetime.datetime):
            version (int): Bumped on every change; the ETag
            authorization (None | RequestAuthorization | Unset): Present when approved
            care_setting (None | str | Unset):
            contraindications (list[str] | None | Unset): Declared contraindication codes; null: not declared yet
            course (ApprovedCourse | None | Unset): What the approval covers; null unless approved
            coverage (None | RequestCoverage | Unset): Present once the insurer recorded a decision
            created_at_jalali (None | str | Unset):
            dose_mg (float | None | Unset): The dose in mg when dose_unit is mg
            eye (None | OffLabelRequestDetailEyeType0 | Unset):
            informed_consent (InformedConsentRecord | None | Unset):
            insurer (None | str | Unset):
            planned_date_jalali (None | str | Unset):
            preparation (None | str | Unset):
            route (None | str | Unset):
            site (None | str | Unset): The body site, when the guideline has one
            updated_at_jalali (None | str | Unset):
     """

    comorbidities_icd10: list[str]
    created_at: datetime.datetime
    decision_id: str
    diagnosis_icd10: str
    documents: list[RequestDocument]
    dose: float
    dose_unit: str
    drug: str
    earlier_injections: list[EarlierInjection]
    evaluation: RequestEvaluation
    id: str
    patient_national_code: str
    physician: RequestPhysician
    planned_date: datetime.date
    ruleset_version: str
    status: OffLabelRequestDetailStatus
    updated_at: datetime.datetime
    version: int
    authorization: None | RequestAuthorization | Unset = UNSET
    care_setting: None | str | Unset = UNSET
    contraindications: list[str] | None | Unset = UNSET
    course: ApprovedCourse | None | Unset = UNSET
    coverage: None | RequestCoverage | Unset = UNSET
    created_at_jalali: None | str | Unset = UNSET
    dose_mg: float | None | Unset = UNSET
    eye: None | OffLabelRequestDetailEyeType0 | Unset = UNSET
    informed_consent: InformedConsentRecord | None | Unset = UNSET
    insurer: None | str | Unset = UNSET
    planned_date_jalali: None | str | Unset = UNSET
    preparation: None | str | Unset = UNSET
    route: None | str | Unset = UNSET
    site: None | str | Unset = UNSET
    updated_at_jalali: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.approved_course import ApprovedCourse # noqa: PLC0415
        from ..models.earlier_injection import EarlierInjection # noqa: PLC0415
        from ..models.informed_consent_record import InformedConsentRecord # noqa: PLC0415
        from ..models.request_authorization import RequestAuthorization # noqa: PLC0415
        from ..models.request_coverage import RequestCoverage # noqa: PLC0415
        from ..models.request_document import RequestDocument # noqa: PLC0415
        from ..models.request_evaluation import RequestEvaluation # noqa: PLC0415
        from ..models.request_physician import RequestPhysician # noqa: PLC0415
        comorbidities_icd10 = self.comorbidities_icd10



        created_at = self.created_at.isoformat()

        decision_id = self.decision_id

        diagnosis_icd10 = self.diagnosis_icd10

        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)



        dose = self.dose

        dose_unit = self.dose_unit

        drug = self.drug

        earlier_injections = []
        for earlier_injections_item_data in self.earlier_injections:
            earlier_injections_item = earlier_injections_item_data.to_dict()
            earlier_injections.append(earlier_injections_item)



        evaluation = self.evaluation.to_dict()

        id = self.id

        patient_national_code = self.patient_national_code

        physician = self.physician.to_dict()

        planned_date = self.planned_date.isoformat()

        ruleset_version = self.ruleset_version

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        version = self.version

        authorization: dict[str, Any] | None | Unset
        if isinstance(self.authorization, Unset):
            authorization = UNSET
        elif isinstance(self.authorization, RequestAuthorization):
            authorization = self.authorization.to_dict()
        else:
            authorization = self.authorization

        care_setting: None | str | Unset
        if isinstance(self.care_setting, Unset):
            care_setting = UNSET
        else:
            care_setting = self.care_setting

        contraindications: list[str] | None | Unset
        if isinstance(self.contraindications, Unset):
            contraindications = UNSET
        elif isinstance(self.contraindications, list):
            contraindications = self.contraindications


        else:
            contraindications = self.contraindications

        course: dict[str, Any] | None | Unset
        if isinstance(self.course, Unset):
            course = UNSET
        elif isinstance(self.course, ApprovedCourse):
            course = self.course.to_dict()
        else:
            course = self.course

        coverage: dict[str, Any] | None | Unset
        if isinstance(self.coverage, Unset):
            coverage = UNSET
        elif isinstance(self.coverage, RequestCoverage):
            coverage = self.coverage.to_dict()
        else:
            coverage = self.coverage

        created_at_jalali: None | str | Unset
        if isinstance(self.created_at_jalali, Unset):
            created_at_jalali = UNSET
        else:
            created_at_jalali = self.created_at_jalali

        dose_mg: float | None | Unset
        if isinstance(self.dose_mg, Unset):
            dose_mg = UNSET
        else:
            dose_mg = self.dose_mg

        eye: None | str | Unset
        if isinstance(self.eye, Unset):
            eye = UNSET
        elif isinstance(self.eye, OffLabelRequestDetailEyeType0):
            eye = self.eye.value
        else:
            eye = self.eye

        informed_consent: dict[str, Any] | None | Unset
        if isinstance(self.informed_consent, Unset):
            informed_consent = UNSET
        elif isinstance(self.informed_consent, InformedConsentRecord):
            informed_consent = self.informed_consent.to_dict()
        else:
            informed_consent = self.informed_consent

        insurer: None | str | Unset
        if isinstance(self.insurer, Unset):
            insurer = UNSET
        else:
            insurer = self.insurer

        planned_date_jalali: None | str | Unset
        if isinstance(self.planned_date_jalali, Unset):
            planned_date_jalali = UNSET
        else:
            planned_date_jalali = self.planned_date_jalali

        preparation: None | str | Unset
        if isinstance(self.preparation, Unset):
            preparation = UNSET
        else:
            preparation = self.preparation

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

        updated_at_jalali: None | str | Unset
        if isinstance(self.updated_at_jalali, Unset):
            updated_at_jalali = UNSET
        else:
            updated_at_jalali = self.updated_at_jalali


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "comorbidities_icd10": comorbidities_icd10,
            "created_at": created_at,
            "decision_id": decision_id,
            "diagnosis_icd10": diagnosis_icd10,
            "documents": documents,
            "dose": dose,
            "dose_unit": dose_unit,
            "drug": drug,
            "earlier_injections": earlier_injections,
            "evaluation": evaluation,
            "id": id,
            "patient_national_code": patient_national_code,
            "physician": physician,
            "planned_date": planned_date,
            "ruleset_version": ruleset_version,
            "status": status,
            "updated_at": updated_at,
            "version": version,
        })
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if care_setting is not UNSET:
            field_dict["care_setting"] = care_setting
        if contraindications is not UNSET:
            field_dict["contraindications"] = contraindications
        if course is not UNSET:
            field_dict["course"] = course
        if coverage is not UNSET:
            field_dict["coverage"] = coverage
        if created_at_jalali is not UNSET:
            field_dict["created_at_jalali"] = created_at_jalali
        if dose_mg is not UNSET:
            field_dict["dose_mg"] = dose_mg
        if eye is not UNSET:
            field_dict["eye"] = eye
        if informed_consent is not UNSET:
            field_dict["informed_consent"] = informed_consent
        if insurer is not UNSET:
            field_dict["insurer"] = insurer
        if planned_date_jalali is not UNSET:
            field_dict["planned_date_jalali"] = planned_date_jalali
        if preparation is not UNSET:
            field_dict["preparation"] = preparation
        if route is not UNSET:
            field_dict["route"] = route
        if site is not UNSET:
            field_dict["site"] = site
        if updated_at_jalali is not UNSET:
            field_dict["updated_at_jalali"] = updated_at_jalali

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.approved_course import ApprovedCourse # noqa: PLC0415
        from ..models.earlier_injection import EarlierInjection # noqa: PLC0415
        from ..models.informed_consent_record import InformedConsentRecord # noqa: PLC0415
        from ..models.request_authorization import RequestAuthorization # noqa: PLC0415
        from ..models.request_coverage import RequestCoverage # noqa: PLC0415
        from ..models.request_document import RequestDocument # noqa: PLC0415
        from ..models.request_evaluation import RequestEvaluation # noqa: PLC0415
        from ..models.request_physician import RequestPhysician # noqa: PLC0415
        d = dict(src_dict)
        comorbidities_icd10 = cast(list[str], d.pop("comorbidities_icd10"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        decision_id = d.pop("decision_id")

        diagnosis_icd10 = d.pop("diagnosis_icd10")

        documents = []
        _documents = d.pop("documents")
        for documents_item_data in (_documents):
            documents_item = RequestDocument.from_dict(documents_item_data)



            documents.append(documents_item)


        dose = d.pop("dose")

        dose_unit = d.pop("dose_unit")

        drug = d.pop("drug")

        earlier_injections = []
        _earlier_injections = d.pop("earlier_injections")
        for earlier_injections_item_data in (_earlier_injections):
            earlier_injections_item = EarlierInjection.from_dict(earlier_injections_item_data)



            earlier_injections.append(earlier_injections_item)


        evaluation = RequestEvaluation.from_dict(d.pop("evaluation"))




        id = d.pop("id")

        patient_national_code = d.pop("patient_national_code")

        physician = RequestPhysician.from_dict(d.pop("physician"))




        planned_date = datetime.date.fromisoformat(d.pop("planned_date"))




        ruleset_version = d.pop("ruleset_version")

        status = OffLabelRequestDetailStatus(d.pop("status"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        def _parse_authorization(data: object) -> None | RequestAuthorization | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                authorization_type_0 = RequestAuthorization.from_dict(data)



                return authorization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequestAuthorization | Unset, data)

        authorization = _parse_authorization(d.pop("authorization", UNSET))


        def _parse_care_setting(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        care_setting = _parse_care_setting(d.pop("care_setting", UNSET))


        def _parse_contraindications(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contraindications_type_0 = cast(list[str], data)

                return contraindications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        contraindications = _parse_contraindications(d.pop("contraindications", UNSET))


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


        def _parse_coverage(data: object) -> None | RequestCoverage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coverage_type_0 = RequestCoverage.from_dict(data)



                return coverage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequestCoverage | Unset, data)

        coverage = _parse_coverage(d.pop("coverage", UNSET))


        def _parse_created_at_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at_jalali = _parse_created_at_jalali(d.pop("created_at_jalali", UNSET))


        def _parse_dose_mg(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        dose_mg = _parse_dose_mg(d.pop("dose_mg", UNSET))


        def _parse_eye(data: object) -> None | OffLabelRequestDetailEyeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                eye_type_0 = OffLabelRequestDetailEyeType0(data)



                return eye_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OffLabelRequestDetailEyeType0 | Unset, data)

        eye = _parse_eye(d.pop("eye", UNSET))


        def _parse_informed_consent(data: object) -> InformedConsentRecord | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                informed_consent_type_0 = InformedConsentRecord.from_dict(data)



                return informed_consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InformedConsentRecord | None | Unset, data)

        informed_consent = _parse_informed_consent(d.pop("informed_consent", UNSET))


        def _parse_insurer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        insurer = _parse_insurer(d.pop("insurer", UNSET))


        def _parse_planned_date_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        planned_date_jalali = _parse_planned_date_jalali(d.pop("planned_date_jalali", UNSET))


        def _parse_preparation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preparation = _parse_preparation(d.pop("preparation", UNSET))


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


        def _parse_updated_at_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at_jalali = _parse_updated_at_jalali(d.pop("updated_at_jalali", UNSET))


        off_label_request_detail = cls(
            comorbidities_icd10=comorbidities_icd10,
            created_at=created_at,
            decision_id=decision_id,
            diagnosis_icd10=diagnosis_icd10,
            documents=documents,
            dose=dose,
            dose_unit=dose_unit,
            drug=drug,
            earlier_injections=earlier_injections,
            evaluation=evaluation,
            id=id,
            patient_national_code=patient_national_code,
            physician=physician,
            planned_date=planned_date,
            ruleset_version=ruleset_version,
            status=status,
            updated_at=updated_at,
            version=version,
            authorization=authorization,
            care_setting=care_setting,
            contraindications=contraindications,
            course=course,
            coverage=coverage,
            created_at_jalali=created_at_jalali,
            dose_mg=dose_mg,
            eye=eye,
            informed_consent=informed_consent,
            insurer=insurer,
            planned_date_jalali=planned_date_jalali,
            preparation=preparation,
            route=route,
            site=site,
            updated_at_jalali=updated_at_jalali,
        )


        off_label_request_detail.additional_properties = d
        return off_label_request_detail

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
