""" Contains all the data models used in inputs/outputs """

from .administration_check import AdministrationCheck
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
from .approved_course import ApprovedCourse
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
from .authorization_check import AuthorizationCheck
from .authorization_query import AuthorizationQuery
from .care_setting_option import CareSettingOption
from .care_setting_rule import CareSettingRule
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
from .centre_approval import CentreApproval
from .centre_approval_in import CentreApprovalIn
from .centre_approval_in_kind import CentreApprovalInKind
from .centre_approval_in_type import CentreApprovalInType
from .centre_approval_kind import CentreApprovalKind
from .centre_detail import CentreDetail
from .centre_detail_kinds_item import CentreDetailKindsItem
from .centre_detail_status import CentreDetailStatus
from .centre_in import CentreIn
from .centre_in_kinds_item import CentreInKindsItem
from .centre_in_status import CentreInStatus
from .centre_licence import CentreLicence
from .centre_licence_in import CentreLicenceIn
from .centre_list import CentreList
from .centre_list_entry import CentreListEntry
from .centre_list_entry_group import CentreListEntryGroup
from .centre_list_report import CentreListReport
from .centre_list_report_counts import CentreListReportCounts
from .centre_list_report_counts_by_status import CentreListReportCountsByStatus
from .centre_physical_space import CentrePhysicalSpace
from .centre_physical_space_in import CentrePhysicalSpaceIn
from .centre_status_on import CentreStatusOn
from .centre_status_on_status_type_0 import CentreStatusOnStatusType0
from .centre_status_on_treatment import CentreStatusOnTreatment
from .centre_status_record import CentreStatusRecord
from .centre_status_record_status import CentreStatusRecordStatus
from .centre_status_ruling_in import CentreStatusRulingIn
from .centre_status_ruling_in_status import CentreStatusRulingInStatus
from .centre_summary import CentreSummary
from .centre_summary_kinds_item import CentreSummaryKindsItem
from .centre_summary_status import CentreSummaryStatus
from .centre_technical_manager import CentreTechnicalManager
from .centre_technical_manager_in import CentreTechnicalManagerIn
from .centre_treatment_on_date import CentreTreatmentOnDate
from .chain_verification import ChainVerification
from .checklist import Checklist
from .checklist_item_basis import ChecklistItemBasis
from .checkpoint_summary import CheckpointSummary
from .circular_in_force import CircularInForce
from .citation import Citation
from .citation_authority_type_0 import CitationAuthorityType0
from .citation_configuration import CitationConfiguration
from .citation_evidence import CitationEvidence
from .citation_kind import CitationKind
from .claim_case import ClaimCase
from .compensated_violation import CompensatedViolation
from .compensated_violation_proof import CompensatedViolationProof
from .compensation_due import CompensationDue
from .compensation_paid_in import CompensationPaidIn
from .compensation_paid_in_payee import CompensationPaidInPayee
from .configuration_ref import ConfigurationRef
from .control_in import ControlIn
from .control_in_code import ControlInCode
from .control_in_result import ControlInResult
from .control_view import ControlView
from .control_view_result_type_0 import ControlViewResultType0
from .controls_in import ControlsIn
from .corrected_case import CorrectedCase
from .coverage_in import CoverageIn
from .coverage_policy_match import CoveragePolicyMatch
from .create_inspection_files_body import CreateInspectionFilesBody
from .create_inspection_json_inspection_in import CreateInspectionJsonInspectionIn
from .create_inspection_json_inspection_in_answer_in import CreateInspectionJsonInspectionInAnswerIn
from .create_inspection_json_inspection_in_answer_in_result import CreateInspectionJsonInspectionInAnswerInResult
from .create_inspection_json_inspection_in_answer_in_severity_type_0 import CreateInspectionJsonInspectionInAnswerInSeverityType0
from .create_inspection_json_inspection_in_evidence_in import CreateInspectionJsonInspectionInEvidenceIn
from .criterion_outcome import CriterionOutcome
from .criterion_outcome_status import CriterionOutcomeStatus
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
from .document_requirement import DocumentRequirement
from .document_verification import DocumentVerification
from .document_verification_language import DocumentVerificationLanguage
from .document_verification_status import DocumentVerificationStatus
from .documents_add import DocumentsAdd
from .earlier_injection import EarlierInjection
from .earlier_injection_in import EarlierInjectionIn
from .earlier_injection_in_eye_type_0 import EarlierInjectionInEyeType0
from .earlier_rule_data import EarlierRuleData
from .education_digest import EducationDigest
from .enforcement_action import EnforcementAction
from .enforcement_action_in import EnforcementActionIn
from .enforcement_action_in_referral_to_type_0 import EnforcementActionInReferralToType0
from .enforcement_action_in_type import EnforcementActionInType
from .enforcement_action_referral_to_type_0 import EnforcementActionReferralToType0
from .enforcement_action_state import EnforcementActionState
from .enforcement_action_step import EnforcementActionStep
from .enforcement_action_step_state import EnforcementActionStepState
from .enforcement_action_type import EnforcementActionType
from .enforcement_decision import EnforcementDecision
from .enforcement_decision_in import EnforcementDecisionIn
from .enforcement_transition_in import EnforcementTransitionIn
from .enforcement_transition_in_to import EnforcementTransitionInTo
from .evaluated_guideline import EvaluatedGuideline
from .evidence_ref import EvidenceRef
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
from .get_centre_list_report_format_type_0 import GetCentreListReportFormatType0
from .get_centre_status_on_kind_type_0 import GetCentreStatusOnKindType0
from .get_clearance_letter_format_type_0 import GetClearanceLetterFormatType0
from .get_export_permit_letter_format_type_0 import GetExportPermitLetterFormatType0
from .get_gateway_health_response_getgatewayhealth import GetGatewayHealthResponseGetgatewayhealth
from .get_quarterly_report_format_type_0 import GetQuarterlyReportFormatType0
from .goods_owner import GoodsOwner
from .goods_owner_kind import GoodsOwnerKind
from .guideline import Guideline
from .guideline_approval import GuidelineApproval
from .guideline_approval_summary import GuidelineApprovalSummary
from .guideline_body_site import GuidelineBodySite
from .guideline_catalogue import GuidelineCatalogue
from .guideline_change import GuidelineChange
from .guideline_change_change import GuidelineChangeChange
from .guideline_contraindication import GuidelineContraindication
from .guideline_contraindications import GuidelineContraindications
from .guideline_detail import GuidelineDetail
from .guideline_drug import GuidelineDrug
from .guideline_indication import GuidelineIndication
from .guideline_indication_summary import GuidelineIndicationSummary
from .guideline_letter import GuidelineLetter
from .guideline_provenance import GuidelineProvenance
from .guideline_source import GuidelineSource
from .guideline_source_kind import GuidelineSourceKind
from .guideline_summary import GuidelineSummary
from .guideline_version_detail import GuidelineVersionDetail
from .guideline_version_detail_content import GuidelineVersionDetailContent
from .health import Health
from .history_administration import HistoryAdministration
from .importer_company import ImporterCompany
from .importer_company_activities_item import ImporterCompanyActivitiesItem
from .indication_course import IndicationCourse
from .indication_course_rule import IndicationCourseRule
from .indication_dose import IndicationDose
from .indication_dose_rule import IndicationDoseRule
from .indication_dose_rule_unit import IndicationDoseRuleUnit
from .indication_dose_unit import IndicationDoseUnit
from .indication_limits import IndicationLimits
from .informed_consent_in import InformedConsentIn
from .informed_consent_in_signed_by_type_0 import InformedConsentInSignedByType0
from .informed_consent_record import InformedConsentRecord
from .informed_consent_record_signed_by_type_0 import InformedConsentRecordSignedByType0
from .informed_consent_rule import InformedConsentRule
from .inspection_answer import InspectionAnswer
from .inspection_answer_result import InspectionAnswerResult
from .inspection_checklist import InspectionChecklist
from .inspection_checklist_item import InspectionChecklistItem
from .inspection_checklist_item_severity import InspectionChecklistItemSeverity
from .inspection_checklist_list import InspectionChecklistList
from .inspection_detail import InspectionDetail
from .inspection_detail_outcome import InspectionDetailOutcome
from .inspection_evidence_ref import InspectionEvidenceRef
from .insured_case_list import InsuredCaseList
from .insured_case_summary import InsuredCaseSummary
from .insured_case_view import InsuredCaseView
from .insured_deadline import InsuredDeadline
from .insurer_coverage_policy import InsurerCoveragePolicy
from .insurer_directory import InsurerDirectory
from .line_in import LineIn
from .line_in_kind import LineInKind
from .line_in_regenerative_kind_type_0 import LineInRegenerativeKindType0
from .line_verification import LineVerification
from .line_verification_basis_type_0_item import LineVerificationBasisType0Item
from .line_verification_checks_item import LineVerificationChecksItem
from .line_verification_result import LineVerificationResult
from .list_centres_kind_type_0 import ListCentresKindType0
from .list_centres_status_type_0 import ListCentresStatusType0
from .list_offlabel_requests_status_type_0 import ListOfflabelRequestsStatusType0
from .list_violations_state_type_0 import ListViolationsStateType0
from .monthly_inspection_plan import MonthlyInspectionPlan
from .monthly_report import MonthlyReport
from .monthly_report_basis_item import MonthlyReportBasisItem
from .monthly_report_sent import MonthlyReportSent
from .next_action import NextAction
from .off_label_authorization import OffLabelAuthorization
from .off_label_citation import OffLabelCitation
from .off_label_citation_authority_type_0 import OffLabelCitationAuthorityType0
from .off_label_citation_kind import OffLabelCitationKind
from .off_label_insurer import OffLabelInsurer
from .off_label_request_detail import OffLabelRequestDetail
from .off_label_request_detail_eye_type_0 import OffLabelRequestDetailEyeType0
from .off_label_request_detail_status import OffLabelRequestDetailStatus
from .off_label_request_list import OffLabelRequestList
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
from .permissibility_rule import PermissibilityRule
from .permissibility_rule_effect import PermissibilityRuleEffect
from .permissibility_rule_set import PermissibilityRuleSet
from .permissibility_rule_set_coverage import PermissibilityRuleSetCoverage
from .permissibility_ruling import PermissibilityRuling
from .permissibility_ruling_activity import PermissibilityRulingActivity
from .permissibility_ruling_approval import PermissibilityRulingApproval
from .permissibility_ruling_kind import PermissibilityRulingKind
from .permissibility_ruling_outcome import PermissibilityRulingOutcome
from .permitted_quantity import PermittedQuantity
from .pilot_bounds_view import PilotBoundsView
from .plan_centre import PlanCentre
from .plan_counts import PlanCounts
from .planned_inspection_ref import PlannedInspectionRef
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
from .preparation_option import PreparationOption
from .preparation_rule import PreparationRule
from .prescriber_rule import PrescriberRule
from .prescriber_specialty import PrescriberSpecialty
from .problem import Problem
from .problem_field_error import ProblemFieldError
from .proof_in import ProofIn
from .province_rollout_change import ProvinceRolloutChange
from .province_rollout_in import ProvinceRolloutIn
from .public_centre_activity import PublicCentreActivity
from .public_centre_search import PublicCentreSearch
from .public_centre_status import PublicCentreStatus
from .published_guideline import PublishedGuideline
from .quarterly_action_counts import QuarterlyActionCounts
from .quarterly_action_counts_by_state_now import QuarterlyActionCountsByStateNow
from .quarterly_action_counts_by_type import QuarterlyActionCountsByType
from .quarterly_action_counts_referrals_by_body import QuarterlyActionCountsReferralsByBody
from .quarterly_centre_counts import QuarterlyCentreCounts
from .quarterly_centre_counts_by_status_at_season_end import QuarterlyCentreCountsByStatusAtSeasonEnd
from .quarterly_counts import QuarterlyCounts
from .quarterly_inspection_counts import QuarterlyInspectionCounts
from .quarterly_month_counts import QuarterlyMonthCounts
from .quarterly_report import QuarterlyReport
from .quarterly_submission_in import QuarterlySubmissionIn
from .quarterly_submission_state import QuarterlySubmissionState
from .quarterly_submission_state_state import QuarterlySubmissionStateState
from .quarterly_violation_counts import QuarterlyViolationCounts
from .quarterly_violation_counts_by_severity import QuarterlyViolationCountsBySeverity
from .quarterly_violation_counts_by_type import QuarterlyViolationCountsByType
from .query_authorization_eye_type_0 import QueryAuthorizationEyeType0
from .read_with import ReadWith
from .readiness import Readiness
from .reassessment import Reassessment
from .recorded_administration import RecordedAdministration
from .recorded_administration_date import RecordedAdministrationDate
from .recorded_administration_recorded_by import RecordedAdministrationRecordedBy
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
from .request_authorization import RequestAuthorization
from .request_coverage import RequestCoverage
from .request_coverage_status import RequestCoverageStatus
from .request_create import RequestCreate
from .request_create_dose_unit import RequestCreateDoseUnit
from .request_create_eye_type_0 import RequestCreateEyeType0
from .request_document import RequestDocument
from .request_document_in import RequestDocumentIn
from .request_evaluation import RequestEvaluation
from .request_evaluation_outcome import RequestEvaluationOutcome
from .request_physician import RequestPhysician
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
from .seized_inventory_line import SeizedInventoryLine
from .seized_inventory_line_kind_type_0 import SeizedInventoryLineKindType0
from .seizure_inventory_line_in import SeizureInventoryLineIn
from .seizure_inventory_line_in_kind_type_0 import SeizureInventoryLineInKindType0
from .small_quantity_allowance import SmallQuantityAllowance
from .small_quantity_row import SmallQuantityRow
from .submission_outcome import SubmissionOutcome
from .substance_identification import SubstanceIdentification
from .supplied_rule_data import SuppliedRuleData
from .supplied_rules import SuppliedRules
from .supplied_rules_basis_item import SuppliedRulesBasisItem
from .training_in import TrainingIn
from .training_in_coordinated_with_item import TrainingInCoordinatedWithItem
from .training_view import TrainingView
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
from .violation_detail import ViolationDetail
from .violation_detail_severity import ViolationDetailSeverity
from .violation_detail_state import ViolationDetailState
from .violation_in import ViolationIn
from .violation_in_kind import ViolationInKind
from .violation_in_proposed_penalty_type_0 import ViolationInProposedPenaltyType0
from .violation_list import ViolationList
from .violation_summary import ViolationSummary
from .violation_summary_severity import ViolationSummarySeverity
from .violation_summary_state import ViolationSummaryState
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
    "AdministrationCheck",
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
    "ApprovedCourse",
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
    "AuthorizationCheck",
    "AuthorizationQuery",
    "CareSettingOption",
    "CareSettingRule",
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
    "CentreApproval",
    "CentreApprovalIn",
    "CentreApprovalInKind",
    "CentreApprovalInType",
    "CentreApprovalKind",
    "CentreDetail",
    "CentreDetailKindsItem",
    "CentreDetailStatus",
    "CentreIn",
    "CentreInKindsItem",
    "CentreInStatus",
    "CentreLicence",
    "CentreLicenceIn",
    "CentreList",
    "CentreListEntry",
    "CentreListEntryGroup",
    "CentreListReport",
    "CentreListReportCounts",
    "CentreListReportCountsByStatus",
    "CentrePhysicalSpace",
    "CentrePhysicalSpaceIn",
    "CentreStatusOn",
    "CentreStatusOnStatusType0",
    "CentreStatusOnTreatment",
    "CentreStatusRecord",
    "CentreStatusRecordStatus",
    "CentreStatusRulingIn",
    "CentreStatusRulingInStatus",
    "CentreSummary",
    "CentreSummaryKindsItem",
    "CentreSummaryStatus",
    "CentreTechnicalManager",
    "CentreTechnicalManagerIn",
    "CentreTreatmentOnDate",
    "ChainVerification",
    "Checklist",
    "ChecklistItemBasis",
    "CheckpointSummary",
    "CircularInForce",
    "Citation",
    "CitationAuthorityType0",
    "CitationConfiguration",
    "CitationEvidence",
    "CitationKind",
    "ClaimCase",
    "CompensatedViolation",
    "CompensatedViolationProof",
    "CompensationDue",
    "CompensationPaidIn",
    "CompensationPaidInPayee",
    "ConfigurationRef",
    "ControlIn",
    "ControlInCode",
    "ControlInResult",
    "ControlsIn",
    "ControlView",
    "ControlViewResultType0",
    "CorrectedCase",
    "CoverageIn",
    "CoveragePolicyMatch",
    "CreateInspectionFilesBody",
    "CreateInspectionJsonInspectionIn",
    "CreateInspectionJsonInspectionInAnswerIn",
    "CreateInspectionJsonInspectionInAnswerInResult",
    "CreateInspectionJsonInspectionInAnswerInSeverityType0",
    "CreateInspectionJsonInspectionInEvidenceIn",
    "CriterionOutcome",
    "CriterionOutcomeStatus",
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
    "DocumentRequirement",
    "DocumentsAdd",
    "DocumentVerification",
    "DocumentVerificationLanguage",
    "DocumentVerificationStatus",
    "EarlierInjection",
    "EarlierInjectionIn",
    "EarlierInjectionInEyeType0",
    "EarlierRuleData",
    "EducationDigest",
    "EnforcementAction",
    "EnforcementActionIn",
    "EnforcementActionInReferralToType0",
    "EnforcementActionInType",
    "EnforcementActionReferralToType0",
    "EnforcementActionState",
    "EnforcementActionStep",
    "EnforcementActionStepState",
    "EnforcementActionType",
    "EnforcementDecision",
    "EnforcementDecisionIn",
    "EnforcementTransitionIn",
    "EnforcementTransitionInTo",
    "EvaluatedGuideline",
    "EvidenceRef",
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
    "GetCentreListReportFormatType0",
    "GetCentreStatusOnKindType0",
    "GetClearanceLetterFormatType0",
    "GetExportPermitLetterFormatType0",
    "GetGatewayHealthResponseGetgatewayhealth",
    "GetQuarterlyReportFormatType0",
    "GoodsOwner",
    "GoodsOwnerKind",
    "Guideline",
    "GuidelineApproval",
    "GuidelineApprovalSummary",
    "GuidelineBodySite",
    "GuidelineCatalogue",
    "GuidelineChange",
    "GuidelineChangeChange",
    "GuidelineContraindication",
    "GuidelineContraindications",
    "GuidelineDetail",
    "GuidelineDrug",
    "GuidelineIndication",
    "GuidelineIndicationSummary",
    "GuidelineLetter",
    "GuidelineProvenance",
    "GuidelineSource",
    "GuidelineSourceKind",
    "GuidelineSummary",
    "GuidelineVersionDetail",
    "GuidelineVersionDetailContent",
    "Health",
    "HistoryAdministration",
    "ImporterCompany",
    "ImporterCompanyActivitiesItem",
    "IndicationCourse",
    "IndicationCourseRule",
    "IndicationDose",
    "IndicationDoseRule",
    "IndicationDoseRuleUnit",
    "IndicationDoseUnit",
    "IndicationLimits",
    "InformedConsentIn",
    "InformedConsentInSignedByType0",
    "InformedConsentRecord",
    "InformedConsentRecordSignedByType0",
    "InformedConsentRule",
    "InspectionAnswer",
    "InspectionAnswerResult",
    "InspectionChecklist",
    "InspectionChecklistItem",
    "InspectionChecklistItemSeverity",
    "InspectionChecklistList",
    "InspectionDetail",
    "InspectionDetailOutcome",
    "InspectionEvidenceRef",
    "InsuredCaseList",
    "InsuredCaseSummary",
    "InsuredCaseView",
    "InsuredDeadline",
    "InsurerCoveragePolicy",
    "InsurerDirectory",
    "LineIn",
    "LineInKind",
    "LineInRegenerativeKindType0",
    "LineVerification",
    "LineVerificationBasisType0Item",
    "LineVerificationChecksItem",
    "LineVerificationResult",
    "ListCentresKindType0",
    "ListCentresStatusType0",
    "ListOfflabelRequestsStatusType0",
    "ListViolationsStateType0",
    "MonthlyInspectionPlan",
    "MonthlyReport",
    "MonthlyReportBasisItem",
    "MonthlyReportSent",
    "NextAction",
    "OffLabelAuthorization",
    "OffLabelCitation",
    "OffLabelCitationAuthorityType0",
    "OffLabelCitationKind",
    "OffLabelInsurer",
    "OffLabelRequestDetail",
    "OffLabelRequestDetailEyeType0",
    "OffLabelRequestDetailStatus",
    "OffLabelRequestList",
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
    "PermissibilityRule",
    "PermissibilityRuleEffect",
    "PermissibilityRuleSet",
    "PermissibilityRuleSetCoverage",
    "PermissibilityRuling",
    "PermissibilityRulingActivity",
    "PermissibilityRulingApproval",
    "PermissibilityRulingKind",
    "PermissibilityRulingOutcome",
    "PermittedQuantity",
    "PilotBoundsView",
    "PlanCentre",
    "PlanCounts",
    "PlannedInspectionRef",
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
    "PreparationOption",
    "PreparationRule",
    "PrescriberRule",
    "PrescriberSpecialty",
    "Problem",
    "ProblemFieldError",
    "ProofIn",
    "ProvinceRolloutChange",
    "ProvinceRolloutIn",
    "PublicCentreActivity",
    "PublicCentreSearch",
    "PublicCentreStatus",
    "PublishedGuideline",
    "QuarterlyActionCounts",
    "QuarterlyActionCountsByStateNow",
    "QuarterlyActionCountsByType",
    "QuarterlyActionCountsReferralsByBody",
    "QuarterlyCentreCounts",
    "QuarterlyCentreCountsByStatusAtSeasonEnd",
    "QuarterlyCounts",
    "QuarterlyInspectionCounts",
    "QuarterlyMonthCounts",
    "QuarterlyReport",
    "QuarterlySubmissionIn",
    "QuarterlySubmissionState",
    "QuarterlySubmissionStateState",
    "QuarterlyViolationCounts",
    "QuarterlyViolationCountsBySeverity",
    "QuarterlyViolationCountsByType",
    "QueryAuthorizationEyeType0",
    "Readiness",
    "ReadWith",
    "Reassessment",
    "RecordedAdministration",
    "RecordedAdministrationDate",
    "RecordedAdministrationRecordedBy",
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
    "RequestAuthorization",
    "RequestCoverage",
    "RequestCoverageStatus",
    "RequestCreate",
    "RequestCreateDoseUnit",
    "RequestCreateEyeType0",
    "RequestDocument",
    "RequestDocumentIn",
    "RequestEvaluation",
    "RequestEvaluationOutcome",
    "RequestPhysician",
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
    "SeizedInventoryLine",
    "SeizedInventoryLineKindType0",
    "SeizureInventoryLineIn",
    "SeizureInventoryLineInKindType0",
    "SmallQuantityAllowance",
    "SmallQuantityRow",
    "SubmissionOutcome",
    "SubstanceIdentification",
    "SuppliedRuleData",
    "SuppliedRules",
    "SuppliedRulesBasisItem",
    "TrainingIn",
    "TrainingInCoordinatedWithItem",
    "TrainingView",
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
    "ViolationDetail",
    "ViolationDetailSeverity",
    "ViolationDetailState",
    "ViolationIn",
    "ViolationInKind",
    "ViolationInProposedPenaltyType0",
    "ViolationList",
    "ViolationSummary",
    "ViolationSummarySeverity",
    "ViolationSummaryState",
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
