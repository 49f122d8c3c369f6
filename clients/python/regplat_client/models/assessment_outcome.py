from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.assessment_line import AssessmentLine
  from ..models.assessment_outcome_basis_item import AssessmentOutcomeBasisItem
  from ..models.assessment_outcome_prosthesis import AssessmentOutcomeProsthesis





T = TypeVar("T", bound="AssessmentOutcome")



@_attrs_define
class AssessmentOutcome:
    """ CLM-A4: the assessment just made, with the case's new state and version.

        Attributes:
            cap_rials (int): What the patient bore after the supplementary insurer (the payment cannot exceed it)
            capped (bool):
            case_id (str):
            case_type (str):
            gross_rials (int): Lines plus prosthesis, before the out-of-pocket cap
            lines (list[AssessmentLine]):
            lines_total_rials (int):
            prosthesis (AssessmentOutcomeProsthesis): The prosthesis rule's figures (billed, share, ceiling, reimbursable)
            reimbursable_rials (int): What the Organization pays now
            rule_data_version (str):
            state (str):
            version (int):
            basis (list[AssessmentOutcomeBasisItem] | Unset): The citations the decision rests on (SHR-PROV): number,
                clause, rule_id, authority (source | interpretation | configuration | evidence), quote or reason, text, text_fa
            decision_id (None | str | Unset):
            held_lines (list[int] | Unset):
            not_reimbursable_lines (list[int] | Unset):
            not_reimbursable_rials (int | None | Unset): What refused lines would have been paid
            pending_verification_rials (int | None | Unset): Held until offlabel / inspections answer (SPEC X1/X2)
            provisional (bool | None | Unset): SHR-PROV: true when the rule data is not confirmed (shown, never approved)
            provisional_elsewhere (list[str] | Unset): Other services' provisional citations (shown, not deciding)
            provisional_reasons (list[str] | Unset):
     """

    cap_rials: int
    capped: bool
    case_id: str
    case_type: str
    gross_rials: int
    lines: list[AssessmentLine]
    lines_total_rials: int
    prosthesis: AssessmentOutcomeProsthesis
    reimbursable_rials: int
    rule_data_version: str
    state: str
    version: int
    basis: list[AssessmentOutcomeBasisItem] | Unset = UNSET
    decision_id: None | str | Unset = UNSET
    held_lines: list[int] | Unset = UNSET
    not_reimbursable_lines: list[int] | Unset = UNSET
    not_reimbursable_rials: int | None | Unset = UNSET
    pending_verification_rials: int | None | Unset = UNSET
    provisional: bool | None | Unset = UNSET
    provisional_elsewhere: list[str] | Unset = UNSET
    provisional_reasons: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.assessment_line import AssessmentLine # noqa: PLC0415
        from ..models.assessment_outcome_basis_item import AssessmentOutcomeBasisItem # noqa: PLC0415
        from ..models.assessment_outcome_prosthesis import AssessmentOutcomeProsthesis # noqa: PLC0415
        cap_rials = self.cap_rials

        capped = self.capped

        case_id = self.case_id

        case_type = self.case_type

        gross_rials = self.gross_rials

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)



        lines_total_rials = self.lines_total_rials

        prosthesis = self.prosthesis.to_dict()

        reimbursable_rials = self.reimbursable_rials

        rule_data_version = self.rule_data_version

        state = self.state

        version = self.version

        basis: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.basis, Unset):
            basis = []
            for basis_item_data in self.basis:
                basis_item = basis_item_data.to_dict()
                basis.append(basis_item)



        decision_id: None | str | Unset
        if isinstance(self.decision_id, Unset):
            decision_id = UNSET
        else:
            decision_id = self.decision_id

        held_lines: list[int] | Unset = UNSET
        if not isinstance(self.held_lines, Unset):
            held_lines = self.held_lines



        not_reimbursable_lines: list[int] | Unset = UNSET
        if not isinstance(self.not_reimbursable_lines, Unset):
            not_reimbursable_lines = self.not_reimbursable_lines



        not_reimbursable_rials: int | None | Unset
        if isinstance(self.not_reimbursable_rials, Unset):
            not_reimbursable_rials = UNSET
        else:
            not_reimbursable_rials = self.not_reimbursable_rials

        pending_verification_rials: int | None | Unset
        if isinstance(self.pending_verification_rials, Unset):
            pending_verification_rials = UNSET
        else:
            pending_verification_rials = self.pending_verification_rials

        provisional: bool | None | Unset
        if isinstance(self.provisional, Unset):
            provisional = UNSET
        else:
            provisional = self.provisional

        provisional_elsewhere: list[str] | Unset = UNSET
        if not isinstance(self.provisional_elsewhere, Unset):
            provisional_elsewhere = self.provisional_elsewhere



        provisional_reasons: list[str] | Unset = UNSET
        if not isinstance(self.provisional_reasons, Unset):
            provisional_reasons = self.provisional_reasons




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cap_rials": cap_rials,
            "capped": capped,
            "case_id": case_id,
            "case_type": case_type,
            "gross_rials": gross_rials,
            "lines": lines,
            "lines_total_rials": lines_total_rials,
            "prosthesis": prosthesis,
            "reimbursable_rials": reimbursable_rials,
            "rule_data_version": rule_data_version,
            "state": state,
            "version": version,
        })
        if basis is not UNSET:
            field_dict["basis"] = basis
        if decision_id is not UNSET:
            field_dict["decision_id"] = decision_id
        if held_lines is not UNSET:
            field_dict["held_lines"] = held_lines
        if not_reimbursable_lines is not UNSET:
            field_dict["not_reimbursable_lines"] = not_reimbursable_lines
        if not_reimbursable_rials is not UNSET:
            field_dict["not_reimbursable_rials"] = not_reimbursable_rials
        if pending_verification_rials is not UNSET:
            field_dict["pending_verification_rials"] = pending_verification_rials
        if provisional is not UNSET:
            field_dict["provisional"] = provisional
        if provisional_elsewhere is not UNSET:
            field_dict["provisional_elsewhere"] = provisional_elsewhere
        if provisional_reasons is not UNSET:
            field_dict["provisional_reasons"] = provisional_reasons

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assessment_line import AssessmentLine # noqa: PLC0415
        from ..models.assessment_outcome_basis_item import AssessmentOutcomeBasisItem # noqa: PLC0415
        from ..models.assessment_outcome_prosthesis import AssessmentOutcomeProsthesis # noqa: PLC0415
        d = dict(src_dict)
        cap_rials = d.pop("cap_rials")

        capped = d.pop("capped")

        case_id = d.pop("case_id")

        case_type = d.pop("case_type")

        gross_rials = d.pop("gross_rials")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in (_lines):
            lines_item = AssessmentLine.from_dict(lines_item_data)



            lines.append(lines_item)


        lines_total_rials = d.pop("lines_total_rials")

        prosthesis = AssessmentOutcomeProsthesis.from_dict(d.pop("prosthesis"))




        reimbursable_rials = d.pop("reimbursable_rials")

        rule_data_version = d.pop("rule_data_version")

        state = d.pop("state")

        version = d.pop("version")

        _basis = d.pop("basis", UNSET)
        basis: list[AssessmentOutcomeBasisItem] | Unset = UNSET
        if _basis is not UNSET:
            basis = []
            for basis_item_data in _basis:
                basis_item = AssessmentOutcomeBasisItem.from_dict(basis_item_data)



                basis.append(basis_item)


        def _parse_decision_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_id = _parse_decision_id(d.pop("decision_id", UNSET))


        held_lines = cast(list[int], d.pop("held_lines", UNSET))


        not_reimbursable_lines = cast(list[int], d.pop("not_reimbursable_lines", UNSET))


        def _parse_not_reimbursable_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        not_reimbursable_rials = _parse_not_reimbursable_rials(d.pop("not_reimbursable_rials", UNSET))


        def _parse_pending_verification_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pending_verification_rials = _parse_pending_verification_rials(d.pop("pending_verification_rials", UNSET))


        def _parse_provisional(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        provisional = _parse_provisional(d.pop("provisional", UNSET))


        provisional_elsewhere = cast(list[str], d.pop("provisional_elsewhere", UNSET))


        provisional_reasons = cast(list[str], d.pop("provisional_reasons", UNSET))


        assessment_outcome = cls(
            cap_rials=cap_rials,
            capped=capped,
            case_id=case_id,
            case_type=case_type,
            gross_rials=gross_rials,
            lines=lines,
            lines_total_rials=lines_total_rials,
            prosthesis=prosthesis,
            reimbursable_rials=reimbursable_rials,
            rule_data_version=rule_data_version,
            state=state,
            version=version,
            basis=basis,
            decision_id=decision_id,
            held_lines=held_lines,
            not_reimbursable_lines=not_reimbursable_lines,
            not_reimbursable_rials=not_reimbursable_rials,
            pending_verification_rials=pending_verification_rials,
            provisional=provisional,
            provisional_elsewhere=provisional_elsewhere,
            provisional_reasons=provisional_reasons,
        )


        assessment_outcome.additional_properties = d
        return assessment_outcome

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
