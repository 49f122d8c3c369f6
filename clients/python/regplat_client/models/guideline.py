from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.care_setting_rule import CareSettingRule
  from ..models.document_requirement import DocumentRequirement
  from ..models.guideline_approval import GuidelineApproval
  from ..models.guideline_body_site import GuidelineBodySite
  from ..models.guideline_contraindications import GuidelineContraindications
  from ..models.guideline_drug import GuidelineDrug
  from ..models.guideline_indication import GuidelineIndication
  from ..models.guideline_source import GuidelineSource
  from ..models.informed_consent_rule import InformedConsentRule
  from ..models.preparation_rule import PreparationRule
  from ..models.prescriber_rule import PrescriberRule





T = TypeVar("T", bound="Guideline")



@_attrs_define
class Guideline:
    """ One version of one computable off-label guideline (OFL-G).

        Attributes:
            approval (GuidelineApproval): The letter that approved this guideline version, and the letter's own words saying
                so (SHR-PROV).
            care_setting (CareSettingRule):
            code (str):
            contraindications (GuidelineContraindications):
            drug (GuidelineDrug):
            effective_from (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits accepted
            indications (list[GuidelineIndication]):
            informed_consent (InformedConsentRule):
            preparation (PreparationRule):
            prescriber (PrescriberRule):
            route (str):
            sources (list[GuidelineSource]):
            title (str):
            version (int):
            body_site (GuidelineBodySite | None | Unset):
            documents (list[DocumentRequirement] | Unset):
            effective_until (None | str | Unset):
            schema_version (Literal[2] | Unset):  Default: 2.
            title_fa (None | str | Unset):
     """

    approval: GuidelineApproval
    care_setting: CareSettingRule
    code: str
    contraindications: GuidelineContraindications
    drug: GuidelineDrug
    effective_from: str
    indications: list[GuidelineIndication]
    informed_consent: InformedConsentRule
    preparation: PreparationRule
    prescriber: PrescriberRule
    route: str
    sources: list[GuidelineSource]
    title: str
    version: int
    body_site: GuidelineBodySite | None | Unset = UNSET
    documents: list[DocumentRequirement] | Unset = UNSET
    effective_until: None | str | Unset = UNSET
    schema_version: Literal[2] | Unset = 2
    title_fa: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.care_setting_rule import CareSettingRule # noqa: PLC0415
        from ..models.document_requirement import DocumentRequirement # noqa: PLC0415
        from ..models.guideline_approval import GuidelineApproval # noqa: PLC0415
        from ..models.guideline_body_site import GuidelineBodySite # noqa: PLC0415
        from ..models.guideline_contraindications import GuidelineContraindications # noqa: PLC0415
        from ..models.guideline_drug import GuidelineDrug # noqa: PLC0415
        from ..models.guideline_indication import GuidelineIndication # noqa: PLC0415
        from ..models.guideline_source import GuidelineSource # noqa: PLC0415
        from ..models.informed_consent_rule import InformedConsentRule # noqa: PLC0415
        from ..models.preparation_rule import PreparationRule # noqa: PLC0415
        from ..models.prescriber_rule import PrescriberRule # noqa: PLC0415
        approval = self.approval.to_dict()

        care_setting = self.care_setting.to_dict()

        code = self.code

        contraindications = self.contraindications.to_dict()

        drug = self.drug.to_dict()

        effective_from = self.effective_from

        indications = []
        for indications_item_data in self.indications:
            indications_item = indications_item_data.to_dict()
            indications.append(indications_item)



        informed_consent = self.informed_consent.to_dict()

        preparation = self.preparation.to_dict()

        prescriber = self.prescriber.to_dict()

        route = self.route

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)



        title = self.title

        version = self.version

        body_site: dict[str, Any] | None | Unset
        if isinstance(self.body_site, Unset):
            body_site = UNSET
        elif isinstance(self.body_site, GuidelineBodySite):
            body_site = self.body_site.to_dict()
        else:
            body_site = self.body_site

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)



        effective_until: None | str | Unset
        if isinstance(self.effective_until, Unset):
            effective_until = UNSET
        else:
            effective_until = self.effective_until

        schema_version = self.schema_version

        title_fa: None | str | Unset
        if isinstance(self.title_fa, Unset):
            title_fa = UNSET
        else:
            title_fa = self.title_fa


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "approval": approval,
            "care_setting": care_setting,
            "code": code,
            "contraindications": contraindications,
            "drug": drug,
            "effective_from": effective_from,
            "indications": indications,
            "informed_consent": informed_consent,
            "preparation": preparation,
            "prescriber": prescriber,
            "route": route,
            "sources": sources,
            "title": title,
            "version": version,
        })
        if body_site is not UNSET:
            field_dict["body_site"] = body_site
        if documents is not UNSET:
            field_dict["documents"] = documents
        if effective_until is not UNSET:
            field_dict["effective_until"] = effective_until
        if schema_version is not UNSET:
            field_dict["schema_version"] = schema_version
        if title_fa is not UNSET:
            field_dict["title_fa"] = title_fa

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.care_setting_rule import CareSettingRule # noqa: PLC0415
        from ..models.document_requirement import DocumentRequirement # noqa: PLC0415
        from ..models.guideline_approval import GuidelineApproval # noqa: PLC0415
        from ..models.guideline_body_site import GuidelineBodySite # noqa: PLC0415
        from ..models.guideline_contraindications import GuidelineContraindications # noqa: PLC0415
        from ..models.guideline_drug import GuidelineDrug # noqa: PLC0415
        from ..models.guideline_indication import GuidelineIndication # noqa: PLC0415
        from ..models.guideline_source import GuidelineSource # noqa: PLC0415
        from ..models.informed_consent_rule import InformedConsentRule # noqa: PLC0415
        from ..models.preparation_rule import PreparationRule # noqa: PLC0415
        from ..models.prescriber_rule import PrescriberRule # noqa: PLC0415
        d = dict(src_dict)
        approval = GuidelineApproval.from_dict(d.pop("approval"))




        care_setting = CareSettingRule.from_dict(d.pop("care_setting"))




        code = d.pop("code")

        contraindications = GuidelineContraindications.from_dict(d.pop("contraindications"))




        drug = GuidelineDrug.from_dict(d.pop("drug"))




        effective_from = d.pop("effective_from")

        indications = []
        _indications = d.pop("indications")
        for indications_item_data in (_indications):
            indications_item = GuidelineIndication.from_dict(indications_item_data)



            indications.append(indications_item)


        informed_consent = InformedConsentRule.from_dict(d.pop("informed_consent"))




        preparation = PreparationRule.from_dict(d.pop("preparation"))




        prescriber = PrescriberRule.from_dict(d.pop("prescriber"))




        route = d.pop("route")

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in (_sources):
            sources_item = GuidelineSource.from_dict(sources_item_data)



            sources.append(sources_item)


        title = d.pop("title")

        version = d.pop("version")

        def _parse_body_site(data: object) -> GuidelineBodySite | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                body_site_type_0 = GuidelineBodySite.from_dict(data)



                return body_site_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GuidelineBodySite | None | Unset, data)

        body_site = _parse_body_site(d.pop("body_site", UNSET))


        _documents = d.pop("documents", UNSET)
        documents: list[DocumentRequirement] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = DocumentRequirement.from_dict(documents_item_data)



                documents.append(documents_item)


        def _parse_effective_until(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effective_until = _parse_effective_until(d.pop("effective_until", UNSET))


        schema_version = cast(Literal[2] | Unset , d.pop("schema_version", UNSET))
        if schema_version != 2and not isinstance(schema_version, Unset):
            raise ValueError(f"schema_version must match const 2, got '{schema_version}'")

        def _parse_title_fa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title_fa = _parse_title_fa(d.pop("title_fa", UNSET))


        guideline = cls(
            approval=approval,
            care_setting=care_setting,
            code=code,
            contraindications=contraindications,
            drug=drug,
            effective_from=effective_from,
            indications=indications,
            informed_consent=informed_consent,
            preparation=preparation,
            prescriber=prescriber,
            route=route,
            sources=sources,
            title=title,
            version=version,
            body_site=body_site,
            documents=documents,
            effective_until=effective_until,
            schema_version=schema_version,
            title_fa=title_fa,
        )

        return guideline

