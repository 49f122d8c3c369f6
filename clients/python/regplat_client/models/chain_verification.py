from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.checkpoint_summary import CheckpointSummary





T = TypeVar("T", bound="ChainVerification")



@_attrs_define
class ChainVerification:
    """ Whether the hash chain of decision records is intact and matches its signed checkpoints.

        Attributes:
            checked (int):
            intact (bool):
            broken_at_seq (int | None | Unset):
            checked_to_seq (int | None | Unset):
            checkpoints (CheckpointSummary | None | Unset):
            first_record_after_last_good_checkpoint (int | None | Unset):
            head_hash (None | str | Unset):
            reason (None | str | Unset):
     """

    checked: int
    intact: bool
    broken_at_seq: int | None | Unset = UNSET
    checked_to_seq: int | None | Unset = UNSET
    checkpoints: CheckpointSummary | None | Unset = UNSET
    first_record_after_last_good_checkpoint: int | None | Unset = UNSET
    head_hash: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.checkpoint_summary import CheckpointSummary # noqa: PLC0415
        checked = self.checked

        intact = self.intact

        broken_at_seq: int | None | Unset
        if isinstance(self.broken_at_seq, Unset):
            broken_at_seq = UNSET
        else:
            broken_at_seq = self.broken_at_seq

        checked_to_seq: int | None | Unset
        if isinstance(self.checked_to_seq, Unset):
            checked_to_seq = UNSET
        else:
            checked_to_seq = self.checked_to_seq

        checkpoints: dict[str, Any] | None | Unset
        if isinstance(self.checkpoints, Unset):
            checkpoints = UNSET
        elif isinstance(self.checkpoints, CheckpointSummary):
            checkpoints = self.checkpoints.to_dict()
        else:
            checkpoints = self.checkpoints

        first_record_after_last_good_checkpoint: int | None | Unset
        if isinstance(self.first_record_after_last_good_checkpoint, Unset):
            first_record_after_last_good_checkpoint = UNSET
        else:
            first_record_after_last_good_checkpoint = self.first_record_after_last_good_checkpoint

        head_hash: None | str | Unset
        if isinstance(self.head_hash, Unset):
            head_hash = UNSET
        else:
            head_hash = self.head_hash

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "checked": checked,
            "intact": intact,
        })
        if broken_at_seq is not UNSET:
            field_dict["broken_at_seq"] = broken_at_seq
        if checked_to_seq is not UNSET:
            field_dict["checked_to_seq"] = checked_to_seq
        if checkpoints is not UNSET:
            field_dict["checkpoints"] = checkpoints
        if first_record_after_last_good_checkpoint is not UNSET:
            field_dict["first_record_after_last_good_checkpoint"] = first_record_after_last_good_checkpoint
        if head_hash is not UNSET:
            field_dict["head_hash"] = head_hash
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkpoint_summary import CheckpointSummary # noqa: PLC0415
        d = dict(src_dict)
        checked = d.pop("checked")

        intact = d.pop("intact")

        def _parse_broken_at_seq(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        broken_at_seq = _parse_broken_at_seq(d.pop("broken_at_seq", UNSET))


        def _parse_checked_to_seq(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        checked_to_seq = _parse_checked_to_seq(d.pop("checked_to_seq", UNSET))


        def _parse_checkpoints(data: object) -> CheckpointSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                checkpoints_type_0 = CheckpointSummary.from_dict(data)



                return checkpoints_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckpointSummary | None | Unset, data)

        checkpoints = _parse_checkpoints(d.pop("checkpoints", UNSET))


        def _parse_first_record_after_last_good_checkpoint(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        first_record_after_last_good_checkpoint = _parse_first_record_after_last_good_checkpoint(d.pop("first_record_after_last_good_checkpoint", UNSET))


        def _parse_head_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        head_hash = _parse_head_hash(d.pop("head_hash", UNSET))


        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        chain_verification = cls(
            checked=checked,
            intact=intact,
            broken_at_seq=broken_at_seq,
            checked_to_seq=checked_to_seq,
            checkpoints=checkpoints,
            first_record_after_last_good_checkpoint=first_record_after_last_good_checkpoint,
            head_hash=head_hash,
            reason=reason,
        )


        chain_verification.additional_properties = d
        return chain_verification

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
