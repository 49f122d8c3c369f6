from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.informed_consent_in import InformedConsentIn
  from ..models.request_document_in import RequestDocumentIn





T = TypeVar("T", bound="DocumentsAdd")



@_attrs_define
class DocumentsAdd:
    """ Documents (and missing declarations) added to a pending request; the request is re-evaluated (OFL-R).

        Attributes:
            care_setting (None | str | Unset):
            comorbidities_icd10 (list[str] | None | Unset): replaces the other diagnoses (specific codes)
            contraindications (list[str] | None | Unset):
            diagnosis_icd10 (None | str | Unset): the specific code asked for (pending_clarification, OFL-R-ICD)
            documents (list[RequestDocumentIn] | Unset):
            informed_consent (InformedConsentIn | None | Unset):
            preparation (None | str | Unset):
     """

    care_setting: None | str | Unset = UNSET
    comorbidities_icd10: list[str] | None | Unset = UNSET
    contraindications: list[str] | None | Unset = UNSET
    diagnosis_icd10: None | str | Unset = UNSET
    documents: list[RequestDocumentIn] | Unset = UNSET
    informed_consent: InformedConsentIn | None | Unset = UNSET
    preparation: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.informed_consent_in import InformedConsentIn # noqa: PLC0415
        from ..models.request_document_in import RequestDocumentIn # noqa: PLC0415
        care_setting: None | str | Unset
        if isinstance(self.care_setting, Unset):
            care_setting = UNSET
        else:
            care_setting = self.care_setting

        comorbidities_icd10: list[str] | None | Unset
        if isinstance(self.comorbidities_icd10, Unset):
            comorbidities_icd10 = UNSET
        elif isinstance(self.comorbidities_icd10, list):
            comorbidities_icd10 = self.comorbidities_icd10


        else:
            comorbidities_icd10 = self.comorbidities_icd10

        contraindications: list[str] | None | Unset
        if isinstance(self.contraindications, Unset):
            contraindications = UNSET
        elif isinstance(self.contraindications, list):
            contraindications = self.contraindications


        else:
            contraindications = self.contraindications

        diagnosis_icd10: None | str | Unset
        if isinstance(self.diagnosis_icd10, Unset):
            diagnosis_icd10 = UNSET
        else:
            diagnosis_icd10 = self.diagnosis_icd10

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)



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


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if care_setting is not UNSET:
            field_dict["care_setting"] = care_setting
        if comorbidities_icd10 is not UNSET:
            field_dict["comorbidities_icd10"] = comorbidities_icd10
        if contraindications is not UNSET:
            field_dict["contraindications"] = contraindications
        if diagnosis_icd10 is not UNSET:
            field_dict["diagnosis_icd10"] = diagnosis_icd10
        if documents is not UNSET:
            field_dict["documents"] = documents
        if informed_consent is not UNSET:
            field_dict["informed_consent"] = informed_consent
        if preparation is not UNSET:
            field_dict["preparation"] = preparation

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.informed_consent_in import InformedConsentIn # noqa: PLC0415
        from ..models.request_document_in import RequestDocumentIn # noqa: PLC0415
        d = dict(src_dict)
        def _parse_care_setting(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        care_setting = _parse_care_setting(d.pop("care_setting", UNSET))


        def _parse_comorbidities_icd10(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                comorbidities_icd10_type_0 = cast(list[str], data)

                return comorbidities_icd10_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        comorbidities_icd10 = _parse_comorbidities_icd10(d.pop("comorbidities_icd10", UNSET))


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


        def _parse_diagnosis_icd10(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        diagnosis_icd10 = _parse_diagnosis_icd10(d.pop("diagnosis_icd10", UNSET))


        _documents = d.pop("documents", UNSET)
        documents: list[RequestDocumentIn] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = RequestDocumentIn.from_dict(documents_item_data)



                documents.append(documents_item)


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


        documents_add = cls(
            care_setting=care_setting,
            comorbidities_icd10=comorbidities_icd10,
            contraindications=contraindications,
            diagnosis_icd10=diagnosis_icd10,
            documents=documents,
            informed_consent=informed_consent,
            preparation=preparation,
        )

        return documents_add

