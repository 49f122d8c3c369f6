""" Contains all the data models used in inputs/outputs """

from .action_in import ActionIn
from .action_in_referral_to_type_0 import ActionInReferralToType0
from .action_in_type import ActionInType
from .add_documents_response_adddocuments import AddDocumentsResponseAdddocuments
from .administration_in import AdministrationIn
from .agency_case_list import AgencyCaseList
from .agency_in import AgencyIn
from .agency_in_licence_status import AgencyInLicenceStatus
from .agency_in_rollout import AgencyInRollout
from .agency_list import AgencyList
from .agency_month_stats import AgencyMonthStats
from .agency_month_stats_cases_by_type_and_state import AgencyMonthStatsCasesByTypeAndState
from .agency_month_stats_cases_by_type_and_state_additional_property import AgencyMonthStatsCasesByTypeAndStateAdditionalProperty
from .agency_rollout_change import AgencyRolloutChange
from .agency_rollout_change_licence_status import AgencyRolloutChangeLicenceStatus
from .agency_rollout_change_rollout import AgencyRolloutChangeRollout
from .agency_trainings import AgencyTrainings
from .agency_trainings_basis_item import AgencyTrainingsBasisItem
from .agency_update import AgencyUpdate
from .agency_update_licence_status import AgencyUpdateLicenceStatus
from .agency_view import AgencyView
from .agency_view_licence_status import AgencyViewLicenceStatus
from .agency_view_rollout import AgencyViewRollout
from .agency_violations import AgencyViolations
from .approval import Approval
from .approval_in import ApprovalIn
from .approval_in_kind import ApprovalInKind
from .approval_in_type import ApprovalInType
from .assessment_line import AssessmentLine
from .assessment_outcome import AssessmentOutcome
from .assessment_outcome_basis_item import AssessmentOutcomeBasisItem
from .assessment_outcome_prosthesis import AssessmentOutcomeProsthesis
from .assessment_rule_data import AssessmentRuleData
from .assessment_rule_data_organization_share_type_0 import AssessmentRuleDataOrganizationShareType0
from .assessment_rule_data_prosthesis_type_0 import AssessmentRuleDataProsthesisType0
from .assessment_rule_data_tariff_ceilings_rials_type_0 import AssessmentRuleDataTariffCeilingsRialsType0
from .assessment_rules_in import AssessmentRulesIn
from .assessment_rules_in_organization_share import AssessmentRulesInOrganizationShare
from .assessment_rules_in_prosthesis import AssessmentRulesInProsthesis
from .assessment_rules_in_tariff_ceilings_rials import AssessmentRulesInTariffCeilingsRials
from .assessment_rules_in_unknown_service_code import AssessmentRulesInUnknownServiceCode
from .assigned_expert import AssignedExpert
from .attachment_in import AttachmentIn
from .attachment_in_doc_type import AttachmentInDocType
from .attachment_in_media_type import AttachmentInMediaType
from .attachment_view import AttachmentView
from .body_site import BodySite
from .care_setting import CareSetting
from .case_assessment import CaseAssessment
from .case_assessment_basis_item import CaseAssessmentBasisItem
from .case_assessment_prosthesis import CaseAssessmentProsthesis
from .case_correction import CaseCorrection
from .case_correction_supplementary_paid_to_type_0 import CaseCorrectionSupplementaryPaidToType0
from .case_deadline import CaseDeadline
from .case_deadline_basis_item import CaseDeadlineBasisItem
from .case_decision import CaseDecision
from .case_fee import CaseFee
from .case_history import CaseHistory
from .case_in import CaseIn
from .case_in_supplementary_paid_to import CaseInSupplementaryPaidTo
from .case_line_view import CaseLineView
from .case_line_view_kind import CaseLineViewKind
from .case_list_filter import CaseListFilter
from .case_review_view import CaseReviewView
from .case_review_view_outcome import CaseReviewViewOutcome
from .case_summary import CaseSummary
from .centre_in import CentreIn
from .centre_in_kinds_item import CentreInKindsItem
from .centre_in_status import CentreInStatus
from .centre_list_format_type_0 import CentreListFormatType0
from .chain_verification import ChainVerification
from .checklist import Checklist
from .checkpoint_summary import CheckpointSummary
from .circular_in_force import CircularInForce
from .claim_case import ClaimCase
from .compensated_violation import CompensatedViolation
from .compensated_violation_proof import CompensatedViolationProof
from .compensation_due import CompensationDue
from .compensation_paid_in import CompensationPaidIn
from .compensation_paid_in_payee import CompensationPaidInPayee
from .consent_in import ConsentIn
from .consent_in_signed_by_type_0 import ConsentInSignedByType0
from .contraindication import Contraindication
from .contraindications import Contraindications
from .control_in import ControlIn
from .control_in_code import ControlInCode
from .control_in_result import ControlInResult
from .control_view import ControlView
from .control_view_result_type_0 import ControlViewResultType0
from .controls_in import ControlsIn
from .corrected_case import CorrectedCase
from .course import Course
from .coverage_in import CoverageIn
from .create_inspection_files_body import CreateInspectionFilesBody
from .create_inspection_json_inspection_in import CreateInspectionJsonInspectionIn
from .create_inspection_json_inspection_in_answer_in import CreateInspectionJsonInspectionInAnswerIn
from .create_inspection_json_inspection_in_answer_in_result import CreateInspectionJsonInspectionInAnswerInResult
from .create_inspection_json_inspection_in_answer_in_severity_type_0 import CreateInspectionJsonInspectionInAnswerInSeverityType0
from .create_inspection_json_inspection_in_evidence_in import CreateInspectionJsonInspectionInEvidenceIn
from .customs_action_in import CustomsActionIn
from .customs_action_in_action import CustomsActionInAction
from .customs_citation import CustomsCitation
from .customs_citation_configuration_type_0 import CustomsCitationConfigurationType0
from .customs_citation_evidence_item import CustomsCitationEvidenceItem
from .customs_office import CustomsOffice
from .customs_office_list import CustomsOfficeList
from .customs_reason import CustomsReason
from .customs_requirement import CustomsRequirement
from .customs_workflow_step import CustomsWorkflowStep
from .decided_violation import DecidedViolation
from .decided_violation_proof import DecidedViolationProof
from .decision_record_view import DecisionRecordView
from .decision_ref import DecisionRef
from .declaration_company import DeclarationCompany
from .declaration_detail import DeclarationDetail
from .declaration_detail_reference_versions import DeclarationDetailReferenceVersions
from .declaration_in import DeclarationIn
from .declaration_in_channel import DeclarationInChannel
from .declaration_in_purpose import DeclarationInPurpose
from .declaration_item import DeclarationItem
from .declaration_item_in import DeclarationItemIn
from .declaration_item_in_category import DeclarationItemInCategory
from .declaration_item_in_product_kind_type_0 import DeclarationItemInProductKindType0
from .declaration_item_matches import DeclarationItemMatches
from .declaration_list import DeclarationList
from .declaration_owner import DeclarationOwner
from .declaration_summary import DeclarationSummary
from .declaration_verification import DeclarationVerification
from .document_in import DocumentIn
from .document_requirement import DocumentRequirement
from .document_verification import DocumentVerification
from .document_verification_language import DocumentVerificationLanguage
from .document_verification_status import DocumentVerificationStatus
from .documents_add import DocumentsAdd
from .dose import Dose
from .dose_unit import DoseUnit
from .drug import Drug
from .earlier_rule_data import EarlierRuleData
from .education_response_education import EducationResponseEducation
from .expert_assignment_in import ExpertAssignmentIn
from .expert_assignment_record import ExpertAssignmentRecord
from .expert_estimate import ExpertEstimate
from .expert_identification import ExpertIdentification
from .expert_withdrawal import ExpertWithdrawal
from .export_application import ExportApplication
from .export_application_item import ExportApplicationItem
from .export_item_in import ExportItemIn
from .export_permit_detail import ExportPermitDetail
from .export_permit_detail_identified_type_0 import ExportPermitDetailIdentifiedType0
from .export_permit_detail_permitted import ExportPermitDetailPermitted
from .export_permit_in import ExportPermitIn
from .export_permit_in_channel import ExportPermitInChannel
from .export_permit_item import ExportPermitItem
from .export_permit_item_matches import ExportPermitItemMatches
from .export_prescription import ExportPrescription
from .export_prescription_record import ExportPrescriptionRecord
from .export_workflow import ExportWorkflow
from .fee_derivation_check import FeeDerivationCheck
from .fee_schedule import FeeSchedule
from .fee_schedule_basis_item import FeeScheduleBasisItem
from .fee_schedule_item import FeeScheduleItem
from .fee_statement import FeeStatement
from .fee_statement_cases_without_fee_by_state import FeeStatementCasesWithoutFeeByState
from .fee_statement_line import FeeStatementLine
from .fee_statement_schedule import FeeStatementSchedule
from .fee_total_by_case_type import FeeTotalByCaseType
from .get_action_response_getaction import GetActionResponseGetaction
from .get_authorization_response_getauthorization import GetAuthorizationResponseGetauthorization
from .get_centre_response_getcentre import GetCentreResponseGetcentre
from .get_checklist_response_getchecklist import GetChecklistResponseGetchecklist
from .get_clearance_letter_format_type_0 import GetClearanceLetterFormatType0
from .get_export_permit_letter_format_type_0 import GetExportPermitLetterFormatType0
from .get_gateway_health_response_getgatewayhealth import GetGatewayHealthResponseGetgatewayhealth
from .get_guideline_response_getguideline import GetGuidelineResponseGetguideline
from .get_inspection_response_getinspection import GetInspectionResponseGetinspection
from .get_request_response_getrequest import GetRequestResponseGetrequest
from .get_rules_response_getrules import GetRulesResponseGetrules
from .get_violation_response_getviolation import GetViolationResponseGetviolation
from .goods_owner import GoodsOwner
from .goods_owner_kind import GoodsOwnerKind
from .guideline import Guideline
from .health import Health
from .importer_company import ImporterCompany
from .importer_company_activities_item import ImporterCompanyActivitiesItem
from .indication import Indication
from .informed_consent import InformedConsent
from .injection_in import InjectionIn
from .injection_in_eye_type_0 import InjectionInEyeType0
from .insured_case_list import InsuredCaseList
from .insured_case_summary import InsuredCaseSummary
from .insured_case_view import InsuredCaseView
from .insured_deadline import InsuredDeadline
from .inventory_line import InventoryLine
from .inventory_line_kind_type_0 import InventoryLineKindType0
from .licence_in import LicenceIn
from .limits import Limits
from .line_in import LineIn
from .line_in_kind import LineInKind
from .line_in_regenerative_kind_type_0 import LineInRegenerativeKindType0
from .line_verification import LineVerification
from .line_verification_basis_type_0_item import LineVerificationBasisType0Item
from .line_verification_checks_item import LineVerificationChecksItem
from .line_verification_result import LineVerificationResult
from .list_centres_kind_type_0 import ListCentresKindType0
from .list_centres_response_listcentres import ListCentresResponseListcentres
from .list_centres_status_type_0 import ListCentresStatusType0
from .list_checklists_response_listchecklists import ListChecklistsResponseListchecklists
from .list_guidelines_response_listguidelines import ListGuidelinesResponseListguidelines
from .list_insurers_response_listinsurers import ListInsurersResponseListinsurers
from .list_requests_response_listrequests import ListRequestsResponseListrequests
from .list_requests_status_type_0 import ListRequestsStatusType0
from .list_violations_response_listviolations import ListViolationsResponseListviolations
from .list_violations_state_type_0 import ListViolationsStateType0
from .monthly_plan_response_monthlyplan import MonthlyPlanResponseMonthlyplan
from .monthly_report import MonthlyReport
from .monthly_report_basis_item import MonthlyReportBasisItem
from .monthly_report_sent import MonthlyReportSent
from .next_action import NextAction
from .owner_responsibility import OwnerResponsibility
from .penalty_choice import PenaltyChoice
from .penalty_decision_in import PenaltyDecisionIn
from .penalty_decision_in_outcome import PenaltyDecisionInOutcome
from .penalty_decision_in_penalty_type_0 import PenaltyDecisionInPenaltyType0
from .penalty_path import PenaltyPath
from .penalty_proposal_in import PenaltyProposalIn
from .penalty_proposal_in_penalty import PenaltyProposalInPenalty
from .penalty_step import PenaltyStep
from .permissibility_in import PermissibilityIn
from .permissibility_in_activity import PermissibilityInActivity
from .permissibility_in_approval import PermissibilityInApproval
from .permissibility_in_kind import PermissibilityInKind
from .permitted_quantity import PermittedQuantity
from .physical_space_in import PhysicalSpaceIn
from .pilot_bounds_view import PilotBoundsView
from .precheck_answer import PrecheckAnswer
from .precheck_in import PrecheckIn
from .precheck_in_channel import PrecheckInChannel
from .precheck_in_direction import PrecheckInDirection
from .precheck_in_items_item import PrecheckInItemsItem
from .precheck_in_purpose import PrecheckInPurpose
from .precheck_item import PrecheckItem
from .precheck_reason import PrecheckReason
from .precheck_requirement import PrecheckRequirement
from .precheck_verification import PrecheckVerification
from .precheck_warning import PrecheckWarning
from .preparation import Preparation
from .preparation_rule import PreparationRule
from .prescriber import Prescriber
from .problem import Problem
from .problem_field_error import ProblemFieldError
from .proof_in import ProofIn
from .province_rollout_change import ProvinceRolloutChange
from .province_rollout_in import ProvinceRolloutIn
from .public_search_response_publicsearch import PublicSearchResponsePublicsearch
from .public_status_response_publicstatus import PublicStatusResponsePublicstatus
from .quarterly_report_format_type_0 import QuarterlyReportFormatType0
from .query_authorization_eye_type_0 import QueryAuthorizationEyeType0
from .query_authorization_response_queryauthorization import QueryAuthorizationResponseQueryauthorization
from .read_with import ReadWith
from .readiness import Readiness
from .reassessment import Reassessment
from .recorded_violation import RecordedViolation
from .recorded_violation_proof import RecordedViolationProof
from .recorded_wage import RecordedWage
from .recorded_wage_basis_item import RecordedWageBasisItem
from .reference_catalogue import ReferenceCatalogue
from .reference_list_info import ReferenceListInfo
from .reference_list_page import ReferenceListPage
from .reference_list_page_items_item import ReferenceListPageItemsItem
from .reference_upload import ReferenceUpload
from .regulation_detail import RegulationDetail
from .regulation_entry import RegulationEntry
from .regulation_list import RegulationList
from .regulation_reference import RegulationReference
from .relation import Relation
from .relation_type import RelationType
from .representative_in import RepresentativeIn
from .representative_view import RepresentativeView
from .request_create import RequestCreate
from .request_create_dose_unit import RequestCreateDoseUnit
from .request_create_eye_type_0 import RequestCreateEyeType0
from .review_in import ReviewIn
from .review_in_outcome import ReviewInOutcome
from .review_in_reason_codes_item import ReviewInReasonCodesItem
from .review_item_decision import ReviewItemDecision
from .review_item_decision_decision import ReviewItemDecisionDecision
from .review_office_detail import ReviewOfficeDetail
from .review_office_in import ReviewOfficeIn
from .review_office_view import ReviewOfficeView
from .review_outcome import ReviewOutcome
from .review_outcome_outcome import ReviewOutcomeOutcome
from .rollout_approval_in import RolloutApprovalIn
from .rollout_approval_in_approved_by_item import RolloutApprovalInApprovedByItem
from .rollout_approval_view import RolloutApprovalView
from .rollout_in import RolloutIn
from .rollout_in_rollout import RolloutInRollout
from .rollout_status import RolloutStatus
from .rollout_status_basis_item import RolloutStatusBasisItem
from .rollout_status_phase import RolloutStatusPhase
from .rule_data_publication import RuleDataPublication
from .rule_data_status import RuleDataStatus
from .rule_data_status_basis_item import RuleDataStatusBasisItem
from .rule_status_response_rulestatus import RuleStatusResponseRulestatus
from .setting import Setting
from .small_quantity_allowance import SmallQuantityAllowance
from .small_quantity_row import SmallQuantityRow
from .source import Source
from .source_kind import SourceKind
from .specialty import Specialty
from .status_on_kind_type_0 import StatusOnKindType0
from .status_on_response_statuson import StatusOnResponseStatuson
from .status_ruling_in import StatusRulingIn
from .status_ruling_in_status import StatusRulingInStatus
from .submission_in import SubmissionIn
from .submission_outcome import SubmissionOutcome
from .substance_identification import SubstanceIdentification
from .supplied_rule_data import SuppliedRuleData
from .supplied_rules import SuppliedRules
from .supplied_rules_basis_item import SuppliedRulesBasisItem
from .technical_manager_in import TechnicalManagerIn
from .training_in import TrainingIn
from .training_in_coordinated_with_item import TrainingInCoordinatedWithItem
from .training_view import TrainingView
from .transition_in import TransitionIn
from .transition_in_to import TransitionInTo
from .transition_response_transition import TransitionResponseTransition
from .verification_in import VerificationIn
from .verification_in_scope import VerificationInScope
from .verification_retry import VerificationRetry
from .verification_run import VerificationRun
from .verification_run_scope import VerificationRunScope
from .verification_summary import VerificationSummary
from .verification_summary_state import VerificationSummaryState
from .verified_document import VerifiedDocument
from .verified_document_kind import VerifiedDocumentKind
from .verified_item import VerifiedItem
from .verified_item_unit import VerifiedItemUnit
from .violation_compensation import ViolationCompensation
from .violation_in import ViolationIn
from .violation_in_kind import ViolationInKind
from .violation_in_proposed_penalty_type_0 import ViolationInProposedPenaltyType0
from .violation_view import ViolationView
from .violation_view_proof import ViolationViewProof
from .wage_in import WageIn
from .withdrawal_in import WithdrawalIn
from .withdrawal_outcome import WithdrawalOutcome
from .withdrawn_case import WithdrawnCase
from .x3_answer import X3Answer
from .x3_approval_in import X3ApprovalIn
from .x3_approval_in_type import X3ApprovalInType
from .x3_check import X3Check

__all__ = (
    "ActionIn",
    "ActionInReferralToType0",
    "ActionInType",
    "AddDocumentsResponseAdddocuments",
    "AdministrationIn",
    "AgencyCaseList",
    "AgencyIn",
    "AgencyInLicenceStatus",
    "AgencyInRollout",
    "AgencyList",
    "AgencyMonthStats",
    "AgencyMonthStatsCasesByTypeAndState",
    "AgencyMonthStatsCasesByTypeAndStateAdditionalProperty",
    "AgencyRolloutChange",
    "AgencyRolloutChangeLicenceStatus",
    "AgencyRolloutChangeRollout",
    "AgencyTrainings",
    "AgencyTrainingsBasisItem",
    "AgencyUpdate",
    "AgencyUpdateLicenceStatus",
    "AgencyView",
    "AgencyViewLicenceStatus",
    "AgencyViewRollout",
    "AgencyViolations",
    "Approval",
    "ApprovalIn",
    "ApprovalInKind",
    "ApprovalInType",
    "AssessmentLine",
    "AssessmentOutcome",
    "AssessmentOutcomeBasisItem",
    "AssessmentOutcomeProsthesis",
    "AssessmentRuleData",
    "AssessmentRuleDataOrganizationShareType0",
    "AssessmentRuleDataProsthesisType0",
    "AssessmentRuleDataTariffCeilingsRialsType0",
    "AssessmentRulesIn",
    "AssessmentRulesInOrganizationShare",
    "AssessmentRulesInProsthesis",
    "AssessmentRulesInTariffCeilingsRials",
    "AssessmentRulesInUnknownServiceCode",
    "AssignedExpert",
    "AttachmentIn",
    "AttachmentInDocType",
    "AttachmentInMediaType",
    "AttachmentView",
    "BodySite",
    "CareSetting",
    "CaseAssessment",
    "CaseAssessmentBasisItem",
    "CaseAssessmentProsthesis",
    "CaseCorrection",
    "CaseCorrectionSupplementaryPaidToType0",
    "CaseDeadline",
    "CaseDeadlineBasisItem",
    "CaseDecision",
    "CaseFee",
    "CaseHistory",
    "CaseIn",
    "CaseInSupplementaryPaidTo",
    "CaseLineView",
    "CaseLineViewKind",
    "CaseListFilter",
    "CaseReviewView",
    "CaseReviewViewOutcome",
    "CaseSummary",
    "CentreIn",
    "CentreInKindsItem",
    "CentreInStatus",
    "CentreListFormatType0",
    "ChainVerification",
    "Checklist",
    "CheckpointSummary",
    "CircularInForce",
    "ClaimCase",
    "CompensatedViolation",
    "CompensatedViolationProof",
    "CompensationDue",
    "CompensationPaidIn",
    "CompensationPaidInPayee",
    "ConsentIn",
    "ConsentInSignedByType0",
    "Contraindication",
    "Contraindications",
    "ControlIn",
    "ControlInCode",
    "ControlInResult",
    "ControlsIn",
    "ControlView",
    "ControlViewResultType0",
    "CorrectedCase",
    "Course",
    "CoverageIn",
    "CreateInspectionFilesBody",
    "CreateInspectionJsonInspectionIn",
    "CreateInspectionJsonInspectionInAnswerIn",
    "CreateInspectionJsonInspectionInAnswerInResult",
    "CreateInspectionJsonInspectionInAnswerInSeverityType0",
    "CreateInspectionJsonInspectionInEvidenceIn",
    "CustomsActionIn",
    "CustomsActionInAction",
    "CustomsCitation",
    "CustomsCitationConfigurationType0",
    "CustomsCitationEvidenceItem",
    "CustomsOffice",
    "CustomsOfficeList",
    "CustomsReason",
    "CustomsRequirement",
    "CustomsWorkflowStep",
    "DecidedViolation",
    "DecidedViolationProof",
    "DecisionRecordView",
    "DecisionRef",
    "DeclarationCompany",
    "DeclarationDetail",
    "DeclarationDetailReferenceVersions",
    "DeclarationIn",
    "DeclarationInChannel",
    "DeclarationInPurpose",
    "DeclarationItem",
    "DeclarationItemIn",
    "DeclarationItemInCategory",
    "DeclarationItemInProductKindType0",
    "DeclarationItemMatches",
    "DeclarationList",
    "DeclarationOwner",
    "DeclarationSummary",
    "DeclarationVerification",
    "DocumentIn",
    "DocumentRequirement",
    "DocumentsAdd",
    "DocumentVerification",
    "DocumentVerificationLanguage",
    "DocumentVerificationStatus",
    "Dose",
    "DoseUnit",
    "Drug",
    "EarlierRuleData",
    "EducationResponseEducation",
    "ExpertAssignmentIn",
    "ExpertAssignmentRecord",
    "ExpertEstimate",
    "ExpertIdentification",
    "ExpertWithdrawal",
    "ExportApplication",
    "ExportApplicationItem",
    "ExportItemIn",
    "ExportPermitDetail",
    "ExportPermitDetailIdentifiedType0",
    "ExportPermitDetailPermitted",
    "ExportPermitIn",
    "ExportPermitInChannel",
    "ExportPermitItem",
    "ExportPermitItemMatches",
    "ExportPrescription",
    "ExportPrescriptionRecord",
    "ExportWorkflow",
    "FeeDerivationCheck",
    "FeeSchedule",
    "FeeScheduleBasisItem",
    "FeeScheduleItem",
    "FeeStatement",
    "FeeStatementCasesWithoutFeeByState",
    "FeeStatementLine",
    "FeeStatementSchedule",
    "FeeTotalByCaseType",
    "GetActionResponseGetaction",
    "GetAuthorizationResponseGetauthorization",
    "GetCentreResponseGetcentre",
    "GetChecklistResponseGetchecklist",
    "GetClearanceLetterFormatType0",
    "GetExportPermitLetterFormatType0",
    "GetGatewayHealthResponseGetgatewayhealth",
    "GetGuidelineResponseGetguideline",
    "GetInspectionResponseGetinspection",
    "GetRequestResponseGetrequest",
    "GetRulesResponseGetrules",
    "GetViolationResponseGetviolation",
    "GoodsOwner",
    "GoodsOwnerKind",
    "Guideline",
    "Health",
    "ImporterCompany",
    "ImporterCompanyActivitiesItem",
    "Indication",
    "InformedConsent",
    "InjectionIn",
    "InjectionInEyeType0",
    "InsuredCaseList",
    "InsuredCaseSummary",
    "InsuredCaseView",
    "InsuredDeadline",
    "InventoryLine",
    "InventoryLineKindType0",
    "LicenceIn",
    "Limits",
    "LineIn",
    "LineInKind",
    "LineInRegenerativeKindType0",
    "LineVerification",
    "LineVerificationBasisType0Item",
    "LineVerificationChecksItem",
    "LineVerificationResult",
    "ListCentresKindType0",
    "ListCentresResponseListcentres",
    "ListCentresStatusType0",
    "ListChecklistsResponseListchecklists",
    "ListGuidelinesResponseListguidelines",
    "ListInsurersResponseListinsurers",
    "ListRequestsResponseListrequests",
    "ListRequestsStatusType0",
    "ListViolationsResponseListviolations",
    "ListViolationsStateType0",
    "MonthlyPlanResponseMonthlyplan",
    "MonthlyReport",
    "MonthlyReportBasisItem",
    "MonthlyReportSent",
    "NextAction",
    "OwnerResponsibility",
    "PenaltyChoice",
    "PenaltyDecisionIn",
    "PenaltyDecisionInOutcome",
    "PenaltyDecisionInPenaltyType0",
    "PenaltyPath",
    "PenaltyProposalIn",
    "PenaltyProposalInPenalty",
    "PenaltyStep",
    "PermissibilityIn",
    "PermissibilityInActivity",
    "PermissibilityInApproval",
    "PermissibilityInKind",
    "PermittedQuantity",
    "PhysicalSpaceIn",
    "PilotBoundsView",
    "PrecheckAnswer",
    "PrecheckIn",
    "PrecheckInChannel",
    "PrecheckInDirection",
    "PrecheckInItemsItem",
    "PrecheckInPurpose",
    "PrecheckItem",
    "PrecheckReason",
    "PrecheckRequirement",
    "PrecheckVerification",
    "PrecheckWarning",
    "Preparation",
    "PreparationRule",
    "Prescriber",
    "Problem",
    "ProblemFieldError",
    "ProofIn",
    "ProvinceRolloutChange",
    "ProvinceRolloutIn",
    "PublicSearchResponsePublicsearch",
    "PublicStatusResponsePublicstatus",
    "QuarterlyReportFormatType0",
    "QueryAuthorizationEyeType0",
    "QueryAuthorizationResponseQueryauthorization",
    "Readiness",
    "ReadWith",
    "Reassessment",
    "RecordedViolation",
    "RecordedViolationProof",
    "RecordedWage",
    "RecordedWageBasisItem",
    "ReferenceCatalogue",
    "ReferenceListInfo",
    "ReferenceListPage",
    "ReferenceListPageItemsItem",
    "ReferenceUpload",
    "RegulationDetail",
    "RegulationEntry",
    "RegulationList",
    "RegulationReference",
    "Relation",
    "RelationType",
    "RepresentativeIn",
    "RepresentativeView",
    "RequestCreate",
    "RequestCreateDoseUnit",
    "RequestCreateEyeType0",
    "ReviewIn",
    "ReviewInOutcome",
    "ReviewInReasonCodesItem",
    "ReviewItemDecision",
    "ReviewItemDecisionDecision",
    "ReviewOfficeDetail",
    "ReviewOfficeIn",
    "ReviewOfficeView",
    "ReviewOutcome",
    "ReviewOutcomeOutcome",
    "RolloutApprovalIn",
    "RolloutApprovalInApprovedByItem",
    "RolloutApprovalView",
    "RolloutIn",
    "RolloutInRollout",
    "RolloutStatus",
    "RolloutStatusBasisItem",
    "RolloutStatusPhase",
    "RuleDataPublication",
    "RuleDataStatus",
    "RuleDataStatusBasisItem",
    "RuleStatusResponseRulestatus",
    "Setting",
    "SmallQuantityAllowance",
    "SmallQuantityRow",
    "Source",
    "SourceKind",
    "Specialty",
    "StatusOnKindType0",
    "StatusOnResponseStatuson",
    "StatusRulingIn",
    "StatusRulingInStatus",
    "SubmissionIn",
    "SubmissionOutcome",
    "SubstanceIdentification",
    "SuppliedRuleData",
    "SuppliedRules",
    "SuppliedRulesBasisItem",
    "TechnicalManagerIn",
    "TrainingIn",
    "TrainingInCoordinatedWithItem",
    "TrainingView",
    "TransitionIn",
    "TransitionInTo",
    "TransitionResponseTransition",
    "VerificationIn",
    "VerificationInScope",
    "VerificationRetry",
    "VerificationRun",
    "VerificationRunScope",
    "VerificationSummary",
    "VerificationSummaryState",
    "VerifiedDocument",
    "VerifiedDocumentKind",
    "VerifiedItem",
    "VerifiedItemUnit",
    "ViolationCompensation",
    "ViolationIn",
    "ViolationInKind",
    "ViolationInProposedPenaltyType0",
    "ViolationView",
    "ViolationViewProof",
    "WageIn",
    "WithdrawalIn",
    "WithdrawalOutcome",
    "WithdrawnCase",
    "X3Answer",
    "X3ApprovalIn",
    "X3ApprovalInType",
    "X3Check",
)
