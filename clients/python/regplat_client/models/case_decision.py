from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CaseDecision")



@_attrs_define
class CaseDecision:
    """ One decision record of the case's history.

        Attributes:
            basis (Any): The citations the decision rests on (SHR-PROV)
            created_at (None | str):
            created_at_jalali (None | str):
            decision_id (str):
            kind (str): claims.case.registered, claims.case.controls, claims.case.assessment, ...
            outcome (Any): What was decided (the shape depends on `kind`)
            actor_org (None | str | Unset):
            actor_role (None | str | Unset):
            ruleset_version (None | str | Unset):
     """

    basis: Any
    created_at: None | str
    created_at_jalali: None | str
    decision_id: str
    kind: str
    outcome: Any
    actor_org: None | str | Unset = UNSET
    actor_role: None | str | Unset = UNSET
    ruleset_version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        basis = self.basis

        created_at: None | str
        created_at = self.created_at

        created_at_jalali: None | str
        created_at_jalali = self.created_at_jalali

        decision_id = self.decision_id

        kind = self.kind

        outcome = self.outcome

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

        ruleset_version: None | str | Unset
        if isinstance(self.ruleset_version, Unset):
            ruleset_version = UNSET
        else:
            ruleset_version = self.ruleset_version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "basis": basis,
            "created_at": created_at,
            "created_at_jalali": created_at_jalali,
            "decision_id": decision_id,
            "kind": kind,
            "outcome": outcome,
        })
        if actor_org is not UNSET:
            field_dict["actor_org"] = actor_org
        if actor_role is not UNSET:
            field_dict["actor_role"] = actor_role
        if ruleset_version is not UNSET:
            field_dict["ruleset_version"] = ruleset_version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        basis = d.pop("basis")

        def _parse_created_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_at = _parse_created_at(d.pop("created_at"))


        def _parse_created_at_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_at_jalali = _parse_created_at_jalali(d.pop("created_at_jalali"))


        decision_id = d.pop("decision_id")

        kind = d.pop("kind")

        outcome = d.pop("outcome")

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


        def _parse_ruleset_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ruleset_version = _parse_ruleset_version(d.pop("ruleset_version", UNSET))


        case_decision = cls(
            basis=basis,
            created_at=created_at,
            created_at_jalali=created_at_jalali,
            decision_id=decision_id,
            kind=kind,
            outcome=outcome,
            actor_org=actor_org,
            actor_role=actor_role,
            ruleset_version=ruleset_version,
        )


        case_decision.additional_properties = d
        return case_decision

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
