from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.verification_run_scope import VerificationRunScope
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.line_verification_result import LineVerificationResult
  from ..models.reassessment import Reassessment
  from ..models.verification_summary import VerificationSummary





T = TypeVar("T", bound="VerificationRun")



@_attrs_define
class VerificationRun:
    """ SPEC X1/X2: the lines asked again, their answers, and the case's amounts after them.

        Attributes:
            case_id (str):
            changed_lines (list[int]): The lines whose state changed (the case's version moved only then)
            checked_lines (list[int]):
            lines (list[LineVerificationResult]):
            scope (VerificationRunScope):
            state (str):
            verification (VerificationSummary): SPEC X1/X2 at a glance: which lines are held, refused or verified; approval
                waits while any is held.
            version (int): The case's version after the run (the ETag's number)
            not_reimbursable_rials (int | None | Unset):
            pending_verification_rials (int | None | Unset):
            reassessment (None | Reassessment | Unset): Set when an assessment existed and a line's state changed
            reimbursable_rials (int | None | Unset):
     """

    case_id: str
    changed_lines: list[int]
    checked_lines: list[int]
    lines: list[LineVerificationResult]
    scope: VerificationRunScope
    state: str
    verification: VerificationSummary
    version: int
    not_reimbursable_rials: int | None | Unset = UNSET
    pending_verification_rials: int | None | Unset = UNSET
    reassessment: None | Reassessment | Unset = UNSET
    reimbursable_rials: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.line_verification_result import LineVerificationResult # noqa: PLC0415
        from ..models.reassessment import Reassessment # noqa: PLC0415
        from ..models.verification_summary import VerificationSummary # noqa: PLC0415
        case_id = self.case_id

        changed_lines = self.changed_lines



        checked_lines = self.checked_lines



        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)



        scope = self.scope.value

        state = self.state

        verification = self.verification.to_dict()

        version = self.version

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

        reassessment: dict[str, Any] | None | Unset
        if isinstance(self.reassessment, Unset):
            reassessment = UNSET
        elif isinstance(self.reassessment, Reassessment):
            reassessment = self.reassessment.to_dict()
        else:
            reassessment = self.reassessment

        reimbursable_rials: int | None | Unset
        if isinstance(self.reimbursable_rials, Unset):
            reimbursable_rials = UNSET
        else:
            reimbursable_rials = self.reimbursable_rials


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "case_id": case_id,
            "changed_lines": changed_lines,
            "checked_lines": checked_lines,
            "lines": lines,
            "scope": scope,
            "state": state,
            "verification": verification,
            "version": version,
        })
        if not_reimbursable_rials is not UNSET:
            field_dict["not_reimbursable_rials"] = not_reimbursable_rials
        if pending_verification_rials is not UNSET:
            field_dict["pending_verification_rials"] = pending_verification_rials
        if reassessment is not UNSET:
            field_dict["reassessment"] = reassessment
        if reimbursable_rials is not UNSET:
            field_dict["reimbursable_rials"] = reimbursable_rials

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_verification_result import LineVerificationResult # noqa: PLC0415
        from ..models.reassessment import Reassessment # noqa: PLC0415
        from ..models.verification_summary import VerificationSummary # noqa: PLC0415
        d = dict(src_dict)
        case_id = d.pop("case_id")

        changed_lines = cast(list[int], d.pop("changed_lines"))


        checked_lines = cast(list[int], d.pop("checked_lines"))


        lines = []
        _lines = d.pop("lines")
        for lines_item_data in (_lines):
            lines_item = LineVerificationResult.from_dict(lines_item_data)



            lines.append(lines_item)


        scope = VerificationRunScope(d.pop("scope"))




        state = d.pop("state")

        verification = VerificationSummary.from_dict(d.pop("verification"))




        version = d.pop("version")

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


        def _parse_reassessment(data: object) -> None | Reassessment | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reassessment_type_0 = Reassessment.from_dict(data)



                return reassessment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Reassessment | Unset, data)

        reassessment = _parse_reassessment(d.pop("reassessment", UNSET))


        def _parse_reimbursable_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reimbursable_rials = _parse_reimbursable_rials(d.pop("reimbursable_rials", UNSET))


        verification_run = cls(
            case_id=case_id,
            changed_lines=changed_lines,
            checked_lines=checked_lines,
            lines=lines,
            scope=scope,
            state=state,
            verification=verification,
            version=version,
            not_reimbursable_rials=not_reimbursable_rials,
            pending_verification_rials=pending_verification_rials,
            reassessment=reassessment,
            reimbursable_rials=reimbursable_rials,
        )


        verification_run.additional_properties = d
        return verification_run

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
