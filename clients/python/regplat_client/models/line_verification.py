from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.line_verification_basis_type_0_item import LineVerificationBasisType0Item
  from ..models.line_verification_checks_item import LineVerificationChecksItem





T = TypeVar("T", bound="LineVerification")



@_attrs_define
class LineVerification:
    """ A line's cross-service verification (SPEC X1/X2): the last answer, why, and the checks behind it.

        Attributes:
            status (str): pending_verification | needs_review | verified | not_reimbursable
            attempts (int | None | Unset): How many times the line was asked so far
            basis (list[LineVerificationBasisType0Item] | None | Unset):
            checked_at (None | str | Unset): When it was last asked (ISO 8601, Tehran offset)
            checked_at_jalali (None | str | Unset):
            checks (list[LineVerificationChecksItem] | Unset): The questions asked and each service's answer
            decision_id (None | str | Unset):
            held (bool | None | Unset): True while the line's amount is held (neither paid nor refused)
            reason (None | str | Unset): Why the line is in this state, in English
            retryable (bool | None | Unset): True when asking again may change the answer (a service was down)
            trigger (None | str | Unset): What asked last: assessment | user | periodic
     """

    status: str
    attempts: int | None | Unset = UNSET
    basis: list[LineVerificationBasisType0Item] | None | Unset = UNSET
    checked_at: None | str | Unset = UNSET
    checked_at_jalali: None | str | Unset = UNSET
    checks: list[LineVerificationChecksItem] | Unset = UNSET
    decision_id: None | str | Unset = UNSET
    held: bool | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    retryable: bool | None | Unset = UNSET
    trigger: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.line_verification_basis_type_0_item import LineVerificationBasisType0Item # noqa: PLC0415
        from ..models.line_verification_checks_item import LineVerificationChecksItem # noqa: PLC0415
        status = self.status

        attempts: int | None | Unset
        if isinstance(self.attempts, Unset):
            attempts = UNSET
        else:
            attempts = self.attempts

        basis: list[dict[str, Any]] | None | Unset
        if isinstance(self.basis, Unset):
            basis = UNSET
        elif isinstance(self.basis, list):
            basis = []
            for basis_type_0_item_data in self.basis:
                basis_type_0_item = basis_type_0_item_data.to_dict()
                basis.append(basis_type_0_item)


        else:
            basis = self.basis

        checked_at: None | str | Unset
        if isinstance(self.checked_at, Unset):
            checked_at = UNSET
        else:
            checked_at = self.checked_at

        checked_at_jalali: None | str | Unset
        if isinstance(self.checked_at_jalali, Unset):
            checked_at_jalali = UNSET
        else:
            checked_at_jalali = self.checked_at_jalali

        checks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.checks, Unset):
            checks = []
            for checks_item_data in self.checks:
                checks_item = checks_item_data.to_dict()
                checks.append(checks_item)



        decision_id: None | str | Unset
        if isinstance(self.decision_id, Unset):
            decision_id = UNSET
        else:
            decision_id = self.decision_id

        held: bool | None | Unset
        if isinstance(self.held, Unset):
            held = UNSET
        else:
            held = self.held

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        retryable: bool | None | Unset
        if isinstance(self.retryable, Unset):
            retryable = UNSET
        else:
            retryable = self.retryable

        trigger: None | str | Unset
        if isinstance(self.trigger, Unset):
            trigger = UNSET
        else:
            trigger = self.trigger


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "status": status,
        })
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if basis is not UNSET:
            field_dict["basis"] = basis
        if checked_at is not UNSET:
            field_dict["checked_at"] = checked_at
        if checked_at_jalali is not UNSET:
            field_dict["checked_at_jalali"] = checked_at_jalali
        if checks is not UNSET:
            field_dict["checks"] = checks
        if decision_id is not UNSET:
            field_dict["decision_id"] = decision_id
        if held is not UNSET:
            field_dict["held"] = held
        if reason is not UNSET:
            field_dict["reason"] = reason
        if retryable is not UNSET:
            field_dict["retryable"] = retryable
        if trigger is not UNSET:
            field_dict["trigger"] = trigger

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_verification_basis_type_0_item import LineVerificationBasisType0Item # noqa: PLC0415
        from ..models.line_verification_checks_item import LineVerificationChecksItem # noqa: PLC0415
        d = dict(src_dict)
        status = d.pop("status")

        def _parse_attempts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attempts = _parse_attempts(d.pop("attempts", UNSET))


        def _parse_basis(data: object) -> list[LineVerificationBasisType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                basis_type_0 = []
                _basis_type_0 = data
                for basis_type_0_item_data in (_basis_type_0):
                    basis_type_0_item = LineVerificationBasisType0Item.from_dict(basis_type_0_item_data)



                    basis_type_0.append(basis_type_0_item)

                return basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LineVerificationBasisType0Item] | None | Unset, data)

        basis = _parse_basis(d.pop("basis", UNSET))


        def _parse_checked_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        checked_at = _parse_checked_at(d.pop("checked_at", UNSET))


        def _parse_checked_at_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        checked_at_jalali = _parse_checked_at_jalali(d.pop("checked_at_jalali", UNSET))


        _checks = d.pop("checks", UNSET)
        checks: list[LineVerificationChecksItem] | Unset = UNSET
        if _checks is not UNSET:
            checks = []
            for checks_item_data in _checks:
                checks_item = LineVerificationChecksItem.from_dict(checks_item_data)



                checks.append(checks_item)


        def _parse_decision_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_id = _parse_decision_id(d.pop("decision_id", UNSET))


        def _parse_held(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        held = _parse_held(d.pop("held", UNSET))


        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        def _parse_retryable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        retryable = _parse_retryable(d.pop("retryable", UNSET))


        def _parse_trigger(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trigger = _parse_trigger(d.pop("trigger", UNSET))


        line_verification = cls(
            status=status,
            attempts=attempts,
            basis=basis,
            checked_at=checked_at,
            checked_at_jalali=checked_at_jalali,
            checks=checks,
            decision_id=decision_id,
            held=held,
            reason=reason,
            retryable=retryable,
            trigger=trigger,
        )


        line_verification.additional_properties = d
        return line_verification

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
