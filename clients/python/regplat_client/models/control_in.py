from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.control_in_code import ControlInCode
from ..models.control_in_result import ControlInResult
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ControlIn")



@_attrs_define
class ControlIn:
    """ 
        Attributes:
            code (ControlInCode):
            result (ControlInResult):
            note (None | str | Unset):
     """

    code: ControlInCode
    result: ControlInResult
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        result = self.result.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "result": result,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = ControlInCode(d.pop("code"))




        result = ControlInResult(d.pop("result"))




        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        control_in = cls(
            code=code,
            result=result,
            note=note,
        )

        return control_in

