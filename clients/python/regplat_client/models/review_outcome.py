from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.review_outcome_outcome import ReviewOutcomeOutcome
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.case_fee import CaseFee





T = TypeVar("T", bound="ReviewOutcome")



@_attrs_define
class ReviewOutcome:
    """ CLM-A6: the review office's decision: approval (with the amount and the fee) or return (new deadline).

        Attributes:
            case_id (str):
            cycle (int):
            decision_id (str):
            outcome (ReviewOutcomeOutcome):
            state (str):
            version (int):
            fee (CaseFee | None | Unset): On approval: the case's one fee
            new_due_date (None | str | Unset): On return: the new CLM-A5 deadline (15 working days from the day after)
            new_due_date_jalali (None | str | Unset):
            reason_codes (list[str] | None | Unset): On return
            reasons (list[str] | None | Unset): On return: the coded reasons in words
            reimbursable_rials (int | None | Unset): On approval
            text (None | str | Unset): On return: the review office's text
     """

    case_id: str
    cycle: int
    decision_id: str
    outcome: ReviewOutcomeOutcome
    state: str
    version: int
    fee: CaseFee | None | Unset = UNSET
    new_due_date: None | str | Unset = UNSET
    new_due_date_jalali: None | str | Unset = UNSET
    reason_codes: list[str] | None | Unset = UNSET
    reasons: list[str] | None | Unset = UNSET
    reimbursable_rials: int | None | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.case_fee import CaseFee # noqa: PLC0415
        case_id = self.case_id

        cycle = self.cycle

        decision_id = self.decision_id

        outcome = self.outcome.value

        state = self.state

        version = self.version

        fee: dict[str, Any] | None | Unset
        if isinstance(self.fee, Unset):
            fee = UNSET
        elif isinstance(self.fee, CaseFee):
            fee = self.fee.to_dict()
        else:
            fee = self.fee

        new_due_date: None | str | Unset
        if isinstance(self.new_due_date, Unset):
            new_due_date = UNSET
        else:
            new_due_date = self.new_due_date

        new_due_date_jalali: None | str | Unset
        if isinstance(self.new_due_date_jalali, Unset):
            new_due_date_jalali = UNSET
        else:
            new_due_date_jalali = self.new_due_date_jalali

        reason_codes: list[str] | None | Unset
        if isinstance(self.reason_codes, Unset):
            reason_codes = UNSET
        elif isinstance(self.reason_codes, list):
            reason_codes = self.reason_codes


        else:
            reason_codes = self.reason_codes

        reasons: list[str] | None | Unset
        if isinstance(self.reasons, Unset):
            reasons = UNSET
        elif isinstance(self.reasons, list):
            reasons = self.reasons


        else:
            reasons = self.reasons

        reimbursable_rials: int | None | Unset
        if isinstance(self.reimbursable_rials, Unset):
            reimbursable_rials = UNSET
        else:
            reimbursable_rials = self.reimbursable_rials

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "case_id": case_id,
            "cycle": cycle,
            "decision_id": decision_id,
            "outcome": outcome,
            "state": state,
            "version": version,
        })
        if fee is not UNSET:
            field_dict["fee"] = fee
        if new_due_date is not UNSET:
            field_dict["new_due_date"] = new_due_date
        if new_due_date_jalali is not UNSET:
            field_dict["new_due_date_jalali"] = new_due_date_jalali
        if reason_codes is not UNSET:
            field_dict["reason_codes"] = reason_codes
        if reasons is not UNSET:
            field_dict["reasons"] = reasons
        if reimbursable_rials is not UNSET:
            field_dict["reimbursable_rials"] = reimbursable_rials
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.case_fee import CaseFee # noqa: PLC0415
        d = dict(src_dict)
        case_id = d.pop("case_id")

        cycle = d.pop("cycle")

        decision_id = d.pop("decision_id")

        outcome = ReviewOutcomeOutcome(d.pop("outcome"))




        state = d.pop("state")

        version = d.pop("version")

        def _parse_fee(data: object) -> CaseFee | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fee_type_0 = CaseFee.from_dict(data)



                return fee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaseFee | None | Unset, data)

        fee = _parse_fee(d.pop("fee", UNSET))


        def _parse_new_due_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        new_due_date = _parse_new_due_date(d.pop("new_due_date", UNSET))


        def _parse_new_due_date_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        new_due_date_jalali = _parse_new_due_date_jalali(d.pop("new_due_date_jalali", UNSET))


        def _parse_reason_codes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reason_codes_type_0 = cast(list[str], data)

                return reason_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        reason_codes = _parse_reason_codes(d.pop("reason_codes", UNSET))


        def _parse_reasons(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reasons_type_0 = cast(list[str], data)

                return reasons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        reasons = _parse_reasons(d.pop("reasons", UNSET))


        def _parse_reimbursable_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reimbursable_rials = _parse_reimbursable_rials(d.pop("reimbursable_rials", UNSET))


        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))


        review_outcome = cls(
            case_id=case_id,
            cycle=cycle,
            decision_id=decision_id,
            outcome=outcome,
            state=state,
            version=version,
            fee=fee,
            new_due_date=new_due_date,
            new_due_date_jalali=new_due_date_jalali,
            reason_codes=reason_codes,
            reasons=reasons,
            reimbursable_rials=reimbursable_rials,
            text=text,
        )


        review_outcome.additional_properties = d
        return review_outcome

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
