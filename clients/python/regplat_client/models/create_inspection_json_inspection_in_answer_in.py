from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.create_inspection_json_inspection_in_answer_in_result import CreateInspectionJsonInspectionInAnswerInResult
from ..models.create_inspection_json_inspection_in_answer_in_severity_type_0 import CreateInspectionJsonInspectionInAnswerInSeverityType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CreateInspectionJsonInspectionInAnswerIn")



@_attrs_define
class CreateInspectionJsonInspectionInAnswerIn:
    """ 
        Attributes:
            item (str):
            result (CreateInspectionJsonInspectionInAnswerInResult):
            note (None | str | Unset):
            severity (CreateInspectionJsonInspectionInAnswerInSeverityType0 | None | Unset): Override of the item's default
                severity
     """

    item: str
    result: CreateInspectionJsonInspectionInAnswerInResult
    note: None | str | Unset = UNSET
    severity: CreateInspectionJsonInspectionInAnswerInSeverityType0 | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        item = self.item

        result = self.result.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        severity: None | str | Unset
        if isinstance(self.severity, Unset):
            severity = UNSET
        elif isinstance(self.severity, CreateInspectionJsonInspectionInAnswerInSeverityType0):
            severity = self.severity.value
        else:
            severity = self.severity


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "item": item,
            "result": result,
        })
        if note is not UNSET:
            field_dict["note"] = note
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item = d.pop("item")

        result = CreateInspectionJsonInspectionInAnswerInResult(d.pop("result"))




        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_severity(data: object) -> CreateInspectionJsonInspectionInAnswerInSeverityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                severity_type_0 = CreateInspectionJsonInspectionInAnswerInSeverityType0(data)



                return severity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateInspectionJsonInspectionInAnswerInSeverityType0 | None | Unset, data)

        severity = _parse_severity(d.pop("severity", UNSET))


        create_inspection_json_inspection_in_answer_in = cls(
            item=item,
            result=result,
            note=note,
            severity=severity,
        )

        return create_inspection_json_inspection_in_answer_in

