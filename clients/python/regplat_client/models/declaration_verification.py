from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.verification_retry import VerificationRetry





T = TypeVar("T", bound="DeclarationVerification")



@_attrs_define
class DeclarationVerification:
    """ The declaration's SPEC X3 verification with inspections.

        Attributes:
            attempts (int):
            checked_items (list[int]):
            pending_items (list[int]):
            status (str): not_required | verified | pending (an answer is still missing)
            last_attempt_at (None | str | Unset):
            last_attempt_at_jalali (None | str | Unset):
            reason (None | str | Unset): Why inspections could not be asked, while pending
            retry (None | Unset | VerificationRetry): Present while items wait
     """

    attempts: int
    checked_items: list[int]
    pending_items: list[int]
    status: str
    last_attempt_at: None | str | Unset = UNSET
    last_attempt_at_jalali: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    retry: None | Unset | VerificationRetry = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.verification_retry import VerificationRetry # noqa: PLC0415
        attempts = self.attempts

        checked_items = self.checked_items



        pending_items = self.pending_items



        status = self.status

        last_attempt_at: None | str | Unset
        if isinstance(self.last_attempt_at, Unset):
            last_attempt_at = UNSET
        else:
            last_attempt_at = self.last_attempt_at

        last_attempt_at_jalali: None | str | Unset
        if isinstance(self.last_attempt_at_jalali, Unset):
            last_attempt_at_jalali = UNSET
        else:
            last_attempt_at_jalali = self.last_attempt_at_jalali

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        retry: dict[str, Any] | None | Unset
        if isinstance(self.retry, Unset):
            retry = UNSET
        elif isinstance(self.retry, VerificationRetry):
            retry = self.retry.to_dict()
        else:
            retry = self.retry


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attempts": attempts,
            "checked_items": checked_items,
            "pending_items": pending_items,
            "status": status,
        })
        if last_attempt_at is not UNSET:
            field_dict["last_attempt_at"] = last_attempt_at
        if last_attempt_at_jalali is not UNSET:
            field_dict["last_attempt_at_jalali"] = last_attempt_at_jalali
        if reason is not UNSET:
            field_dict["reason"] = reason
        if retry is not UNSET:
            field_dict["retry"] = retry

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.verification_retry import VerificationRetry # noqa: PLC0415
        d = dict(src_dict)
        attempts = d.pop("attempts")

        checked_items = cast(list[int], d.pop("checked_items"))


        pending_items = cast(list[int], d.pop("pending_items"))


        status = d.pop("status")

        def _parse_last_attempt_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_attempt_at = _parse_last_attempt_at(d.pop("last_attempt_at", UNSET))


        def _parse_last_attempt_at_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_attempt_at_jalali = _parse_last_attempt_at_jalali(d.pop("last_attempt_at_jalali", UNSET))


        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        def _parse_retry(data: object) -> None | Unset | VerificationRetry:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                retry_type_0 = VerificationRetry.from_dict(data)



                return retry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VerificationRetry, data)

        retry = _parse_retry(d.pop("retry", UNSET))


        declaration_verification = cls(
            attempts=attempts,
            checked_items=checked_items,
            pending_items=pending_items,
            status=status,
            last_attempt_at=last_attempt_at,
            last_attempt_at_jalali=last_attempt_at_jalali,
            reason=reason,
            retry=retry,
        )


        declaration_verification.additional_properties = d
        return declaration_verification

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
