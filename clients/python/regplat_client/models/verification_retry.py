from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="VerificationRetry")



@_attrs_define
class VerificationRetry:
    """ How to ask inspections again (SPEC X3).

        Attributes:
            if_match (bool):
            method (str):
            path (str):
            automatic_every_seconds (float | None | Unset): The service retries by itself this often (null: never)
     """

    if_match: bool
    method: str
    path: str
    automatic_every_seconds: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        if_match = self.if_match

        method = self.method

        path = self.path

        automatic_every_seconds: float | None | Unset
        if isinstance(self.automatic_every_seconds, Unset):
            automatic_every_seconds = UNSET
        else:
            automatic_every_seconds = self.automatic_every_seconds


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "if_match": if_match,
            "method": method,
            "path": path,
        })
        if automatic_every_seconds is not UNSET:
            field_dict["automatic_every_seconds"] = automatic_every_seconds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if_match = d.pop("if_match")

        method = d.pop("method")

        path = d.pop("path")

        def _parse_automatic_every_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        automatic_every_seconds = _parse_automatic_every_seconds(d.pop("automatic_every_seconds", UNSET))


        verification_retry = cls(
            if_match=if_match,
            method=method,
            path=path,
            automatic_every_seconds=automatic_every_seconds,
        )


        verification_retry.additional_properties = d
        return verification_retry

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
