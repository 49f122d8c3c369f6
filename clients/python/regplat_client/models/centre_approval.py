from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.centre_approval_kind import CentreApprovalKind
from typing import cast
import datetime






T = TypeVar("T", bound="CentreApproval")



@_attrs_define
class CentreApproval:
    """ An ethics approval of a research project (`ethics`) or a product's FDO registration (`irc`) held by the centre.

        Attributes:
            committee (None | str):
            ethics_code (None | str): Ethics code (کد اخلاق) of an `ethics` approval
            holder (None | str):
            id (str):
            irc_code (None | str): The FDO's product registration code of an `irc` approval
            kind (CentreApprovalKind):
            migrated_from (None | str): Set on approvals converted from the old shape (SPEC correction 1)
            product (None | str):
            title (None | str):
            type_ (str): `ethics` or `irc`
            valid_from (datetime.date):
            valid_from_jalali (None | str):
            valid_to (datetime.date | None): None: open-ended
            valid_to_jalali (None | str):
            valid_today (bool):
            verified (bool): An FDO registration checked with the FDO by a Ministry role
            verified_by (None | str): `role:subject` of whoever recorded it as verified
     """

    committee: None | str
    ethics_code: None | str
    holder: None | str
    id: str
    irc_code: None | str
    kind: CentreApprovalKind
    migrated_from: None | str
    product: None | str
    title: None | str
    type_: str
    valid_from: datetime.date
    valid_from_jalali: None | str
    valid_to: datetime.date | None
    valid_to_jalali: None | str
    valid_today: bool
    verified: bool
    verified_by: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        committee: None | str
        committee = self.committee

        ethics_code: None | str
        ethics_code = self.ethics_code

        holder: None | str
        holder = self.holder

        id = self.id

        irc_code: None | str
        irc_code = self.irc_code

        kind = self.kind.value

        migrated_from: None | str
        migrated_from = self.migrated_from

        product: None | str
        product = self.product

        title: None | str
        title = self.title

        type_ = self.type_

        valid_from = self.valid_from.isoformat()

        valid_from_jalali: None | str
        valid_from_jalali = self.valid_from_jalali

        valid_to: None | str
        if isinstance(self.valid_to, datetime.date):
            valid_to = self.valid_to.isoformat()
        else:
            valid_to = self.valid_to

        valid_to_jalali: None | str
        valid_to_jalali = self.valid_to_jalali

        valid_today = self.valid_today

        verified = self.verified

        verified_by: None | str
        verified_by = self.verified_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "committee": committee,
            "ethics_code": ethics_code,
            "holder": holder,
            "id": id,
            "irc_code": irc_code,
            "kind": kind,
            "migrated_from": migrated_from,
            "product": product,
            "title": title,
            "type": type_,
            "valid_from": valid_from,
            "valid_from_jalali": valid_from_jalali,
            "valid_to": valid_to,
            "valid_to_jalali": valid_to_jalali,
            "valid_today": valid_today,
            "verified": verified,
            "verified_by": verified_by,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_committee(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        committee = _parse_committee(d.pop("committee"))


        def _parse_ethics_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ethics_code = _parse_ethics_code(d.pop("ethics_code"))


        def _parse_holder(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        holder = _parse_holder(d.pop("holder"))


        id = d.pop("id")

        def _parse_irc_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        irc_code = _parse_irc_code(d.pop("irc_code"))


        kind = CentreApprovalKind(d.pop("kind"))




        def _parse_migrated_from(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        migrated_from = _parse_migrated_from(d.pop("migrated_from"))


        def _parse_product(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        product = _parse_product(d.pop("product"))


        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))


        type_ = d.pop("type")

        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))




        def _parse_valid_from_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        valid_from_jalali = _parse_valid_from_jalali(d.pop("valid_from_jalali"))


        def _parse_valid_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_to_type_0 = datetime.date.fromisoformat(data)



                return valid_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_to = _parse_valid_to(d.pop("valid_to"))


        def _parse_valid_to_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        valid_to_jalali = _parse_valid_to_jalali(d.pop("valid_to_jalali"))


        valid_today = d.pop("valid_today")

        verified = d.pop("verified")

        def _parse_verified_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        verified_by = _parse_verified_by(d.pop("verified_by"))


        centre_approval = cls(
            committee=committee,
            ethics_code=ethics_code,
            holder=holder,
            id=id,
            irc_code=irc_code,
            kind=kind,
            migrated_from=migrated_from,
            product=product,
            title=title,
            type_=type_,
            valid_from=valid_from,
            valid_from_jalali=valid_from_jalali,
            valid_to=valid_to,
            valid_to_jalali=valid_to_jalali,
            valid_today=valid_today,
            verified=verified,
            verified_by=verified_by,
        )


        centre_approval.additional_properties = d
        return centre_approval

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
