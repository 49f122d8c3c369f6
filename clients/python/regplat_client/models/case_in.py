from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.case_in_supplementary_paid_to import CaseInSupplementaryPaidTo
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.attachment_in import AttachmentIn
  from ..models.line_in import LineIn
  from ..models.representative_in import RepresentativeIn





T = TypeVar("T", bound="CaseIn")



@_attrs_define
class CaseIn:
    """ 
        Attributes:
            admission_date (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits accepted
            bill_number (str):
            bill_total_rials (int):
            case_type (str): CLM-A2: outpatient | inpatient | global (or سرپایی | بستری | گلوبال)
            centre_code (str):
            centre_name (str):
            documents_received_at (str): ISO-8601 date-time or Jalali 'YYYY/MM/DD HH:MM' (Asia/Tehran when no offset)
            insurance_number (str):
            lines (list[LineIn]):
            national_code (str): insured person's national code (validated)
            patient_paid_rials (int): A3-7: what the patient paid
            total_paid_rials (int): A3-6: bill plus prosthesis
            agency_code (None | str | Unset): taken from the token for agency staff; required for admin
            attachments (list[AttachmentIn] | Unset):
            discharge_date (None | str | Unset):
            inspections_center_id (None | str | Unset): X2: the centre's id in the inspections registry (closed on the
                treatment date?)
            is_pensioner (bool | Unset):  Default: False.
            prosthesis_rials (int | Unset):  Default: 0.
            representative (None | RepresentativeIn | Unset):
            supplementary_insurer (None | str | Unset):
            supplementary_paid_rials (int | Unset):  Default: 0.
            supplementary_paid_to (CaseInSupplementaryPaidTo | Unset): whether the supplementary insurer paid the centre or
                reimbursed the patient Default: CaseInSupplementaryPaidTo.CENTRE.
     """

    admission_date: str
    bill_number: str
    bill_total_rials: int
    case_type: str
    centre_code: str
    centre_name: str
    documents_received_at: str
    insurance_number: str
    lines: list[LineIn]
    national_code: str
    patient_paid_rials: int
    total_paid_rials: int
    agency_code: None | str | Unset = UNSET
    attachments: list[AttachmentIn] | Unset = UNSET
    discharge_date: None | str | Unset = UNSET
    inspections_center_id: None | str | Unset = UNSET
    is_pensioner: bool | Unset = False
    prosthesis_rials: int | Unset = 0
    representative: None | RepresentativeIn | Unset = UNSET
    supplementary_insurer: None | str | Unset = UNSET
    supplementary_paid_rials: int | Unset = 0
    supplementary_paid_to: CaseInSupplementaryPaidTo | Unset = CaseInSupplementaryPaidTo.CENTRE





    def to_dict(self) -> dict[str, Any]:
        from ..models.attachment_in import AttachmentIn # noqa: PLC0415
        from ..models.line_in import LineIn # noqa: PLC0415
        from ..models.representative_in import RepresentativeIn # noqa: PLC0415
        admission_date = self.admission_date

        bill_number = self.bill_number

        bill_total_rials = self.bill_total_rials

        case_type = self.case_type

        centre_code = self.centre_code

        centre_name = self.centre_name

        documents_received_at = self.documents_received_at

        insurance_number = self.insurance_number

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)



        national_code = self.national_code

        patient_paid_rials = self.patient_paid_rials

        total_paid_rials = self.total_paid_rials

        agency_code: None | str | Unset
        if isinstance(self.agency_code, Unset):
            agency_code = UNSET
        else:
            agency_code = self.agency_code

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)



        discharge_date: None | str | Unset
        if isinstance(self.discharge_date, Unset):
            discharge_date = UNSET
        else:
            discharge_date = self.discharge_date

        inspections_center_id: None | str | Unset
        if isinstance(self.inspections_center_id, Unset):
            inspections_center_id = UNSET
        else:
            inspections_center_id = self.inspections_center_id

        is_pensioner = self.is_pensioner

        prosthesis_rials = self.prosthesis_rials

        representative: dict[str, Any] | None | Unset
        if isinstance(self.representative, Unset):
            representative = UNSET
        elif isinstance(self.representative, RepresentativeIn):
            representative = self.representative.to_dict()
        else:
            representative = self.representative

        supplementary_insurer: None | str | Unset
        if isinstance(self.supplementary_insurer, Unset):
            supplementary_insurer = UNSET
        else:
            supplementary_insurer = self.supplementary_insurer

        supplementary_paid_rials = self.supplementary_paid_rials

        supplementary_paid_to: str | Unset = UNSET
        if not isinstance(self.supplementary_paid_to, Unset):
            supplementary_paid_to = self.supplementary_paid_to.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "admission_date": admission_date,
            "bill_number": bill_number,
            "bill_total_rials": bill_total_rials,
            "case_type": case_type,
            "centre_code": centre_code,
            "centre_name": centre_name,
            "documents_received_at": documents_received_at,
            "insurance_number": insurance_number,
            "lines": lines,
            "national_code": national_code,
            "patient_paid_rials": patient_paid_rials,
            "total_paid_rials": total_paid_rials,
        })
        if agency_code is not UNSET:
            field_dict["agency_code"] = agency_code
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if discharge_date is not UNSET:
            field_dict["discharge_date"] = discharge_date
        if inspections_center_id is not UNSET:
            field_dict["inspections_center_id"] = inspections_center_id
        if is_pensioner is not UNSET:
            field_dict["is_pensioner"] = is_pensioner
        if prosthesis_rials is not UNSET:
            field_dict["prosthesis_rials"] = prosthesis_rials
        if representative is not UNSET:
            field_dict["representative"] = representative
        if supplementary_insurer is not UNSET:
            field_dict["supplementary_insurer"] = supplementary_insurer
        if supplementary_paid_rials is not UNSET:
            field_dict["supplementary_paid_rials"] = supplementary_paid_rials
        if supplementary_paid_to is not UNSET:
            field_dict["supplementary_paid_to"] = supplementary_paid_to

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_in import AttachmentIn # noqa: PLC0415
        from ..models.line_in import LineIn # noqa: PLC0415
        from ..models.representative_in import RepresentativeIn # noqa: PLC0415
        d = dict(src_dict)
        admission_date = d.pop("admission_date")

        bill_number = d.pop("bill_number")

        bill_total_rials = d.pop("bill_total_rials")

        case_type = d.pop("case_type")

        centre_code = d.pop("centre_code")

        centre_name = d.pop("centre_name")

        documents_received_at = d.pop("documents_received_at")

        insurance_number = d.pop("insurance_number")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in (_lines):
            lines_item = LineIn.from_dict(lines_item_data)



            lines.append(lines_item)


        national_code = d.pop("national_code")

        patient_paid_rials = d.pop("patient_paid_rials")

        total_paid_rials = d.pop("total_paid_rials")

        def _parse_agency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agency_code = _parse_agency_code(d.pop("agency_code", UNSET))


        _attachments = d.pop("attachments", UNSET)
        attachments: list[AttachmentIn] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = AttachmentIn.from_dict(attachments_item_data)



                attachments.append(attachments_item)


        def _parse_discharge_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        discharge_date = _parse_discharge_date(d.pop("discharge_date", UNSET))


        def _parse_inspections_center_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inspections_center_id = _parse_inspections_center_id(d.pop("inspections_center_id", UNSET))


        is_pensioner = d.pop("is_pensioner", UNSET)

        prosthesis_rials = d.pop("prosthesis_rials", UNSET)

        def _parse_representative(data: object) -> None | RepresentativeIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                representative_type_0 = RepresentativeIn.from_dict(data)



                return representative_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RepresentativeIn | Unset, data)

        representative = _parse_representative(d.pop("representative", UNSET))


        def _parse_supplementary_insurer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplementary_insurer = _parse_supplementary_insurer(d.pop("supplementary_insurer", UNSET))


        supplementary_paid_rials = d.pop("supplementary_paid_rials", UNSET)

        _supplementary_paid_to = d.pop("supplementary_paid_to", UNSET)
        supplementary_paid_to: CaseInSupplementaryPaidTo | Unset
        if isinstance(_supplementary_paid_to,  Unset):
            supplementary_paid_to = UNSET
        else:
            supplementary_paid_to = CaseInSupplementaryPaidTo(_supplementary_paid_to)




        case_in = cls(
            admission_date=admission_date,
            bill_number=bill_number,
            bill_total_rials=bill_total_rials,
            case_type=case_type,
            centre_code=centre_code,
            centre_name=centre_name,
            documents_received_at=documents_received_at,
            insurance_number=insurance_number,
            lines=lines,
            national_code=national_code,
            patient_paid_rials=patient_paid_rials,
            total_paid_rials=total_paid_rials,
            agency_code=agency_code,
            attachments=attachments,
            discharge_date=discharge_date,
            inspections_center_id=inspections_center_id,
            is_pensioner=is_pensioner,
            prosthesis_rials=prosthesis_rials,
            representative=representative,
            supplementary_insurer=supplementary_insurer,
            supplementary_paid_rials=supplementary_paid_rials,
            supplementary_paid_to=supplementary_paid_to,
        )

        return case_in

