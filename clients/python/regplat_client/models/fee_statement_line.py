from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="FeeStatementLine")



@_attrs_define
class FeeStatementLine:
    """ One case that earned its fee in the month.

        Attributes:
            case_id (str):
            case_type (str):
            registered_at (None | str):
            registered_at_jalali (None | str):
            decision_id (None | str | Unset):
            fee_rials (int | None | Unset): None while the fee is unknown
     """

    case_id: str
    case_type: str
    registered_at: None | str
    registered_at_jalali: None | str
    decision_id: None | str | Unset = UNSET
    fee_rials: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        case_id = self.case_id

        case_type = self.case_type

        registered_at: None | str
        registered_at = self.registered_at

        registered_at_jalali: None | str
        registered_at_jalali = self.registered_at_jalali

        decision_id: None | str | Unset
        if isinstance(self.decision_id, Unset):
            decision_id = UNSET
        else:
            decision_id = self.decision_id

        fee_rials: int | None | Unset
        if isinstance(self.fee_rials, Unset):
            fee_rials = UNSET
        else:
            fee_rials = self.fee_rials


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "case_id": case_id,
            "case_type": case_type,
            "registered_at": registered_at,
            "registered_at_jalali": registered_at_jalali,
        })
        if decision_id is not UNSET:
            field_dict["decision_id"] = decision_id
        if fee_rials is not UNSET:
            field_dict["fee_rials"] = fee_rials

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        case_id = d.pop("case_id")

        case_type = d.pop("case_type")

        def _parse_registered_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registered_at = _parse_registered_at(d.pop("registered_at"))


        def _parse_registered_at_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registered_at_jalali = _parse_registered_at_jalali(d.pop("registered_at_jalali"))


        def _parse_decision_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_id = _parse_decision_id(d.pop("decision_id", UNSET))


        def _parse_fee_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fee_rials = _parse_fee_rials(d.pop("fee_rials", UNSET))


        fee_statement_line = cls(
            case_id=case_id,
            case_type=case_type,
            registered_at=registered_at,
            registered_at_jalali=registered_at_jalali,
            decision_id=decision_id,
            fee_rials=fee_rials,
        )


        fee_statement_line.additional_properties = d
        return fee_statement_line

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
