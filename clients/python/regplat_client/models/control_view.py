from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.control_view_result_type_0 import ControlViewResultType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ControlView")



@_attrs_define
class ControlView:
    """ One of the seven CLM-A3 controls, recorded or not yet.

        Attributes:
            clause (str): The circular's clause (A3-1 .. A3-7)
            code (str):
            label (str):
            label_fa (str):
            note (None | str | Unset):
            recorded_at (None | str | Unset):
            recorded_at_jalali (None | str | Unset):
            recorded_by (None | str | Unset):
            result (ControlViewResultType0 | None | Unset): None while not recorded
     """

    clause: str
    code: str
    label: str
    label_fa: str
    note: None | str | Unset = UNSET
    recorded_at: None | str | Unset = UNSET
    recorded_at_jalali: None | str | Unset = UNSET
    recorded_by: None | str | Unset = UNSET
    result: ControlViewResultType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        clause = self.clause

        code = self.code

        label = self.label

        label_fa = self.label_fa

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        recorded_at: None | str | Unset
        if isinstance(self.recorded_at, Unset):
            recorded_at = UNSET
        else:
            recorded_at = self.recorded_at

        recorded_at_jalali: None | str | Unset
        if isinstance(self.recorded_at_jalali, Unset):
            recorded_at_jalali = UNSET
        else:
            recorded_at_jalali = self.recorded_at_jalali

        recorded_by: None | str | Unset
        if isinstance(self.recorded_by, Unset):
            recorded_by = UNSET
        else:
            recorded_by = self.recorded_by

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, ControlViewResultType0):
            result = self.result.value
        else:
            result = self.result


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "clause": clause,
            "code": code,
            "label": label,
            "label_fa": label_fa,
        })
        if note is not UNSET:
            field_dict["note"] = note
        if recorded_at is not UNSET:
            field_dict["recorded_at"] = recorded_at
        if recorded_at_jalali is not UNSET:
            field_dict["recorded_at_jalali"] = recorded_at_jalali
        if recorded_by is not UNSET:
            field_dict["recorded_by"] = recorded_by
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clause = d.pop("clause")

        code = d.pop("code")

        label = d.pop("label")

        label_fa = d.pop("label_fa")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_recorded_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recorded_at = _parse_recorded_at(d.pop("recorded_at", UNSET))


        def _parse_recorded_at_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recorded_at_jalali = _parse_recorded_at_jalali(d.pop("recorded_at_jalali", UNSET))


        def _parse_recorded_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recorded_by = _parse_recorded_by(d.pop("recorded_by", UNSET))


        def _parse_result(data: object) -> ControlViewResultType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                result_type_0 = ControlViewResultType0(data)



                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ControlViewResultType0 | None | Unset, data)

        result = _parse_result(d.pop("result", UNSET))


        control_view = cls(
            clause=clause,
            code=code,
            label=label,
            label_fa=label_fa,
            note=note,
            recorded_at=recorded_at,
            recorded_at_jalali=recorded_at_jalali,
            recorded_by=recorded_by,
            result=result,
        )


        control_view.additional_properties = d
        return control_view

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
