from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.permissibility_in_activity import PermissibilityInActivity
from ..models.permissibility_in_approval import PermissibilityInApproval
from ..models.permissibility_in_kind import PermissibilityInKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PermissibilityIn")



@_attrs_define
class PermissibilityIn:
    """ 
        Attributes:
            activity (PermissibilityInActivity):
            kind (PermissibilityInKind):
            approval (PermissibilityInApproval | Unset):  Default: PermissibilityInApproval.NONE.
            center_id (None | str | Unset): Optional centre: its status and approvals on the date count
            date (None | str | Unset): The date asked about (default: today, Asia/Tehran)
            irc_code (None | str | Unset): The IRC claimed (approval irc_code): for an exosome product it counts only if the
                registry holds it as a verified FDO registration
     """

    activity: PermissibilityInActivity
    kind: PermissibilityInKind
    approval: PermissibilityInApproval | Unset = PermissibilityInApproval.NONE
    center_id: None | str | Unset = UNSET
    date: None | str | Unset = UNSET
    irc_code: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        activity = self.activity.value

        kind = self.kind.value

        approval: str | Unset = UNSET
        if not isinstance(self.approval, Unset):
            approval = self.approval.value


        center_id: None | str | Unset
        if isinstance(self.center_id, Unset):
            center_id = UNSET
        else:
            center_id = self.center_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        irc_code: None | str | Unset
        if isinstance(self.irc_code, Unset):
            irc_code = UNSET
        else:
            irc_code = self.irc_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "activity": activity,
            "kind": kind,
        })
        if approval is not UNSET:
            field_dict["approval"] = approval
        if center_id is not UNSET:
            field_dict["center_id"] = center_id
        if date is not UNSET:
            field_dict["date"] = date
        if irc_code is not UNSET:
            field_dict["irc_code"] = irc_code

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activity = PermissibilityInActivity(d.pop("activity"))




        kind = PermissibilityInKind(d.pop("kind"))




        _approval = d.pop("approval", UNSET)
        approval: PermissibilityInApproval | Unset
        if isinstance(_approval,  Unset):
            approval = UNSET
        else:
            approval = PermissibilityInApproval(_approval)




        def _parse_center_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        center_id = _parse_center_id(d.pop("center_id", UNSET))


        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))


        def _parse_irc_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        irc_code = _parse_irc_code(d.pop("irc_code", UNSET))


        permissibility_in = cls(
            activity=activity,
            kind=kind,
            approval=approval,
            center_id=center_id,
            date=date,
            irc_code=irc_code,
        )

        return permissibility_in

