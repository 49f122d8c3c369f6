from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.inspection_checklist_item_severity import InspectionChecklistItemSeverity
from typing import cast

if TYPE_CHECKING:
  from ..models.checklist_item_basis import ChecklistItemBasis





T = TypeVar("T", bound="InspectionChecklistItem")



@_attrs_define
class InspectionChecklistItem:
    """ One item of a checklist: a non_compliant answer becomes a violation of `violation_type` with `severity`.

        Attributes:
            cite (ChecklistItemBasis): What a checklist item rests on (SHR-PROV): the letter and clause, and the letter's
                words or the platform's reason.
            code (str): The item code answers refer to
            severity (InspectionChecklistItemSeverity): Default severity of a violation of this item
            source (str): The letter the item comes from
            text (str):
            text_fa (str):
            violation_type (str):
     """

    cite: ChecklistItemBasis
    code: str
    severity: InspectionChecklistItemSeverity
    source: str
    text: str
    text_fa: str
    violation_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.checklist_item_basis import ChecklistItemBasis # noqa: PLC0415
        cite = self.cite.to_dict()

        code = self.code

        severity = self.severity.value

        source = self.source

        text = self.text

        text_fa = self.text_fa

        violation_type = self.violation_type


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cite": cite,
            "code": code,
            "severity": severity,
            "source": source,
            "text": text,
            "text_fa": text_fa,
            "violation_type": violation_type,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checklist_item_basis import ChecklistItemBasis # noqa: PLC0415
        d = dict(src_dict)
        cite = ChecklistItemBasis.from_dict(d.pop("cite"))




        code = d.pop("code")

        severity = InspectionChecklistItemSeverity(d.pop("severity"))




        source = d.pop("source")

        text = d.pop("text")

        text_fa = d.pop("text_fa")

        violation_type = d.pop("violation_type")

        inspection_checklist_item = cls(
            cite=cite,
            code=code,
            severity=severity,
            source=source,
            text=text,
            text_fa=text_fa,
            violation_type=violation_type,
        )


        inspection_checklist_item.additional_properties = d
        return inspection_checklist_item

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
