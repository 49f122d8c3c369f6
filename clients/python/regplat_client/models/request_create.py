from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.request_create_dose_unit import RequestCreateDoseUnit
from ..models.request_create_eye_type_0 import RequestCreateEyeType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.earlier_injection_in import EarlierInjectionIn
  from ..models.informed_consent_in import InformedConsentIn
  from ..models.request_document_in import RequestDocumentIn





T = TypeVar("T", bound="RequestCreate")



@_attrs_define
class RequestCreate:
    """ A physician's off-label request (OFL-R); council number and specialty come from the token.

        Attributes:
            diagnosis_icd10 (str):
            drug (str):
            insurer (str): the patient's insurer code (SSO, IHIO, AFMSO, ...): required (OFL-I)
            patient_national_code (str):
            planned_date (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits accepted
            care_setting (None | str | Unset):
            comorbidities_icd10 (list[str] | Unset):
            contraindications (list[str] | None | Unset): codes present; [] when none (null: not declared yet)
            documents (list[RequestDocumentIn] | Unset):
            dose (None | str | Unset): the dose per administration, in dose_unit
            dose_mg (None | str | Unset): the dose in mg (the same as dose with dose_unit mg)
            dose_unit (RequestCreateDoseUnit | Unset):  Default: RequestCreateDoseUnit.MG.
            earlier_injections (list[EarlierInjectionIn] | Unset):
            eye (None | RequestCreateEyeType0 | Unset): for an eye guideline: right (OD) or left (OS); the same as site
            informed_consent (InformedConsentIn | None | Unset):
            preparation (None | str | Unset):
            route (None | str | Unset): defaults to any route the drug's guideline covers
            site (None | str | Unset): the body site when the guideline has one (an eye: right / left)
     """

    diagnosis_icd10: str
    drug: str
    insurer: str
    patient_national_code: str
    planned_date: str
    care_setting: None | str | Unset = UNSET
    comorbidities_icd10: list[str] | Unset = UNSET
    contraindications: list[str] | None | Unset = UNSET
    documents: list[RequestDocumentIn] | Unset = UNSET
    dose: None | str | Unset = UNSET
    dose_mg: None | str | Unset = UNSET
    dose_unit: RequestCreateDoseUnit | Unset = RequestCreateDoseUnit.MG
    earlier_injections: list[EarlierInjectionIn] | Unset = UNSET
    eye: None | RequestCreateEyeType0 | Unset = UNSET
    informed_consent: InformedConsentIn | None | Unset = UNSET
    preparation: None | str | Unset = UNSET
    route: None | str | Unset = UNSET
    site: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.earlier_injection_in import EarlierInjectionIn # noqa: PLC0415
        from ..models.informed_consent_in import InformedConsentIn # noqa: PLC0415
        from ..models.request_document_in import RequestDocumentIn # noqa: PLC0415
        diagnosis_icd10 = self.diagnosis_icd10

        drug = self.drug

        insurer = self.insurer

        patient_national_code = self.patient_national_code

        planned_date = self.planned_date

        care_setting: None | str | Unset
        if isinstance(self.care_setting, Unset):
            care_setting = UNSET
        else:
            care_setting = self.care_setting

        comorbidities_icd10: list[str] | Unset = UNSET
        if not isinstance(self.comorbidities_icd10, Unset):
            comorbidities_icd10 = self.comorbidities_icd10



        contraindications: list[str] | None | Unset
        if isinstance(self.contraindications, Unset):
            contraindications = UNSET
        elif isinstance(self.contraindications, list):
            contraindications = self.contraindications


        else:
            contraindications = self.contraindications

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)



        dose: None | str | Unset
        if isinstance(self.dose, Unset):
            dose = UNSET
        else:
            dose = self.dose

        dose_mg: None | str | Unset
        if isinstance(self.dose_mg, Unset):
            dose_mg = UNSET
        else:
            dose_mg = self.dose_mg

        dose_unit: str | Unset = UNSET
        if not isinstance(self.dose_unit, Unset):
            dose_unit = self.dose_unit.value


        earlier_injections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.earlier_injections, Unset):
            earlier_injections = []
            for earlier_injections_item_data in self.earlier_injections:
                earlier_injections_item = earlier_injections_item_data.to_dict()
                earlier_injections.append(earlier_injections_item)



        eye: None | str | Unset
        if isinstance(self.eye, Unset):
            eye = UNSET
        elif isinstance(self.eye, RequestCreateEyeType0):
            eye = self.eye.value
        else:
            eye = self.eye

        informed_consent: dict[str, Any] | None | Unset
        if isinstance(self.informed_consent, Unset):
            informed_consent = UNSET
        elif isinstance(self.informed_consent, InformedConsentIn):
            informed_consent = self.informed_consent.to_dict()
        else:
            informed_consent = self.informed_consent

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


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "diagnosis_icd10": diagnosis_icd10,
            "drug": drug,
            "insurer": insurer,
            "patient_national_code": patient_national_code,
            "planned_date": planned_date,
        })
        if care_setting is not UNSET:
            field_dict["care_setting"] = care_setting
        if comorbidities_icd10 is not UNSET:
            field_dict["comorbidities_icd10"] = comorbidities_icd10
        if contraindications is not UNSET:
            field_dict["contraindications"] = contraindications
        if documents is not UNSET:
            field_dict["documents"] = documents
        if dose is not UNSET:
            field_dict["dose"] = dose
        if dose_mg is not UNSET:
            field_dict["dose_mg"] = dose_mg
        if dose_unit is not UNSET:
            field_dict["dose_unit"] = dose_unit
        if earlier_injections is not UNSET:
            field_dict["earlier_injections"] = earlier_injections
        if eye is not UNSET:
            field_dict["eye"] = eye
        if informed_consent is not UNSET:
            field_dict["informed_consent"] = informed_consent
        if preparation is not UNSET:
            field_dict["preparation"] = preparation
        if route is not UNSET:
            field_dict["route"] = route
        if site is not UNSET:
            field_dict["site"] = site

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.earlier_injection_in import EarlierInjectionIn # noqa: PLC0415
        from ..models.informed_consent_in import InformedConsentIn # noqa: PLC0415
        from ..models.request_document_in import RequestDocumentIn # noqa: PLC0415
        d = dict(src_dict)
        diagnosis_icd10 = d.pop("diagnosis_icd10")

        drug = d.pop("drug")

        insurer = d.pop("insurer")

        patient_national_code = d.pop("patient_national_code")

        planned_date = d.pop("planned_date")

        def _parse_care_setting(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        care_setting = _parse_care_setting(d.pop("care_setting", UNSET))


        comorbidities_icd10 = cast(list[str], d.pop("comorbidities_icd10", UNSET))


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


        _documents = d.pop("documents", UNSET)
        documents: list[RequestDocumentIn] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = RequestDocumentIn.from_dict(documents_item_data)



                documents.append(documents_item)


        def _parse_dose(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dose = _parse_dose(d.pop("dose", UNSET))


        def _parse_dose_mg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dose_mg = _parse_dose_mg(d.pop("dose_mg", UNSET))


        _dose_unit = d.pop("dose_unit", UNSET)
        dose_unit: RequestCreateDoseUnit | Unset
        if isinstance(_dose_unit,  Unset):
            dose_unit = UNSET
        else:
            dose_unit = RequestCreateDoseUnit(_dose_unit)




        _earlier_injections = d.pop("earlier_injections", UNSET)
        earlier_injections: list[EarlierInjectionIn] | Unset = UNSET
        if _earlier_injections is not UNSET:
            earlier_injections = []
            for earlier_injections_item_data in _earlier_injections:
                earlier_injections_item = EarlierInjectionIn.from_dict(earlier_injections_item_data)



                earlier_injections.append(earlier_injections_item)


        def _parse_eye(data: object) -> None | RequestCreateEyeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                eye_type_0 = RequestCreateEyeType0(data)



                return eye_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequestCreateEyeType0 | Unset, data)

        eye = _parse_eye(d.pop("eye", UNSET))


        def _parse_informed_consent(data: object) -> InformedConsentIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                informed_consent_type_0 = InformedConsentIn.from_dict(data)



                return informed_consent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InformedConsentIn | None | Unset, data)

        informed_consent = _parse_informed_consent(d.pop("informed_consent", UNSET))


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


        request_create = cls(
            diagnosis_icd10=diagnosis_icd10,
            drug=drug,
            insurer=insurer,
            patient_national_code=patient_national_code,
            planned_date=planned_date,
            care_setting=care_setting,
            comorbidities_icd10=comorbidities_icd10,
            contraindications=contraindications,
            documents=documents,
            dose=dose,
            dose_mg=dose_mg,
            dose_unit=dose_unit,
            earlier_injections=earlier_injections,
            eye=eye,
            informed_consent=informed_consent,
            preparation=preparation,
            route=route,
            site=site,
        )

        return request_create

