from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="AssessmentLine")



@_attrs_define
class AssessmentLine:
    """ CLM-A4 for one line: billed, allowed under the ceiling, the Organization's share and what it pays.

        Attributes:
            allowed_rials (int):
            billed_rials (int):
            explanation (str):
            line_no (int):
            reimbursable_rials (int):
            service_code (str):
            share (str): The Organization's share, as a decimal string
            status (str): assessed | excluded | pending_verification | needs_review | not_reimbursable
     """

    allowed_rials: int
    billed_rials: int
    explanation: str
    line_no: int
    reimbursable_rials: int
    service_code: str
    share: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        allowed_rials = self.allowed_rials

        billed_rials = self.billed_rials

        explanation = self.explanation

        line_no = self.line_no

        reimbursable_rials = self.reimbursable_rials

        service_code = self.service_code

        share = self.share

        status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "allowed_rials": allowed_rials,
            "billed_rials": billed_rials,
            "explanation": explanation,
            "line_no": line_no,
            "reimbursable_rials": reimbursable_rials,
            "service_code": service_code,
            "share": share,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_rials = d.pop("allowed_rials")

        billed_rials = d.pop("billed_rials")

        explanation = d.pop("explanation")

        line_no = d.pop("line_no")

        reimbursable_rials = d.pop("reimbursable_rials")

        service_code = d.pop("service_code")

        share = d.pop("share")

        status = d.pop("status")

        assessment_line = cls(
            allowed_rials=allowed_rials,
            billed_rials=billed_rials,
            explanation=explanation,
            line_no=line_no,
            reimbursable_rials=reimbursable_rials,
            service_code=service_code,
            share=share,
            status=status,
        )


        assessment_line.additional_properties = d
        return assessment_line

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
