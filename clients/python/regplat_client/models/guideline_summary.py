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
  from ..models.guideline_approval_summary import GuidelineApprovalSummary
  from ..models.guideline_body_site import GuidelineBodySite
  from ..models.guideline_indication_summary import GuidelineIndicationSummary
  from ..models.guideline_letter import GuidelineLetter
  from ..models.guideline_provenance import GuidelineProvenance





T = TypeVar("T", bound="GuidelineSummary")



@_attrs_define
class GuidelineSummary:
    """ One guideline version: drug, route, dates in force, approving letters, indications and provenance (OFL-G).

        Attributes:
            approval (GuidelineApprovalSummary): The approving letter of a guideline version and the instruction it is
                under.
            code (str):
            drug (str): The drug's INN
            effective_from (datetime.date):
            indications (list[GuidelineIndicationSummary]):
            letters (list[GuidelineLetter]): The approving letter, the instruction it is under and its registration
            provenance (GuidelineProvenance): Where a guideline version comes from: a shipped file or a version published
                over the API, and its content hash.
            route (str):
            title (str):
            version (int):
            body_site (GuidelineBodySite | None | Unset):
            effective_from_jalali (None | str | Unset):
            effective_until (datetime.date | None | Unset):
            effective_until_jalali (None | str | Unset):
            title_fa (None | str | Unset):
     """

    approval: GuidelineApprovalSummary
    code: str
    drug: str
    effective_from: datetime.date
    indications: list[GuidelineIndicationSummary]
    letters: list[GuidelineLetter]
    provenance: GuidelineProvenance
    route: str
    title: str
    version: int
    body_site: GuidelineBodySite | None | Unset = UNSET
    effective_from_jalali: None | str | Unset = UNSET
    effective_until: datetime.date | None | Unset = UNSET
    effective_until_jalali: None | str | Unset = UNSET
    title_fa: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.guideline_approval_summary import GuidelineApprovalSummary # noqa: PLC0415
        from ..models.guideline_body_site import GuidelineBodySite # noqa: PLC0415
        from ..models.guideline_indication_summary import GuidelineIndicationSummary # noqa: PLC0415
        from ..models.guideline_letter import GuidelineLetter # noqa: PLC0415
        from ..models.guideline_provenance import GuidelineProvenance # noqa: PLC0415
        approval = self.approval.to_dict()

        code = self.code

        drug = self.drug

        effective_from = self.effective_from.isoformat()

        indications = []
        for indications_item_data in self.indications:
            indications_item = indications_item_data.to_dict()
            indications.append(indications_item)



        letters = []
        for letters_item_data in self.letters:
            letters_item = letters_item_data.to_dict()
            letters.append(letters_item)



        provenance = self.provenance.to_dict()

        route = self.route

        title = self.title

        version = self.version

        body_site: dict[str, Any] | None | Unset
        if isinstance(self.body_site, Unset):
            body_site = UNSET
        elif isinstance(self.body_site, GuidelineBodySite):
            body_site = self.body_site.to_dict()
        else:
            body_site = self.body_site

        effective_from_jalali: None | str | Unset
        if isinstance(self.effective_from_jalali, Unset):
            effective_from_jalali = UNSET
        else:
            effective_from_jalali = self.effective_from_jalali

        effective_until: None | str | Unset
        if isinstance(self.effective_until, Unset):
            effective_until = UNSET
        elif isinstance(self.effective_until, datetime.date):
            effective_until = self.effective_until.isoformat()
        else:
            effective_until = self.effective_until

        effective_until_jalali: None | str | Unset
        if isinstance(self.effective_until_jalali, Unset):
            effective_until_jalali = UNSET
        else:
            effective_until_jalali = self.effective_until_jalali

        title_fa: None | str | Unset
        if isinstance(self.title_fa, Unset):
            title_fa = UNSET
        else:
            title_fa = self.title_fa


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "approval": approval,
            "code": code,
            "drug": drug,
            "effective_from": effective_from,
            "indications": indications,
            "letters": letters,
            "provenance": provenance,
            "route": route,
            "title": title,
            "version": version,
        })
        if body_site is not UNSET:
            field_dict["body_site"] = body_site
        if effective_from_jalali is not UNSET:
            field_dict["effective_from_jalali"] = effective_from_jalali
        if effective_until is not UNSET:
            field_dict["effective_until"] = effective_until
        if effective_until_jalali is not UNSET:
            field_dict["effective_until_jalali"] = effective_until_jalali
        if title_fa is not UNSET:
            field_dict["title_fa"] = title_fa

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guideline_approval_summary import GuidelineApprovalSummary # noqa: PLC0415
        from ..models.guideline_body_site import GuidelineBodySite # noqa: PLC0415
        from ..models.guideline_indication_summary import GuidelineIndicationSummary # noqa: PLC0415
        from ..models.guideline_letter import GuidelineLetter # noqa: PLC0415
        from ..models.guideline_provenance import GuidelineProvenance # noqa: PLC0415
        d = dict(src_dict)
        approval = GuidelineApprovalSummary.from_dict(d.pop("approval"))




        code = d.pop("code")

        drug = d.pop("drug")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        indications = []
        _indications = d.pop("indications")
        for indications_item_data in (_indications):
            indications_item = GuidelineIndicationSummary.from_dict(indications_item_data)



            indications.append(indications_item)


        letters = []
        _letters = d.pop("letters")
        for letters_item_data in (_letters):
            letters_item = GuidelineLetter.from_dict(letters_item_data)



            letters.append(letters_item)


        provenance = GuidelineProvenance.from_dict(d.pop("provenance"))




        route = d.pop("route")

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


        def _parse_effective_from_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effective_from_jalali = _parse_effective_from_jalali(d.pop("effective_from_jalali", UNSET))


        def _parse_effective_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_until_type_0 = datetime.date.fromisoformat(data)



                return effective_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_until = _parse_effective_until(d.pop("effective_until", UNSET))


        def _parse_effective_until_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effective_until_jalali = _parse_effective_until_jalali(d.pop("effective_until_jalali", UNSET))


        def _parse_title_fa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title_fa = _parse_title_fa(d.pop("title_fa", UNSET))


        guideline_summary = cls(
            approval=approval,
            code=code,
            drug=drug,
            effective_from=effective_from,
            indications=indications,
            letters=letters,
            provenance=provenance,
            route=route,
            title=title,
            version=version,
            body_site=body_site,
            effective_from_jalali=effective_from_jalali,
            effective_until=effective_until,
            effective_until_jalali=effective_until_jalali,
            title_fa=title_fa,
        )


        guideline_summary.additional_properties = d
        return guideline_summary

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
