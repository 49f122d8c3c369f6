from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.assessment_rule_data_organization_share_type_0 import AssessmentRuleDataOrganizationShareType0
  from ..models.assessment_rule_data_prosthesis_type_0 import AssessmentRuleDataProsthesisType0
  from ..models.assessment_rule_data_tariff_ceilings_rials_type_0 import AssessmentRuleDataTariffCeilingsRialsType0





T = TypeVar("T", bound="AssessmentRuleData")



@_attrs_define
class AssessmentRuleData:
    """ CLM-A4/B1: the assessment rule data a review office supplies (CONFIGURATION, not regulation); the figures are data.

        Attributes:
            review_office_code (str):
            source (str): `review office rule set`, or `shipped defaults (CONFIGURATION, not regulation)`
            confirmed (bool | None | Unset): SHR-PROV: confirmed by the office; assessments on unconfirmed data are
                provisional
            created_at (None | str | Unset):
            created_by (None | str | Unset):
            note (None | str | Unset):
            organization_share (AssessmentRuleDataOrganizationShareType0 | None | Unset): The Organization's share per case
                type
            prosthesis (AssessmentRuleDataProsthesisType0 | None | Unset): Prosthesis share and ceiling
            status (None | str | Unset): Always `configuration`
            tariff_ceilings_rials (AssessmentRuleDataTariffCeilingsRialsType0 | None | Unset): Ceiling per service code,
                rials
            unknown_service_code (None | str | Unset): exclude | no_ceiling
            version (None | str | Unset):
     """

    review_office_code: str
    source: str
    confirmed: bool | None | Unset = UNSET
    created_at: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    organization_share: AssessmentRuleDataOrganizationShareType0 | None | Unset = UNSET
    prosthesis: AssessmentRuleDataProsthesisType0 | None | Unset = UNSET
    status: None | str | Unset = UNSET
    tariff_ceilings_rials: AssessmentRuleDataTariffCeilingsRialsType0 | None | Unset = UNSET
    unknown_service_code: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.assessment_rule_data_organization_share_type_0 import AssessmentRuleDataOrganizationShareType0 # noqa: PLC0415
        from ..models.assessment_rule_data_prosthesis_type_0 import AssessmentRuleDataProsthesisType0 # noqa: PLC0415
        from ..models.assessment_rule_data_tariff_ceilings_rials_type_0 import AssessmentRuleDataTariffCeilingsRialsType0 # noqa: PLC0415
        review_office_code = self.review_office_code

        source = self.source

        confirmed: bool | None | Unset
        if isinstance(self.confirmed, Unset):
            confirmed = UNSET
        else:
            confirmed = self.confirmed

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        organization_share: dict[str, Any] | None | Unset
        if isinstance(self.organization_share, Unset):
            organization_share = UNSET
        elif isinstance(self.organization_share, AssessmentRuleDataOrganizationShareType0):
            organization_share = self.organization_share.to_dict()
        else:
            organization_share = self.organization_share

        prosthesis: dict[str, Any] | None | Unset
        if isinstance(self.prosthesis, Unset):
            prosthesis = UNSET
        elif isinstance(self.prosthesis, AssessmentRuleDataProsthesisType0):
            prosthesis = self.prosthesis.to_dict()
        else:
            prosthesis = self.prosthesis

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        tariff_ceilings_rials: dict[str, Any] | None | Unset
        if isinstance(self.tariff_ceilings_rials, Unset):
            tariff_ceilings_rials = UNSET
        elif isinstance(self.tariff_ceilings_rials, AssessmentRuleDataTariffCeilingsRialsType0):
            tariff_ceilings_rials = self.tariff_ceilings_rials.to_dict()
        else:
            tariff_ceilings_rials = self.tariff_ceilings_rials

        unknown_service_code: None | str | Unset
        if isinstance(self.unknown_service_code, Unset):
            unknown_service_code = UNSET
        else:
            unknown_service_code = self.unknown_service_code

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "review_office_code": review_office_code,
            "source": source,
        })
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if note is not UNSET:
            field_dict["note"] = note
        if organization_share is not UNSET:
            field_dict["organization_share"] = organization_share
        if prosthesis is not UNSET:
            field_dict["prosthesis"] = prosthesis
        if status is not UNSET:
            field_dict["status"] = status
        if tariff_ceilings_rials is not UNSET:
            field_dict["tariff_ceilings_rials"] = tariff_ceilings_rials
        if unknown_service_code is not UNSET:
            field_dict["unknown_service_code"] = unknown_service_code
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assessment_rule_data_organization_share_type_0 import AssessmentRuleDataOrganizationShareType0 # noqa: PLC0415
        from ..models.assessment_rule_data_prosthesis_type_0 import AssessmentRuleDataProsthesisType0 # noqa: PLC0415
        from ..models.assessment_rule_data_tariff_ceilings_rials_type_0 import AssessmentRuleDataTariffCeilingsRialsType0 # noqa: PLC0415
        d = dict(src_dict)
        review_office_code = d.pop("review_office_code")

        source = d.pop("source")

        def _parse_confirmed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        confirmed = _parse_confirmed(d.pop("confirmed", UNSET))


        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))


        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_organization_share(data: object) -> AssessmentRuleDataOrganizationShareType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organization_share_type_0 = AssessmentRuleDataOrganizationShareType0.from_dict(data)



                return organization_share_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssessmentRuleDataOrganizationShareType0 | None | Unset, data)

        organization_share = _parse_organization_share(d.pop("organization_share", UNSET))


        def _parse_prosthesis(data: object) -> AssessmentRuleDataProsthesisType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prosthesis_type_0 = AssessmentRuleDataProsthesisType0.from_dict(data)



                return prosthesis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssessmentRuleDataProsthesisType0 | None | Unset, data)

        prosthesis = _parse_prosthesis(d.pop("prosthesis", UNSET))


        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        def _parse_tariff_ceilings_rials(data: object) -> AssessmentRuleDataTariffCeilingsRialsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tariff_ceilings_rials_type_0 = AssessmentRuleDataTariffCeilingsRialsType0.from_dict(data)



                return tariff_ceilings_rials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssessmentRuleDataTariffCeilingsRialsType0 | None | Unset, data)

        tariff_ceilings_rials = _parse_tariff_ceilings_rials(d.pop("tariff_ceilings_rials", UNSET))


        def _parse_unknown_service_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unknown_service_code = _parse_unknown_service_code(d.pop("unknown_service_code", UNSET))


        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        assessment_rule_data = cls(
            review_office_code=review_office_code,
            source=source,
            confirmed=confirmed,
            created_at=created_at,
            created_by=created_by,
            note=note,
            organization_share=organization_share,
            prosthesis=prosthesis,
            status=status,
            tariff_ceilings_rials=tariff_ceilings_rials,
            unknown_service_code=unknown_service_code,
            version=version,
        )


        assessment_rule_data.additional_properties = d
        return assessment_rule_data

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
