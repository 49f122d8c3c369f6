from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DecisionRecordView")



@_attrs_define
class DecisionRecordView:
    """ One stored decision record of the hash chain.

        Attributes:
            created_at (str):
            decision_id (str):
            hash_ (str):
            kind (str):
            prev_hash (str):
            seq (int):
            actor_org (None | str | Unset):
            actor_role (None | str | Unset):
            actor_sub (None | str | Unset):
            basis (Any | Unset):
            inputs (Any | Unset):
            outcome (Any | Unset):
            ruleset_version (None | str | Unset):
            subject_id (None | str | Unset):
            subject_type (None | str | Unset):
     """

    created_at: str
    decision_id: str
    hash_: str
    kind: str
    prev_hash: str
    seq: int
    actor_org: None | str | Unset = UNSET
    actor_role: None | str | Unset = UNSET
    actor_sub: None | str | Unset = UNSET
    basis: Any | Unset = UNSET
    inputs: Any | Unset = UNSET
    outcome: Any | Unset = UNSET
    ruleset_version: None | str | Unset = UNSET
    subject_id: None | str | Unset = UNSET
    subject_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        decision_id = self.decision_id

        hash_ = self.hash_

        kind = self.kind

        prev_hash = self.prev_hash

        seq = self.seq

        actor_org: None | str | Unset
        if isinstance(self.actor_org, Unset):
            actor_org = UNSET
        else:
            actor_org = self.actor_org

        actor_role: None | str | Unset
        if isinstance(self.actor_role, Unset):
            actor_role = UNSET
        else:
            actor_role = self.actor_role

        actor_sub: None | str | Unset
        if isinstance(self.actor_sub, Unset):
            actor_sub = UNSET
        else:
            actor_sub = self.actor_sub

        basis = self.basis

        inputs = self.inputs

        outcome = self.outcome

        ruleset_version: None | str | Unset
        if isinstance(self.ruleset_version, Unset):
            ruleset_version = UNSET
        else:
            ruleset_version = self.ruleset_version

        subject_id: None | str | Unset
        if isinstance(self.subject_id, Unset):
            subject_id = UNSET
        else:
            subject_id = self.subject_id

        subject_type: None | str | Unset
        if isinstance(self.subject_type, Unset):
            subject_type = UNSET
        else:
            subject_type = self.subject_type


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "decision_id": decision_id,
            "hash": hash_,
            "kind": kind,
            "prev_hash": prev_hash,
            "seq": seq,
        })
        if actor_org is not UNSET:
            field_dict["actor_org"] = actor_org
        if actor_role is not UNSET:
            field_dict["actor_role"] = actor_role
        if actor_sub is not UNSET:
            field_dict["actor_sub"] = actor_sub
        if basis is not UNSET:
            field_dict["basis"] = basis
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if ruleset_version is not UNSET:
            field_dict["ruleset_version"] = ruleset_version
        if subject_id is not UNSET:
            field_dict["subject_id"] = subject_id
        if subject_type is not UNSET:
            field_dict["subject_type"] = subject_type

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at")

        decision_id = d.pop("decision_id")

        hash_ = d.pop("hash")

        kind = d.pop("kind")

        prev_hash = d.pop("prev_hash")

        seq = d.pop("seq")

        def _parse_actor_org(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actor_org = _parse_actor_org(d.pop("actor_org", UNSET))


        def _parse_actor_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actor_role = _parse_actor_role(d.pop("actor_role", UNSET))


        def _parse_actor_sub(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actor_sub = _parse_actor_sub(d.pop("actor_sub", UNSET))


        basis = d.pop("basis", UNSET)

        inputs = d.pop("inputs", UNSET)

        outcome = d.pop("outcome", UNSET)

        def _parse_ruleset_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ruleset_version = _parse_ruleset_version(d.pop("ruleset_version", UNSET))


        def _parse_subject_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_id = _parse_subject_id(d.pop("subject_id", UNSET))


        def _parse_subject_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_type = _parse_subject_type(d.pop("subject_type", UNSET))


        decision_record_view = cls(
            created_at=created_at,
            decision_id=decision_id,
            hash_=hash_,
            kind=kind,
            prev_hash=prev_hash,
            seq=seq,
            actor_org=actor_org,
            actor_role=actor_role,
            actor_sub=actor_sub,
            basis=basis,
            inputs=inputs,
            outcome=outcome,
            ruleset_version=ruleset_version,
            subject_id=subject_id,
            subject_type=subject_type,
        )


        decision_record_view.additional_properties = d
        return decision_record_view

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
