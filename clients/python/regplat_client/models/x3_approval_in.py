from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.x3_approval_in_type import X3ApprovalInType
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="X3ApprovalIn")



@_attrs_define
class X3ApprovalIn:
    """ A research approval or an IRC treatment code the owner gives (SPEC X3: sent to inspections as `approval`).

        Attributes:
            irc_code (str): the approval's code: the ethics code for approved research (e.g. IR.QUMS.REC.1404.200) or the
                FDO registration code (IRC) of an approved treatment (the field keeps its historical name)
            type_ (X3ApprovalInType): research_approval: research approved by an ethics committee (with its ethics code, کد
                اخلاق); irc_code: an approved treatment registered by the FDO (IRC, the product registration code)
            reference (None | str | Unset): Approval letter or project number
     """

    irc_code: str
    type_: X3ApprovalInType
    reference: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        irc_code = self.irc_code

        type_ = self.type_.value

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "irc_code": irc_code,
            "type": type_,
        })
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        irc_code = d.pop("irc_code")

        type_ = X3ApprovalInType(d.pop("type"))




        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))


        x3_approval_in = cls(
            irc_code=irc_code,
            type_=type_,
            reference=reference,
        )

        return x3_approval_in

