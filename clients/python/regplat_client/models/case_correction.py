from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.case_correction_supplementary_paid_to_type_0 import CaseCorrectionSupplementaryPaidToType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.attachment_in import AttachmentIn
  from ..models.line_in import LineIn
  from ..models.representative_in import RepresentativeIn





T = TypeVar("T", bound="CaseCorrection")



@_attrs_define
class CaseCorrection:
    """ CLM-A7: what the agency may correct before (re)submission; the merged case is validated like a registration.

        Attributes:
            note (str): what was corrected and why
            admission_date (None | str | Unset): A3-2
            attachments_add (list[AttachmentIn] | Unset):
            bill_number (None | str | Unset): A3-6
            bill_total_rials (int | None | Unset):
            case_type (None | str | Unset):
            centre_code (None | str | Unset): A3-3
            centre_name (None | str | Unset):
            discharge_date (None | str | Unset):
            documents_received_at (None | str | Unset): CLM-A5: when the agency received the documents
            inspections_center_id (None | str | Unset):
            insurance_number (None | str | Unset):
            is_pensioner (bool | None | Unset):
            lines (list[LineIn] | None | Unset):
            national_code (None | str | Unset): A3-1: the insured person's national code (validated)
            patient_paid_rials (int | None | Unset):
            prosthesis_rials (int | None | Unset):
            representative (None | RepresentativeIn | Unset):
            supplementary_insurer (None | str | Unset):
            supplementary_paid_rials (int | None | Unset):
            supplementary_paid_to (CaseCorrectionSupplementaryPaidToType0 | None | Unset):
            total_paid_rials (int | None | Unset):
     """

    note: str
    admission_date: None | str | Unset = UNSET
    attachments_add: list[AttachmentIn] | Unset = UNSET
    bill_number: None | str | Unset = UNSET
    bill_total_rials: int | None | Unset = UNSET
    case_type: None | str | Unset = UNSET
    centre_code: None | str | Unset = UNSET
    centre_name: None | str | Unset = UNSET
    discharge_date: None | str | Unset = UNSET
    documents_received_at: None | str | Unset = UNSET
    inspections_center_id: None | str | Unset = UNSET
    insurance_number: None | str | Unset = UNSET
    is_pensioner: bool | None | Unset = UNSET
    lines: list[LineIn] | None | Unset = UNSET
    national_code: None | str | Unset = UNSET
    patient_paid_rials: int | None | Unset = UNSET
    prosthesis_rials: int | None | Unset = UNSET
    representative: None | RepresentativeIn | Unset = UNSET
    supplementary_insurer: None | str | Unset = UNSET
    supplementary_paid_rials: int | None | Unset = UNSET
    supplementary_paid_to: CaseCorrectionSupplementaryPaidToType0 | None | Unset = UNSET
    total_paid_rials: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.attachment_in import AttachmentIn # noqa: PLC0415
        from ..models.line_in import LineIn # noqa: PLC0415
        from ..models.representative_in import RepresentativeIn # noqa: PLC0415
        note = self.note

        admission_date: None | str | Unset
        if isinstance(self.admission_date, Unset):
            admission_date = UNSET
        else:
            admission_date = self.admission_date

        attachments_add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments_add, Unset):
            attachments_add = []
            for attachments_add_item_data in self.attachments_add:
                attachments_add_item = attachments_add_item_data.to_dict()
                attachments_add.append(attachments_add_item)



        bill_number: None | str | Unset
        if isinstance(self.bill_number, Unset):
            bill_number = UNSET
        else:
            bill_number = self.bill_number

        bill_total_rials: int | None | Unset
        if isinstance(self.bill_total_rials, Unset):
            bill_total_rials = UNSET
        else:
            bill_total_rials = self.bill_total_rials

        case_type: None | str | Unset
        if isinstance(self.case_type, Unset):
            case_type = UNSET
        else:
            case_type = self.case_type

        centre_code: None | str | Unset
        if isinstance(self.centre_code, Unset):
            centre_code = UNSET
        else:
            centre_code = self.centre_code

        centre_name: None | str | Unset
        if isinstance(self.centre_name, Unset):
            centre_name = UNSET
        else:
            centre_name = self.centre_name

        discharge_date: None | str | Unset
        if isinstance(self.discharge_date, Unset):
            discharge_date = UNSET
        else:
            discharge_date = self.discharge_date

        documents_received_at: None | str | Unset
        if isinstance(self.documents_received_at, Unset):
            documents_received_at = UNSET
        else:
            documents_received_at = self.documents_received_at

        inspections_center_id: None | str | Unset
        if isinstance(self.inspections_center_id, Unset):
            inspections_center_id = UNSET
        else:
            inspections_center_id = self.inspections_center_id

        insurance_number: None | str | Unset
        if isinstance(self.insurance_number, Unset):
            insurance_number = UNSET
        else:
            insurance_number = self.insurance_number

        is_pensioner: bool | None | Unset
        if isinstance(self.is_pensioner, Unset):
            is_pensioner = UNSET
        else:
            is_pensioner = self.is_pensioner

        lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.lines, Unset):
            lines = UNSET
        elif isinstance(self.lines, list):
            lines = []
            for lines_type_0_item_data in self.lines:
                lines_type_0_item = lines_type_0_item_data.to_dict()
                lines.append(lines_type_0_item)


        else:
            lines = self.lines

        national_code: None | str | Unset
        if isinstance(self.national_code, Unset):
            national_code = UNSET
        else:
            national_code = self.national_code

        patient_paid_rials: int | None | Unset
        if isinstance(self.patient_paid_rials, Unset):
            patient_paid_rials = UNSET
        else:
            patient_paid_rials = self.patient_paid_rials

        prosthesis_rials: int | None | Unset
        if isinstance(self.prosthesis_rials, Unset):
            prosthesis_rials = UNSET
        else:
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

        supplementary_paid_rials: int | None | Unset
        if isinstance(self.supplementary_paid_rials, Unset):
            supplementary_paid_rials = UNSET
        else:
            supplementary_paid_rials = self.supplementary_paid_rials

        supplementary_paid_to: None | str | Unset
        if isinstance(self.supplementary_paid_to, Unset):
            supplementary_paid_to = UNSET
        elif isinstance(self.supplementary_paid_to, CaseCorrectionSupplementaryPaidToType0):
            supplementary_paid_to = self.supplementary_paid_to.value
        else:
            supplementary_paid_to = self.supplementary_paid_to

        total_paid_rials: int | None | Unset
        if isinstance(self.total_paid_rials, Unset):
            total_paid_rials = UNSET
        else:
            total_paid_rials = self.total_paid_rials


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "note": note,
        })
        if admission_date is not UNSET:
            field_dict["admission_date"] = admission_date
        if attachments_add is not UNSET:
            field_dict["attachments_add"] = attachments_add
        if bill_number is not UNSET:
            field_dict["bill_number"] = bill_number
        if bill_total_rials is not UNSET:
            field_dict["bill_total_rials"] = bill_total_rials
        if case_type is not UNSET:
            field_dict["case_type"] = case_type
        if centre_code is not UNSET:
            field_dict["centre_code"] = centre_code
        if centre_name is not UNSET:
            field_dict["centre_name"] = centre_name
        if discharge_date is not UNSET:
            field_dict["discharge_date"] = discharge_date
        if documents_received_at is not UNSET:
            field_dict["documents_received_at"] = documents_received_at
        if inspections_center_id is not UNSET:
            field_dict["inspections_center_id"] = inspections_center_id
        if insurance_number is not UNSET:
            field_dict["insurance_number"] = insurance_number
        if is_pensioner is not UNSET:
            field_dict["is_pensioner"] = is_pensioner
        if lines is not UNSET:
            field_dict["lines"] = lines
        if national_code is not UNSET:
            field_dict["national_code"] = national_code
        if patient_paid_rials is not UNSET:
            field_dict["patient_paid_rials"] = patient_paid_rials
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
        if total_paid_rials is not UNSET:
            field_dict["total_paid_rials"] = total_paid_rials

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_in import AttachmentIn # noqa: PLC0415
        from ..models.line_in import LineIn # noqa: PLC0415
        from ..models.representative_in import RepresentativeIn # noqa: PLC0415
        d = dict(src_dict)
        note = d.pop("note")

        def _parse_admission_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        admission_date = _parse_admission_date(d.pop("admission_date", UNSET))


        _attachments_add = d.pop("attachments_add", UNSET)
        attachments_add: list[AttachmentIn] | Unset = UNSET
        if _attachments_add is not UNSET:
            attachments_add = []
            for attachments_add_item_data in _attachments_add:
                attachments_add_item = AttachmentIn.from_dict(attachments_add_item_data)



                attachments_add.append(attachments_add_item)


        def _parse_bill_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bill_number = _parse_bill_number(d.pop("bill_number", UNSET))


        def _parse_bill_total_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bill_total_rials = _parse_bill_total_rials(d.pop("bill_total_rials", UNSET))


        def _parse_case_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        case_type = _parse_case_type(d.pop("case_type", UNSET))


        def _parse_centre_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        centre_code = _parse_centre_code(d.pop("centre_code", UNSET))


        def _parse_centre_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        centre_name = _parse_centre_name(d.pop("centre_name", UNSET))


        def _parse_discharge_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        discharge_date = _parse_discharge_date(d.pop("discharge_date", UNSET))


        def _parse_documents_received_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        documents_received_at = _parse_documents_received_at(d.pop("documents_received_at", UNSET))


        def _parse_inspections_center_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inspections_center_id = _parse_inspections_center_id(d.pop("inspections_center_id", UNSET))


        def _parse_insurance_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        insurance_number = _parse_insurance_number(d.pop("insurance_number", UNSET))


        def _parse_is_pensioner(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_pensioner = _parse_is_pensioner(d.pop("is_pensioner", UNSET))


        def _parse_lines(data: object) -> list[LineIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lines_type_0 = []
                _lines_type_0 = data
                for lines_type_0_item_data in (_lines_type_0):
                    lines_type_0_item = LineIn.from_dict(lines_type_0_item_data)



                    lines_type_0.append(lines_type_0_item)

                return lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LineIn] | None | Unset, data)

        lines = _parse_lines(d.pop("lines", UNSET))


        def _parse_national_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        national_code = _parse_national_code(d.pop("national_code", UNSET))


        def _parse_patient_paid_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        patient_paid_rials = _parse_patient_paid_rials(d.pop("patient_paid_rials", UNSET))


        def _parse_prosthesis_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        prosthesis_rials = _parse_prosthesis_rials(d.pop("prosthesis_rials", UNSET))


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


        def _parse_supplementary_paid_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        supplementary_paid_rials = _parse_supplementary_paid_rials(d.pop("supplementary_paid_rials", UNSET))


        def _parse_supplementary_paid_to(data: object) -> CaseCorrectionSupplementaryPaidToType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                supplementary_paid_to_type_0 = CaseCorrectionSupplementaryPaidToType0(data)



                return supplementary_paid_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaseCorrectionSupplementaryPaidToType0 | None | Unset, data)

        supplementary_paid_to = _parse_supplementary_paid_to(d.pop("supplementary_paid_to", UNSET))


        def _parse_total_paid_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_paid_rials = _parse_total_paid_rials(d.pop("total_paid_rials", UNSET))


        case_correction = cls(
            note=note,
            admission_date=admission_date,
            attachments_add=attachments_add,
            bill_number=bill_number,
            bill_total_rials=bill_total_rials,
            case_type=case_type,
            centre_code=centre_code,
            centre_name=centre_name,
            discharge_date=discharge_date,
            documents_received_at=documents_received_at,
            inspections_center_id=inspections_center_id,
            insurance_number=insurance_number,
            is_pensioner=is_pensioner,
            lines=lines,
            national_code=national_code,
            patient_paid_rials=patient_paid_rials,
            prosthesis_rials=prosthesis_rials,
            representative=representative,
            supplementary_insurer=supplementary_insurer,
            supplementary_paid_rials=supplementary_paid_rials,
            supplementary_paid_to=supplementary_paid_to,
            total_paid_rials=total_paid_rials,
        )

        return case_correction

