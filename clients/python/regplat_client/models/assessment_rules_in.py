from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.assessment_rules_in_unknown_service_code import AssessmentRulesInUnknownServiceCode
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.assessment_rules_in_organization_share import AssessmentRulesInOrganizationShare
  from ..models.assessment_rules_in_prosthesis import AssessmentRulesInProsthesis
  from ..models.assessment_rules_in_tariff_ceilings_rials import AssessmentRulesInTariffCeilingsRials





T = TypeVar("T", bound="AssessmentRulesIn")



@_attrs_define
class AssessmentRulesIn:
    """ 
        Attributes:
            organization_share (AssessmentRulesInOrganizationShare):
            version (str):
            confirmed (bool | Unset): SHR-PROV: the review office confirms these are its rules; assessments on unconfirmed
                data are provisional and cannot be approved Default: False.
            note (None | str | Unset):
            prosthesis (AssessmentRulesInProsthesis | Unset):
            tariff_ceilings_rials (AssessmentRulesInTariffCeilingsRials | Unset):
            unknown_service_code (AssessmentRulesInUnknownServiceCode | Unset):  Default:
                AssessmentRulesInUnknownServiceCode.EXCLUDE.
     """

    organization_share: AssessmentRulesInOrganizationShare
    version: str
    confirmed: bool | Unset = False
    note: None | str | Unset = UNSET
    prosthesis: AssessmentRulesInProsthesis | Unset = UNSET
    tariff_ceilings_rials: AssessmentRulesInTariffCeilingsRials | Unset = UNSET
    unknown_service_code: AssessmentRulesInUnknownServiceCode | Unset = AssessmentRulesInUnknownServiceCode.EXCLUDE





    def to_dict(self) -> dict[str, Any]:
        from ..models.assessment_rules_in_organization_share import AssessmentRulesInOrganizationShare # noqa: PLC0415
        from ..models.assessment_rules_in_prosthesis import AssessmentRulesInProsthesis # noqa: PLC0415
        from ..models.assessment_rules_in_tariff_ceilings_rials import AssessmentRulesInTariffCeilingsRials # noqa: PLC0415
        organization_share = self.organization_share.to_dict()

        version = self.version

        confirmed = self.confirmed

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        prosthesis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prosthesis, Unset):
            prosthesis = self.prosthesis.to_dict()

        tariff_ceilings_rials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tariff_ceilings_rials, Unset):
            tariff_ceilings_rials = self.tariff_ceilings_rials.to_dict()

        unknown_service_code: str | Unset = UNSET
        if not isinstance(self.unknown_service_code, Unset):
            unknown_service_code = self.unknown_service_code.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "organization_share": organization_share,
            "version": version,
        })
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if note is not UNSET:
            field_dict["note"] = note
        if prosthesis is not UNSET:
            field_dict["prosthesis"] = prosthesis
        if tariff_ceilings_rials is not UNSET:
            field_dict["tariff_ceilings_rials"] = tariff_ceilings_rials
        if unknown_service_code is not UNSET:
            field_dict["unknown_service_code"] = unknown_service_code

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assessment_rules_in_organization_share import AssessmentRulesInOrganizationShare # noqa: PLC0415
        from ..models.assessment_rules_in_prosthesis import AssessmentRulesInProsthesis # noqa: PLC0415
        from ..models.assessment_rules_in_tariff_ceilings_rials import AssessmentRulesInTariffCeilingsRials # noqa: PLC0415
        d = dict(src_dict)
        organization_share = AssessmentRulesInOrganizationShare.from_dict(d.pop("organization_share"))




        version = d.pop("version")

        confirmed = d.pop("confirmed", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        _prosthesis = d.pop("prosthesis", UNSET)
        prosthesis: AssessmentRulesInProsthesis | Unset
        if isinstance(_prosthesis,  Unset):
            prosthesis = UNSET
        else:
            prosthesis = AssessmentRulesInProsthesis.from_dict(_prosthesis)




        _tariff_ceilings_rials = d.pop("tariff_ceilings_rials", UNSET)
        tariff_ceilings_rials: AssessmentRulesInTariffCeilingsRials | Unset
        if isinstance(_tariff_ceilings_rials,  Unset):
            tariff_ceilings_rials = UNSET
        else:
            tariff_ceilings_rials = AssessmentRulesInTariffCeilingsRials.from_dict(_tariff_ceilings_rials)




        _unknown_service_code = d.pop("unknown_service_code", UNSET)
        unknown_service_code: AssessmentRulesInUnknownServiceCode | Unset
        if isinstance(_unknown_service_code,  Unset):
            unknown_service_code = UNSET
        else:
            unknown_service_code = AssessmentRulesInUnknownServiceCode(_unknown_service_code)




        assessment_rules_in = cls(
            organization_share=organization_share,
            version=version,
            confirmed=confirmed,
            note=note,
            prosthesis=prosthesis,
            tariff_ceilings_rials=tariff_ceilings_rials,
            unknown_service_code=unknown_service_code,
        )

        return assessment_rules_in

