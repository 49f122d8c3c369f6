from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.attachment_view import AttachmentView
  from ..models.case_assessment import CaseAssessment
  from ..models.case_deadline import CaseDeadline
  from ..models.case_fee import CaseFee
  from ..models.case_line_view import CaseLineView
  from ..models.case_review_view import CaseReviewView
  from ..models.checklist import Checklist
  from ..models.representative_view import RepresentativeView
  from ..models.rule_data_status import RuleDataStatus
  from ..models.verification_summary import VerificationSummary





T = TypeVar("T", bound="CorrectedCase")



@_attrs_define
class CorrectedCase:
    """ The case after a CLM-A7 correction, with the fields that changed.

        Attributes:
            admission_date (None | str):
            admission_date_jalali (None | str):
            agency_code (str):
            attachments (list[AttachmentView]):
            bill_number (str):
            bill_total_rials (int):
            case_type (str): outpatient | inpatient | global
            centre_code (str):
            centre_name (str):
            changed (list[str]): The fields whose value changed (and `attachments` when documents were added)
            checklist (Checklist): CLM-A3: the seven controls; the case can be assessed only when all are recorded and
                passed.
            cycle (int): 1, then one more per return (CLM-A7)
            cycle_started_at (None | str):
            cycle_started_at_jalali (None | str):
            deadline (CaseDeadline): CLM-A5: the delivery deadline in the review office's working days.
            documents_received_at (None | str):
            documents_received_at_jalali (None | str):
            fee (CaseFee): CLM-P: the case's one fee (earned at approval, priced by the registration year).
            id (str):
            insurance_number (str):
            is_pensioner (bool):
            lines (list[CaseLineView]):
            national_code (str):
            patient_paid_rials (int):
            prosthesis_rials (int):
            registered_at (None | str):
            registered_at_jalali (None | str):
            returns (int):
            reviews (list[CaseReviewView]):
            state (str): registered | controlled | assessed | submitted | returned | approved | withdrawn
            supplementary_paid_rials (int):
            total_paid_rials (int):
            verification (VerificationSummary): SPEC X1/X2 at a glance: which lines are held, refused or verified; approval
                waits while any is held.
            version (int): The ETag's number: send it back as If-Match to change the case
            approved_at (None | str | Unset):
            approved_at_jalali (None | str | Unset):
            assessment (CaseAssessment | None | Unset): CLM-A4, once assessed (cleared by a correction or a new checklist)
            delivery_counts_at (None | str | Unset): When the delivery counts (the next 10:00-closing window, CLM-A5)
            delivery_counts_at_jalali (None | str | Unset):
            discharge_date (None | str | Unset):
            discharge_date_jalali (None | str | Unset):
            inspections_center_id (None | str | Unset):
            reimbursable_rials (int | None | Unset):
            representative (None | RepresentativeView | Unset):
            rule_data (None | RuleDataStatus | Unset):
            rule_data_version (None | str | Unset):
            submitted_at (None | str | Unset):
            submitted_at_jalali (None | str | Unset):
            supplementary_insurer (None | str | Unset):
            supplementary_paid_to (None | str | Unset):
            withdrawal_reason (None | str | Unset):
            withdrawn_at (None | str | Unset):
            withdrawn_at_jalali (None | str | Unset):
     """

    admission_date: None | str
    admission_date_jalali: None | str
    agency_code: str
    attachments: list[AttachmentView]
    bill_number: str
    bill_total_rials: int
    case_type: str
    centre_code: str
    centre_name: str
    changed: list[str]
    checklist: Checklist
    cycle: int
    cycle_started_at: None | str
    cycle_started_at_jalali: None | str
    deadline: CaseDeadline
    documents_received_at: None | str
    documents_received_at_jalali: None | str
    fee: CaseFee
    id: str
    insurance_number: str
    is_pensioner: bool
    lines: list[CaseLineView]
    national_code: str
    patient_paid_rials: int
    prosthesis_rials: int
    registered_at: None | str
    registered_at_jalali: None | str
    returns: int
    reviews: list[CaseReviewView]
    state: str
    supplementary_paid_rials: int
    total_paid_rials: int
    verification: VerificationSummary
    version: int
    approved_at: None | str | Unset = UNSET
    approved_at_jalali: None | str | Unset = UNSET
    assessment: CaseAssessment | None | Unset = UNSET
    delivery_counts_at: None | str | Unset = UNSET
    delivery_counts_at_jalali: None | str | Unset = UNSET
    discharge_date: None | str | Unset = UNSET
    discharge_date_jalali: None | str | Unset = UNSET
    inspections_center_id: None | str | Unset = UNSET
    reimbursable_rials: int | None | Unset = UNSET
    representative: None | RepresentativeView | Unset = UNSET
    rule_data: None | RuleDataStatus | Unset = UNSET
    rule_data_version: None | str | Unset = UNSET
    submitted_at: None | str | Unset = UNSET
    submitted_at_jalali: None | str | Unset = UNSET
    supplementary_insurer: None | str | Unset = UNSET
    supplementary_paid_to: None | str | Unset = UNSET
    withdrawal_reason: None | str | Unset = UNSET
    withdrawn_at: None | str | Unset = UNSET
    withdrawn_at_jalali: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.attachment_view import AttachmentView # noqa: PLC0415
        from ..models.case_assessment import CaseAssessment # noqa: PLC0415
        from ..models.case_deadline import CaseDeadline # noqa: PLC0415
        from ..models.case_fee import CaseFee # noqa: PLC0415
        from ..models.case_line_view import CaseLineView # noqa: PLC0415
        from ..models.case_review_view import CaseReviewView # noqa: PLC0415
        from ..models.checklist import Checklist # noqa: PLC0415
        from ..models.representative_view import RepresentativeView # noqa: PLC0415
        from ..models.rule_data_status import RuleDataStatus # noqa: PLC0415
        from ..models.verification_summary import VerificationSummary # noqa: PLC0415
        admission_date: None | str
        admission_date = self.admission_date

        admission_date_jalali: None | str
        admission_date_jalali = self.admission_date_jalali

        agency_code = self.agency_code

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)



        bill_number = self.bill_number

        bill_total_rials = self.bill_total_rials

        case_type = self.case_type

        centre_code = self.centre_code

        centre_name = self.centre_name

        changed = self.changed



        checklist = self.checklist.to_dict()

        cycle = self.cycle

        cycle_started_at: None | str
        cycle_started_at = self.cycle_started_at

        cycle_started_at_jalali: None | str
        cycle_started_at_jalali = self.cycle_started_at_jalali

        deadline = self.deadline.to_dict()

        documents_received_at: None | str
        documents_received_at = self.documents_received_at

        documents_received_at_jalali: None | str
        documents_received_at_jalali = self.documents_received_at_jalali

        fee = self.fee.to_dict()

        id = self.id

        insurance_number = self.insurance_number

        is_pensioner = self.is_pensioner

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)



        national_code = self.national_code

        patient_paid_rials = self.patient_paid_rials

        prosthesis_rials = self.prosthesis_rials

        registered_at: None | str
        registered_at = self.registered_at

        registered_at_jalali: None | str
        registered_at_jalali = self.registered_at_jalali

        returns = self.returns

        reviews = []
        for reviews_item_data in self.reviews:
            reviews_item = reviews_item_data.to_dict()
            reviews.append(reviews_item)



        state = self.state

        supplementary_paid_rials = self.supplementary_paid_rials

        total_paid_rials = self.total_paid_rials

        verification = self.verification.to_dict()

        version = self.version

        approved_at: None | str | Unset
        if isinstance(self.approved_at, Unset):
            approved_at = UNSET
        else:
            approved_at = self.approved_at

        approved_at_jalali: None | str | Unset
        if isinstance(self.approved_at_jalali, Unset):
            approved_at_jalali = UNSET
        else:
            approved_at_jalali = self.approved_at_jalali

        assessment: dict[str, Any] | None | Unset
        if isinstance(self.assessment, Unset):
            assessment = UNSET
        elif isinstance(self.assessment, CaseAssessment):
            assessment = self.assessment.to_dict()
        else:
            assessment = self.assessment

        delivery_counts_at: None | str | Unset
        if isinstance(self.delivery_counts_at, Unset):
            delivery_counts_at = UNSET
        else:
            delivery_counts_at = self.delivery_counts_at

        delivery_counts_at_jalali: None | str | Unset
        if isinstance(self.delivery_counts_at_jalali, Unset):
            delivery_counts_at_jalali = UNSET
        else:
            delivery_counts_at_jalali = self.delivery_counts_at_jalali

        discharge_date: None | str | Unset
        if isinstance(self.discharge_date, Unset):
            discharge_date = UNSET
        else:
            discharge_date = self.discharge_date

        discharge_date_jalali: None | str | Unset
        if isinstance(self.discharge_date_jalali, Unset):
            discharge_date_jalali = UNSET
        else:
            discharge_date_jalali = self.discharge_date_jalali

        inspections_center_id: None | str | Unset
        if isinstance(self.inspections_center_id, Unset):
            inspections_center_id = UNSET
        else:
            inspections_center_id = self.inspections_center_id

        reimbursable_rials: int | None | Unset
        if isinstance(self.reimbursable_rials, Unset):
            reimbursable_rials = UNSET
        else:
            reimbursable_rials = self.reimbursable_rials

        representative: dict[str, Any] | None | Unset
        if isinstance(self.representative, Unset):
            representative = UNSET
        elif isinstance(self.representative, RepresentativeView):
            representative = self.representative.to_dict()
        else:
            representative = self.representative

        rule_data: dict[str, Any] | None | Unset
        if isinstance(self.rule_data, Unset):
            rule_data = UNSET
        elif isinstance(self.rule_data, RuleDataStatus):
            rule_data = self.rule_data.to_dict()
        else:
            rule_data = self.rule_data

        rule_data_version: None | str | Unset
        if isinstance(self.rule_data_version, Unset):
            rule_data_version = UNSET
        else:
            rule_data_version = self.rule_data_version

        submitted_at: None | str | Unset
        if isinstance(self.submitted_at, Unset):
            submitted_at = UNSET
        else:
            submitted_at = self.submitted_at

        submitted_at_jalali: None | str | Unset
        if isinstance(self.submitted_at_jalali, Unset):
            submitted_at_jalali = UNSET
        else:
            submitted_at_jalali = self.submitted_at_jalali

        supplementary_insurer: None | str | Unset
        if isinstance(self.supplementary_insurer, Unset):
            supplementary_insurer = UNSET
        else:
            supplementary_insurer = self.supplementary_insurer

        supplementary_paid_to: None | str | Unset
        if isinstance(self.supplementary_paid_to, Unset):
            supplementary_paid_to = UNSET
        else:
            supplementary_paid_to = self.supplementary_paid_to

        withdrawal_reason: None | str | Unset
        if isinstance(self.withdrawal_reason, Unset):
            withdrawal_reason = UNSET
        else:
            withdrawal_reason = self.withdrawal_reason

        withdrawn_at: None | str | Unset
        if isinstance(self.withdrawn_at, Unset):
            withdrawn_at = UNSET
        else:
            withdrawn_at = self.withdrawn_at

        withdrawn_at_jalali: None | str | Unset
        if isinstance(self.withdrawn_at_jalali, Unset):
            withdrawn_at_jalali = UNSET
        else:
            withdrawn_at_jalali = self.withdrawn_at_jalali


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "admission_date": admission_date,
            "admission_date_jalali": admission_date_jalali,
            "agency_code": agency_code,
            "attachments": attachments,
            "bill_number": bill_number,
            "bill_total_rials": bill_total_rials,
            "case_type": case_type,
            "centre_code": centre_code,
            "centre_name": centre_name,
            "changed": changed,
            "checklist": checklist,
            "cycle": cycle,
            "cycle_started_at": cycle_started_at,
            "cycle_started_at_jalali": cycle_started_at_jalali,
            "deadline": deadline,
            "documents_received_at": documents_received_at,
            "documents_received_at_jalali": documents_received_at_jalali,
            "fee": fee,
            "id": id,
            "insurance_number": insurance_number,
            "is_pensioner": is_pensioner,
            "lines": lines,
            "national_code": national_code,
            "patient_paid_rials": patient_paid_rials,
            "prosthesis_rials": prosthesis_rials,
            "registered_at": registered_at,
            "registered_at_jalali": registered_at_jalali,
            "returns": returns,
            "reviews": reviews,
            "state": state,
            "supplementary_paid_rials": supplementary_paid_rials,
            "total_paid_rials": total_paid_rials,
            "verification": verification,
            "version": version,
        })
        if approved_at is not UNSET:
            field_dict["approved_at"] = approved_at
        if approved_at_jalali is not UNSET:
            field_dict["approved_at_jalali"] = approved_at_jalali
        if assessment is not UNSET:
            field_dict["assessment"] = assessment
        if delivery_counts_at is not UNSET:
            field_dict["delivery_counts_at"] = delivery_counts_at
        if delivery_counts_at_jalali is not UNSET:
            field_dict["delivery_counts_at_jalali"] = delivery_counts_at_jalali
        if discharge_date is not UNSET:
            field_dict["discharge_date"] = discharge_date
        if discharge_date_jalali is not UNSET:
            field_dict["discharge_date_jalali"] = discharge_date_jalali
        if inspections_center_id is not UNSET:
            field_dict["inspections_center_id"] = inspections_center_id
        if reimbursable_rials is not UNSET:
            field_dict["reimbursable_rials"] = reimbursable_rials
        if representative is not UNSET:
            field_dict["representative"] = representative
        if rule_data is not UNSET:
            field_dict["rule_data"] = rule_data
        if rule_data_version is not UNSET:
            field_dict["rule_data_version"] = rule_data_version
        if submitted_at is not UNSET:
            field_dict["submitted_at"] = submitted_at
        if submitted_at_jalali is not UNSET:
            field_dict["submitted_at_jalali"] = submitted_at_jalali
        if supplementary_insurer is not UNSET:
            field_dict["supplementary_insurer"] = supplementary_insurer
        if supplementary_paid_to is not UNSET:
            field_dict["supplementary_paid_to"] = supplementary_paid_to
        if withdrawal_reason is not UNSET:
            field_dict["withdrawal_reason"] = withdrawal_reason
        if withdrawn_at is not UNSET:
            field_dict["withdrawn_at"] = withdrawn_at
        if withdrawn_at_jalali is not UNSET:
            field_dict["withdrawn_at_jalali"] = withdrawn_at_jalali

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment_view import AttachmentView # noqa: PLC0415
        from ..models.case_assessment import CaseAssessment # noqa: PLC0415
        from ..models.case_deadline import CaseDeadline # noqa: PLC0415
        from ..models.case_fee import CaseFee # noqa: PLC0415
        from ..models.case_line_view import CaseLineView # noqa: PLC0415
        from ..models.case_review_view import CaseReviewView # noqa: PLC0415
        from ..models.checklist import Checklist # noqa: PLC0415
        from ..models.representative_view import RepresentativeView # noqa: PLC0415
        from ..models.rule_data_status import RuleDataStatus # noqa: PLC0415
        from ..models.verification_summary import VerificationSummary # noqa: PLC0415
        d = dict(src_dict)
        def _parse_admission_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        admission_date = _parse_admission_date(d.pop("admission_date"))


        def _parse_admission_date_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        admission_date_jalali = _parse_admission_date_jalali(d.pop("admission_date_jalali"))


        agency_code = d.pop("agency_code")

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in (_attachments):
            attachments_item = AttachmentView.from_dict(attachments_item_data)



            attachments.append(attachments_item)


        bill_number = d.pop("bill_number")

        bill_total_rials = d.pop("bill_total_rials")

        case_type = d.pop("case_type")

        centre_code = d.pop("centre_code")

        centre_name = d.pop("centre_name")

        changed = cast(list[str], d.pop("changed"))


        checklist = Checklist.from_dict(d.pop("checklist"))




        cycle = d.pop("cycle")

        def _parse_cycle_started_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cycle_started_at = _parse_cycle_started_at(d.pop("cycle_started_at"))


        def _parse_cycle_started_at_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cycle_started_at_jalali = _parse_cycle_started_at_jalali(d.pop("cycle_started_at_jalali"))


        deadline = CaseDeadline.from_dict(d.pop("deadline"))




        def _parse_documents_received_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        documents_received_at = _parse_documents_received_at(d.pop("documents_received_at"))


        def _parse_documents_received_at_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        documents_received_at_jalali = _parse_documents_received_at_jalali(d.pop("documents_received_at_jalali"))


        fee = CaseFee.from_dict(d.pop("fee"))




        id = d.pop("id")

        insurance_number = d.pop("insurance_number")

        is_pensioner = d.pop("is_pensioner")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in (_lines):
            lines_item = CaseLineView.from_dict(lines_item_data)



            lines.append(lines_item)


        national_code = d.pop("national_code")

        patient_paid_rials = d.pop("patient_paid_rials")

        prosthesis_rials = d.pop("prosthesis_rials")

        def _parse_registered_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registered_at = _parse_registered_at(d.pop("registered_at"))


        def _parse_registered_at_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registered_at_jalali = _parse_registered_at_jalali(d.pop("registered_at_jalali"))


        returns = d.pop("returns")

        reviews = []
        _reviews = d.pop("reviews")
        for reviews_item_data in (_reviews):
            reviews_item = CaseReviewView.from_dict(reviews_item_data)



            reviews.append(reviews_item)


        state = d.pop("state")

        supplementary_paid_rials = d.pop("supplementary_paid_rials")

        total_paid_rials = d.pop("total_paid_rials")

        verification = VerificationSummary.from_dict(d.pop("verification"))




        version = d.pop("version")

        def _parse_approved_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approved_at = _parse_approved_at(d.pop("approved_at", UNSET))


        def _parse_approved_at_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approved_at_jalali = _parse_approved_at_jalali(d.pop("approved_at_jalali", UNSET))


        def _parse_assessment(data: object) -> CaseAssessment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assessment_type_0 = CaseAssessment.from_dict(data)



                return assessment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaseAssessment | None | Unset, data)

        assessment = _parse_assessment(d.pop("assessment", UNSET))


        def _parse_delivery_counts_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_counts_at = _parse_delivery_counts_at(d.pop("delivery_counts_at", UNSET))


        def _parse_delivery_counts_at_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_counts_at_jalali = _parse_delivery_counts_at_jalali(d.pop("delivery_counts_at_jalali", UNSET))


        def _parse_discharge_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        discharge_date = _parse_discharge_date(d.pop("discharge_date", UNSET))


        def _parse_discharge_date_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        discharge_date_jalali = _parse_discharge_date_jalali(d.pop("discharge_date_jalali", UNSET))


        def _parse_inspections_center_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inspections_center_id = _parse_inspections_center_id(d.pop("inspections_center_id", UNSET))


        def _parse_reimbursable_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reimbursable_rials = _parse_reimbursable_rials(d.pop("reimbursable_rials", UNSET))


        def _parse_representative(data: object) -> None | RepresentativeView | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                representative_type_0 = RepresentativeView.from_dict(data)



                return representative_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RepresentativeView | Unset, data)

        representative = _parse_representative(d.pop("representative", UNSET))


        def _parse_rule_data(data: object) -> None | RuleDataStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rule_data_type_0 = RuleDataStatus.from_dict(data)



                return rule_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RuleDataStatus | Unset, data)

        rule_data = _parse_rule_data(d.pop("rule_data", UNSET))


        def _parse_rule_data_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule_data_version = _parse_rule_data_version(d.pop("rule_data_version", UNSET))


        def _parse_submitted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at", UNSET))


        def _parse_submitted_at_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        submitted_at_jalali = _parse_submitted_at_jalali(d.pop("submitted_at_jalali", UNSET))


        def _parse_supplementary_insurer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplementary_insurer = _parse_supplementary_insurer(d.pop("supplementary_insurer", UNSET))


        def _parse_supplementary_paid_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplementary_paid_to = _parse_supplementary_paid_to(d.pop("supplementary_paid_to", UNSET))


        def _parse_withdrawal_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        withdrawal_reason = _parse_withdrawal_reason(d.pop("withdrawal_reason", UNSET))


        def _parse_withdrawn_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        withdrawn_at = _parse_withdrawn_at(d.pop("withdrawn_at", UNSET))


        def _parse_withdrawn_at_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        withdrawn_at_jalali = _parse_withdrawn_at_jalali(d.pop("withdrawn_at_jalali", UNSET))


        corrected_case = cls(
            admission_date=admission_date,
            admission_date_jalali=admission_date_jalali,
            agency_code=agency_code,
            attachments=attachments,
            bill_number=bill_number,
            bill_total_rials=bill_total_rials,
            case_type=case_type,
            centre_code=centre_code,
            centre_name=centre_name,
            changed=changed,
            checklist=checklist,
            cycle=cycle,
            cycle_started_at=cycle_started_at,
            cycle_started_at_jalali=cycle_started_at_jalali,
            deadline=deadline,
            documents_received_at=documents_received_at,
            documents_received_at_jalali=documents_received_at_jalali,
            fee=fee,
            id=id,
            insurance_number=insurance_number,
            is_pensioner=is_pensioner,
            lines=lines,
            national_code=national_code,
            patient_paid_rials=patient_paid_rials,
            prosthesis_rials=prosthesis_rials,
            registered_at=registered_at,
            registered_at_jalali=registered_at_jalali,
            returns=returns,
            reviews=reviews,
            state=state,
            supplementary_paid_rials=supplementary_paid_rials,
            total_paid_rials=total_paid_rials,
            verification=verification,
            version=version,
            approved_at=approved_at,
            approved_at_jalali=approved_at_jalali,
            assessment=assessment,
            delivery_counts_at=delivery_counts_at,
            delivery_counts_at_jalali=delivery_counts_at_jalali,
            discharge_date=discharge_date,
            discharge_date_jalali=discharge_date_jalali,
            inspections_center_id=inspections_center_id,
            reimbursable_rials=reimbursable_rials,
            representative=representative,
            rule_data=rule_data,
            rule_data_version=rule_data_version,
            submitted_at=submitted_at,
            submitted_at_jalali=submitted_at_jalali,
            supplementary_insurer=supplementary_insurer,
            supplementary_paid_to=supplementary_paid_to,
            withdrawal_reason=withdrawal_reason,
            withdrawn_at=withdrawn_at,
            withdrawn_at_jalali=withdrawn_at_jalali,
        )


        corrected_case.additional_properties = d
        return corrected_case

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
