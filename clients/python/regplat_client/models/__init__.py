""" Contains all the data models used in inputs/outputs """

from .add_documents_response_adddocuments import AddDocumentsResponseAdddocuments
from .administration_in import AdministrationIn
from .agency_in import AgencyIn
from .agency_in_licence_status import AgencyInLicenceStatus
from .agency_in_rollout import AgencyInRollout
from .agency_update import AgencyUpdate
from .agency_update_licence_status import AgencyUpdateLicenceStatus
from .approval import Approval
from .assessment_rules_in import AssessmentRulesIn
from .assessment_rules_in_organization_share import AssessmentRulesInOrganizationShare
from .assessment_rules_in_prosthesis import AssessmentRulesInProsthesis
from .assessment_rules_in_tariff_ceilings_rials import AssessmentRulesInTariffCeilingsRials
from .assessment_rules_in_unknown_service_code import AssessmentRulesInUnknownServiceCode
from .assignment_in import AssignmentIn
from .attachment_in import AttachmentIn
from .attachment_in_doc_type import AttachmentInDocType
from .attachment_in_media_type import AttachmentInMediaType
from .body_site import BodySite
from .care_setting import CareSetting
from .case_correction import CaseCorrection
from .case_correction_supplementary_paid_to_type_0 import CaseCorrectionSupplementaryPaidToType0
from .case_in import CaseIn
from .case_in_supplementary_paid_to import CaseInSupplementaryPaidTo
from .centre_in import CentreIn
from .centre_in_kinds_item import CentreInKindsItem
from .centre_in_status import CentreInStatus
from .centre_list_format_type_0 import CentreListFormatType0
from .chain_verification import ChainVerification
from .checkpoint_summary import CheckpointSummary
from .company import Company
from .company_activities_item import CompanyActivitiesItem
from .compensation_paid_in import CompensationPaidIn
from .compensation_paid_in_payee import CompensationPaidInPayee
from .consent_in import ConsentIn
from .consent_in_signed_by_type_0 import ConsentInSignedByType0
from .contraindication import Contraindication
from .contraindications import Contraindications
from .control_in import ControlIn
from .control_in_code import ControlInCode
from .control_in_result import ControlInResult
from .controls_in import ControlsIn
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
from .customs_approval_in import CustomsApprovalIn
from .customs_approval_in_type import CustomsApprovalInType
from .decision_record_view import DecisionRecordView
from .decision_ref import DecisionRef
from .declaration_in import DeclarationIn
from .declaration_in_channel import DeclarationInChannel
from .declaration_in_purpose import DeclarationInPurpose
from .document_in import DocumentIn
from .document_requirement import DocumentRequirement
from .document_verification import DocumentVerification
from .document_verification_language import DocumentVerificationLanguage
from .document_verification_status import DocumentVerificationStatus
from .documents_add import DocumentsAdd
from .dose import Dose
from .dose_unit import DoseUnit
from .drug import Drug
from .education_response_education import EducationResponseEducation
from .export_item_in import ExportItemIn
from .export_permit_in import ExportPermitIn
from .export_permit_in_channel import ExportPermitInChannel
from .get_action_response_getaction import GetActionResponseGetaction
from .get_authorization_response_getauthorization import GetAuthorizationResponseGetauthorization
from .get_centre_response_getcentre import GetCentreResponseGetcentre
from .get_checklist_response_getchecklist import GetChecklistResponseGetchecklist
from .get_clearance_letter_format_type_0 import GetClearanceLetterFormatType0
from .get_declaration_response_getdeclaration import GetDeclarationResponseGetdeclaration
from .get_export_permit_letter_format_type_0 import GetExportPermitLetterFormatType0
from .get_gateway_health_response_getgatewayhealth import GetGatewayHealthResponseGetgatewayhealth
from .get_guideline_response_getguideline import GetGuidelineResponseGetguideline
from .get_inspection_response_getinspection import GetInspectionResponseGetinspection
from .get_list_response_getlist import GetListResponseGetlist
from .get_permit_response_getpermit import GetPermitResponseGetpermit
from .get_request_response_getrequest import GetRequestResponseGetrequest
from .get_violation_response_getviolation import GetViolationResponseGetviolation
from .guideline import Guideline
from .health import Health
from .identification import Identification
from .indication import Indication
from .informed_consent import InformedConsent
from .injection_in import InjectionIn
from .injection_in_eye_type_0 import InjectionInEyeType0
from .inspections_action_in import InspectionsActionIn
from .inspections_action_in_referral_to_type_0 import InspectionsActionInReferralToType0
from .inspections_action_in_type import InspectionsActionInType
from .inspections_approval_in import InspectionsApprovalIn
from .inspections_approval_in_kind import InspectionsApprovalInKind
from .inspections_approval_in_type import InspectionsApprovalInType
from .inspections_get_rules_response_getrules import InspectionsGetRulesResponseGetrules
from .inspections_list_violations_response_listviolations import InspectionsListViolationsResponseListviolations
from .inspections_list_violations_state_type_0 import InspectionsListViolationsStateType0
from .inventory_line import InventoryLine
from .inventory_line_kind_type_0 import InventoryLineKindType0
from .item_decision import ItemDecision
from .item_decision_decision import ItemDecisionDecision
from .item_in import ItemIn
from .item_in_category import ItemInCategory
from .item_in_product_kind_type_0 import ItemInProductKindType0
from .licence_in import LicenceIn
from .limits import Limits
from .line_in import LineIn
from .line_in_kind import LineInKind
from .line_in_regenerative_kind_type_0 import LineInRegenerativeKindType0
from .list_centres_kind_type_0 import ListCentresKindType0
from .list_centres_response_listcentres import ListCentresResponseListcentres
from .list_centres_status_type_0 import ListCentresStatusType0
from .list_checklists_response_listchecklists import ListChecklistsResponseListchecklists
from .list_declarations_response_listdeclarations import ListDeclarationsResponseListdeclarations
from .list_guidelines_response_listguidelines import ListGuidelinesResponseListguidelines
from .list_insurers_response_listinsurers import ListInsurersResponseListinsurers
from .list_lists_response_listlists import ListListsResponseListlists
from .list_offices_response_listoffices import ListOfficesResponseListoffices
from .list_requests_response_listrequests import ListRequestsResponseListrequests
from .list_requests_status_type_0 import ListRequestsStatusType0
from .monthly_plan_response_monthlyplan import MonthlyPlanResponseMonthlyplan
from .owner import Owner
from .owner_kind import OwnerKind
from .penalty_decision_in import PenaltyDecisionIn
from .penalty_decision_in_outcome import PenaltyDecisionInOutcome
from .penalty_decision_in_penalty_type_0 import PenaltyDecisionInPenaltyType0
from .penalty_proposal_in import PenaltyProposalIn
from .penalty_proposal_in_penalty import PenaltyProposalInPenalty
from .permissibility_in import PermissibilityIn
from .permissibility_in_activity import PermissibilityInActivity
from .permissibility_in_approval import PermissibilityInApproval
from .permissibility_in_kind import PermissibilityInKind
from .physical_space_in import PhysicalSpaceIn
from .precheck_in import PrecheckIn
from .precheck_in_channel import PrecheckInChannel
from .precheck_in_direction import PrecheckInDirection
from .precheck_in_items_item import PrecheckInItemsItem
from .precheck_in_purpose import PrecheckInPurpose
from .preparation import Preparation
from .preparation_rule import PreparationRule
from .prescriber import Prescriber
from .prescription import Prescription
from .problem import Problem
from .problem_field_error import ProblemFieldError
from .proof_in import ProofIn
from .province_rollout_in import ProvinceRolloutIn
from .public_search_response_publicsearch import PublicSearchResponsePublicsearch
from .public_status_response_publicstatus import PublicStatusResponsePublicstatus
from .quarterly_report_format_type_0 import QuarterlyReportFormatType0
from .query_authorization_eye_type_0 import QueryAuthorizationEyeType0
from .query_authorization_response_queryauthorization import QueryAuthorizationResponseQueryauthorization
from .readiness import Readiness
from .regulation_detail import RegulationDetail
from .regulation_entry import RegulationEntry
from .regulation_list import RegulationList
from .regulation_reference import RegulationReference
from .relation import Relation
from .relation_type import RelationType
from .representative_in import RepresentativeIn
from .request_create import RequestCreate
from .request_create_dose_unit import RequestCreateDoseUnit
from .request_create_eye_type_0 import RequestCreateEyeType0
from .review_in import ReviewIn
from .review_in_outcome import ReviewInOutcome
from .review_in_reason_codes_item import ReviewInReasonCodesItem
from .review_office_in import ReviewOfficeIn
from .rollout_approval_in import RolloutApprovalIn
from .rollout_approval_in_approved_by_item import RolloutApprovalInApprovedByItem
from .rollout_in import RolloutIn
from .rollout_in_rollout import RolloutInRollout
from .rule_status_response_rulestatus import RuleStatusResponseRulestatus
from .setting import Setting
from .source import Source
from .source_kind import SourceKind
from .specialty import Specialty
from .status_on_kind_type_0 import StatusOnKindType0
from .status_on_response_statuson import StatusOnResponseStatuson
from .status_ruling_in import StatusRulingIn
from .status_ruling_in_status import StatusRulingInStatus
from .submission_in import SubmissionIn
from .technical_manager_in import TechnicalManagerIn
from .training_in import TrainingIn
from .training_in_coordinated_with_item import TrainingInCoordinatedWithItem
from .transition_in import TransitionIn
from .transition_in_to import TransitionInTo
from .transition_response_transition import TransitionResponseTransition
from .verification_in import VerificationIn
from .verification_in_scope import VerificationInScope
from .verified_document import VerifiedDocument
from .verified_document_kind import VerifiedDocumentKind
from .verified_item import VerifiedItem
from .verified_item_unit import VerifiedItemUnit
from .violation_in import ViolationIn
from .violation_in_kind import ViolationInKind
from .violation_in_proposed_penalty_type_0 import ViolationInProposedPenaltyType0
from .wage_in import WageIn
from .withdraw_expert_response_withdrawexpert import WithdrawExpertResponseWithdrawexpert
from .withdrawal_in import WithdrawalIn

__all__ = (
    "AddDocumentsResponseAdddocuments",
    "AdministrationIn",
    "AgencyIn",
    "AgencyInLicenceStatus",
    "AgencyInRollout",
    "AgencyUpdate",
    "AgencyUpdateLicenceStatus",
    "Approval",
    "AssessmentRulesIn",
    "AssessmentRulesInOrganizationShare",
    "AssessmentRulesInProsthesis",
    "AssessmentRulesInTariffCeilingsRials",
    "AssessmentRulesInUnknownServiceCode",
    "AssignmentIn",
    "AttachmentIn",
    "AttachmentInDocType",
    "AttachmentInMediaType",
    "BodySite",
    "CareSetting",
    "CaseCorrection",
    "CaseCorrectionSupplementaryPaidToType0",
    "CaseIn",
    "CaseInSupplementaryPaidTo",
    "CentreIn",
    "CentreInKindsItem",
    "CentreInStatus",
    "CentreListFormatType0",
    "ChainVerification",
    "CheckpointSummary",
    "Company",
    "CompanyActivitiesItem",
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
    "CustomsApprovalIn",
    "CustomsApprovalInType",
    "DecisionRecordView",
    "DecisionRef",
    "DeclarationIn",
    "DeclarationInChannel",
    "DeclarationInPurpose",
    "DocumentIn",
    "DocumentRequirement",
    "DocumentsAdd",
    "DocumentVerification",
    "DocumentVerificationLanguage",
    "DocumentVerificationStatus",
    "Dose",
    "DoseUnit",
    "Drug",
    "EducationResponseEducation",
    "ExportItemIn",
    "ExportPermitIn",
    "ExportPermitInChannel",
    "GetActionResponseGetaction",
    "GetAuthorizationResponseGetauthorization",
    "GetCentreResponseGetcentre",
    "GetChecklistResponseGetchecklist",
    "GetClearanceLetterFormatType0",
    "GetDeclarationResponseGetdeclaration",
    "GetExportPermitLetterFormatType0",
    "GetGatewayHealthResponseGetgatewayhealth",
    "GetGuidelineResponseGetguideline",
    "GetInspectionResponseGetinspection",
    "GetListResponseGetlist",
    "GetPermitResponseGetpermit",
    "GetRequestResponseGetrequest",
    "GetViolationResponseGetviolation",
    "Guideline",
    "Health",
    "Identification",
    "Indication",
    "InformedConsent",
    "InjectionIn",
    "InjectionInEyeType0",
    "InspectionsActionIn",
    "InspectionsActionInReferralToType0",
    "InspectionsActionInType",
    "InspectionsApprovalIn",
    "InspectionsApprovalInKind",
    "InspectionsApprovalInType",
    "InspectionsGetRulesResponseGetrules",
    "InspectionsListViolationsResponseListviolations",
    "InspectionsListViolationsStateType0",
    "InventoryLine",
    "InventoryLineKindType0",
    "ItemDecision",
    "ItemDecisionDecision",
    "ItemIn",
    "ItemInCategory",
    "ItemInProductKindType0",
    "LicenceIn",
    "Limits",
    "LineIn",
    "LineInKind",
    "LineInRegenerativeKindType0",
    "ListCentresKindType0",
    "ListCentresResponseListcentres",
    "ListCentresStatusType0",
    "ListChecklistsResponseListchecklists",
    "ListDeclarationsResponseListdeclarations",
    "ListGuidelinesResponseListguidelines",
    "ListInsurersResponseListinsurers",
    "ListListsResponseListlists",
    "ListOfficesResponseListoffices",
    "ListRequestsResponseListrequests",
    "ListRequestsStatusType0",
    "MonthlyPlanResponseMonthlyplan",
    "Owner",
    "OwnerKind",
    "PenaltyDecisionIn",
    "PenaltyDecisionInOutcome",
    "PenaltyDecisionInPenaltyType0",
    "PenaltyProposalIn",
    "PenaltyProposalInPenalty",
    "PermissibilityIn",
    "PermissibilityInActivity",
    "PermissibilityInApproval",
    "PermissibilityInKind",
    "PhysicalSpaceIn",
    "PrecheckIn",
    "PrecheckInChannel",
    "PrecheckInDirection",
    "PrecheckInItemsItem",
    "PrecheckInPurpose",
    "Preparation",
    "PreparationRule",
    "Prescriber",
    "Prescription",
    "Problem",
    "ProblemFieldError",
    "ProofIn",
    "ProvinceRolloutIn",
    "PublicSearchResponsePublicsearch",
    "PublicStatusResponsePublicstatus",
    "QuarterlyReportFormatType0",
    "QueryAuthorizationEyeType0",
    "QueryAuthorizationResponseQueryauthorization",
    "Readiness",
    "RegulationDetail",
    "RegulationEntry",
    "RegulationList",
    "RegulationReference",
    "Relation",
    "RelationType",
    "RepresentativeIn",
    "RequestCreate",
    "RequestCreateDoseUnit",
    "RequestCreateEyeType0",
    "ReviewIn",
    "ReviewInOutcome",
    "ReviewInReasonCodesItem",
    "ReviewOfficeIn",
    "RolloutApprovalIn",
    "RolloutApprovalInApprovedByItem",
    "RolloutIn",
    "RolloutInRollout",
    "RuleStatusResponseRulestatus",
    "Setting",
    "Source",
    "SourceKind",
    "Specialty",
    "StatusOnKindType0",
    "StatusOnResponseStatuson",
    "StatusRulingIn",
    "StatusRulingInStatus",
    "SubmissionIn",
    "TechnicalManagerIn",
    "TrainingIn",
    "TrainingInCoordinatedWithItem",
    "TransitionIn",
    "TransitionInTo",
    "TransitionResponseTransition",
    "VerificationIn",
    "VerificationInScope",
    "VerifiedDocument",
    "VerifiedDocumentKind",
    "VerifiedItem",
    "VerifiedItemUnit",
    "ViolationIn",
    "ViolationInKind",
    "ViolationInProposedPenaltyType0",
    "WageIn",
    "WithdrawalIn",
    "WithdrawExpertResponseWithdrawexpert",
)
