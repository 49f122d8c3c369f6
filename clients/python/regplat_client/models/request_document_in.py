from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RequestDocumentIn")



@_attrs_define
class RequestDocumentIn:
    """ 
        Attributes:
            date (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits accepted
            kind (str): oct, oct-angiography, fluorescein-angiography, fundus-photography, visual-acuity, fundus-
                examination, widefield-imaging, risk-benefit-justification, ...
            reference (None | str | Unset): the document's number or file reference in the physician's record
     """

    date: str
    kind: str
    reference: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        date = self.date

        kind = self.kind

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "date": date,
            "kind": kind,
        })
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date")

        kind = d.pop("kind")

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))


        request_document_in = cls(
            date=date,
            kind=kind,
            reference=reference,
        )

        return request_document_in

