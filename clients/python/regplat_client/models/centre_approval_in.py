from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.centre_approval_in_kind import CentreApprovalInKind
from ..models.centre_approval_in_type import CentreApprovalInType
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CentreApprovalIn")



@_attrs_define
class CentreApprovalIn:
    """ An ethics approval of a research project (type `ethics`) or a product's FDO registration (type `irc`).

    SPEC correction 1: IRC is the FDO's product registration code, not an ethics approval. The old shape
    (`type` research / treatment with `irc_code`) is still accepted: a code with the ethics-code shape is an
    ethics approval, any other code an FDO registration.

        Attributes:
            kind (CentreApprovalInKind):
            type_ (CentreApprovalInType): ethics | irc (research / treatment: the old shape)
            valid_from (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits accepted
            committee (None | str | Unset): The ethics committee that approved the research
            ethics_code (None | str | Unset): Ethics code (کد اخلاق), e.g. IR.QUMS.REC.1404.123
            holder (None | str | Unset): The registration holder
            irc_code (None | str | Unset): The FDO's product registration code (IRC); the old shape also put ethics codes
                here
            product (None | str | Unset):
            title (None | str | Unset):
            valid_to (None | str | Unset):
            verified (bool | Unset): An FDO registration checked with the FDO; only a Ministry role may set it Default:
                False.
     """

    kind: CentreApprovalInKind
    type_: CentreApprovalInType
    valid_from: str
    committee: None | str | Unset = UNSET
    ethics_code: None | str | Unset = UNSET
    holder: None | str | Unset = UNSET
    irc_code: None | str | Unset = UNSET
    product: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    valid_to: None | str | Unset = UNSET
    verified: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        type_ = self.type_.value

        valid_from = self.valid_from

        committee: None | str | Unset
        if isinstance(self.committee, Unset):
            committee = UNSET
        else:
            committee = self.committee

        ethics_code: None | str | Unset
        if isinstance(self.ethics_code, Unset):
            ethics_code = UNSET
        else:
            ethics_code = self.ethics_code

        holder: None | str | Unset
        if isinstance(self.holder, Unset):
            holder = UNSET
        else:
            holder = self.holder

        irc_code: None | str | Unset
        if isinstance(self.irc_code, Unset):
            irc_code = UNSET
        else:
            irc_code = self.irc_code

        product: None | str | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        else:
            product = self.product

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        valid_to: None | str | Unset
        if isinstance(self.valid_to, Unset):
            valid_to = UNSET
        else:
            valid_to = self.valid_to

        verified = self.verified


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "type": type_,
            "valid_from": valid_from,
        })
        if committee is not UNSET:
            field_dict["committee"] = committee
        if ethics_code is not UNSET:
            field_dict["ethics_code"] = ethics_code
        if holder is not UNSET:
            field_dict["holder"] = holder
        if irc_code is not UNSET:
            field_dict["irc_code"] = irc_code
        if product is not UNSET:
            field_dict["product"] = product
        if title is not UNSET:
            field_dict["title"] = title
        if valid_to is not UNSET:
            field_dict["valid_to"] = valid_to
        if verified is not UNSET:
            field_dict["verified"] = verified

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = CentreApprovalInKind(d.pop("kind"))




        type_ = CentreApprovalInType(d.pop("type"))




        valid_from = d.pop("valid_from")

        def _parse_committee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        committee = _parse_committee(d.pop("committee", UNSET))


        def _parse_ethics_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ethics_code = _parse_ethics_code(d.pop("ethics_code", UNSET))


        def _parse_holder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        holder = _parse_holder(d.pop("holder", UNSET))


        def _parse_irc_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        irc_code = _parse_irc_code(d.pop("irc_code", UNSET))


        def _parse_product(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product = _parse_product(d.pop("product", UNSET))


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        def _parse_valid_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        valid_to = _parse_valid_to(d.pop("valid_to", UNSET))


        verified = d.pop("verified", UNSET)

        centre_approval_in = cls(
            kind=kind,
            type_=type_,
            valid_from=valid_from,
            committee=committee,
            ethics_code=ethics_code,
            holder=holder,
            irc_code=irc_code,
            product=product,
            title=title,
            valid_to=valid_to,
            verified=verified,
        )

        return centre_approval_in

