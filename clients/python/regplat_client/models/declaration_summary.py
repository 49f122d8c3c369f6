from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="DeclarationSummary")



@_attrs_define
class DeclarationSummary:
    """ A declaration in a list.

        Attributes:
            channel (str):
            created_at (str):
            customs_office (str):
            decision_date (str):
            id (str):
            outcome (str):
            purpose (str):
            state (str):
            version (int):
     """

    channel: str
    created_at: str
    customs_office: str
    decision_date: str
    id: str
    outcome: str
    purpose: str
    state: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        created_at = self.created_at

        customs_office = self.customs_office

        decision_date = self.decision_date

        id = self.id

        outcome = self.outcome

        purpose = self.purpose

        state = self.state

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "channel": channel,
            "created_at": created_at,
            "customs_office": customs_office,
            "decision_date": decision_date,
            "id": id,
            "outcome": outcome,
            "purpose": purpose,
            "state": state,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = d.pop("channel")

        created_at = d.pop("created_at")

        customs_office = d.pop("customs_office")

        decision_date = d.pop("decision_date")

        id = d.pop("id")

        outcome = d.pop("outcome")

        purpose = d.pop("purpose")

        state = d.pop("state")

        version = d.pop("version")

        declaration_summary = cls(
            channel=channel,
            created_at=created_at,
            customs_office=customs_office,
            decision_date=decision_date,
            id=id,
            outcome=outcome,
            purpose=purpose,
            state=state,
            version=version,
        )


        declaration_summary.additional_properties = d
        return declaration_summary

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
