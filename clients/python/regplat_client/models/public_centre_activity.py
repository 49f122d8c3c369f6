from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="PublicCentreActivity")



@_attrs_define
class PublicCentreActivity:
    """ Whether the letters permit an activity of one kind at the centre today.

        Attributes:
            activity (str): treatment or research
            kind (str):
            letters_applied (list[str]):
            outcome (str): permitted, prohibited, not_regulated_by_these_letters or requires_verification
            permitted (bool | None): None when the letters neither permit nor ban it
     """

    activity: str
    kind: str
    letters_applied: list[str]
    outcome: str
    permitted: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        activity = self.activity

        kind = self.kind

        letters_applied = self.letters_applied



        outcome = self.outcome

        permitted: bool | None
        permitted = self.permitted


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "activity": activity,
            "kind": kind,
            "letters_applied": letters_applied,
            "outcome": outcome,
            "permitted": permitted,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activity = d.pop("activity")

        kind = d.pop("kind")

        letters_applied = cast(list[str], d.pop("letters_applied"))


        outcome = d.pop("outcome")

        def _parse_permitted(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        permitted = _parse_permitted(d.pop("permitted"))


        public_centre_activity = cls(
            activity=activity,
            kind=kind,
            letters_applied=letters_applied,
            outcome=outcome,
            permitted=permitted,
        )


        public_centre_activity.additional_properties = d
        return public_centre_activity

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
