from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.permissibility_ruling_activity import PermissibilityRulingActivity
from ..models.permissibility_ruling_approval import PermissibilityRulingApproval
from ..models.permissibility_ruling_kind import PermissibilityRulingKind
from ..models.permissibility_ruling_outcome import PermissibilityRulingOutcome
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.citation import Citation





T = TypeVar("T", bound="PermissibilityRuling")



@_attrs_define
class PermissibilityRuling:
    """ INS-R: whether activity A of kind K (with approval X, by centre C) is permitted on date D, and on what basis.

        Attributes:
            activity (PermissibilityRulingActivity):
            approval (PermissibilityRulingApproval): The approval claimed
            approved (bool): Whether an effective approval is held
            banned (bool):
            basis (list[Citation]):
            center_id (None | str):
            date (datetime.date):
            date_jalali (None | str):
            deciding_rule (None | str): The rule id that decided (None: no rule in force decides)
            effective_approval (str): The approval that counts after checking the centre's approvals on the date
            irc_code (None | str): The IRC claimed, normalised
            kind (PermissibilityRulingKind):
            letters_applied (list[str]): Letters whose rules decided or constrained the answer
            letters_cited (list[str]): Every letter of the basis
            outcome (PermissibilityRulingOutcome):
            permitted (bool | None): True / False; None when the letters do not rule on it or it awaits verification
            requires_verification (bool): Held for a person: an exosome IRC the registry does not hold as verified
            ruleset_version (str): `<rule set>/<regulation registry>` versions the ruling was made with
            verification_reason (None | str):
            verification_reason_fa (None | str):
            warnings (list[str]):
            warnings_fa (list[str]):
            decision_id (None | str | Unset): The decision record (POST /v1/permissibility records every ruling)
     """

    activity: PermissibilityRulingActivity
    approval: PermissibilityRulingApproval
    approved: bool
    banned: bool
    basis: list[Citation]
    center_id: None | str
    date: datetime.date
    date_jalali: None | str
    deciding_rule: None | str
    effective_approval: str
    irc_code: None | str
    kind: PermissibilityRulingKind
    letters_applied: list[str]
    letters_cited: list[str]
    outcome: PermissibilityRulingOutcome
    permitted: bool | None
    requires_verification: bool
    ruleset_version: str
    verification_reason: None | str
    verification_reason_fa: None | str
    warnings: list[str]
    warnings_fa: list[str]
    decision_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation import Citation # noqa: PLC0415
        activity = self.activity.value

        approval = self.approval.value

        approved = self.approved

        banned = self.banned

        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        center_id: None | str
        center_id = self.center_id

        date = self.date.isoformat()

        date_jalali: None | str
        date_jalali = self.date_jalali

        deciding_rule: None | str
        deciding_rule = self.deciding_rule

        effective_approval = self.effective_approval

        irc_code: None | str
        irc_code = self.irc_code

        kind = self.kind.value

        letters_applied = self.letters_applied



        letters_cited = self.letters_cited



        outcome = self.outcome.value

        permitted: bool | None
        permitted = self.permitted

        requires_verification = self.requires_verification

        ruleset_version = self.ruleset_version

        verification_reason: None | str
        verification_reason = self.verification_reason

        verification_reason_fa: None | str
        verification_reason_fa = self.verification_reason_fa

        warnings = self.warnings



        warnings_fa = self.warnings_fa



        decision_id: None | str | Unset
        if isinstance(self.decision_id, Unset):
            decision_id = UNSET
        else:
            decision_id = self.decision_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "activity": activity,
            "approval": approval,
            "approved": approved,
            "banned": banned,
            "basis": basis,
            "center_id": center_id,
            "date": date,
            "date_jalali": date_jalali,
            "deciding_rule": deciding_rule,
            "effective_approval": effective_approval,
            "irc_code": irc_code,
            "kind": kind,
            "letters_applied": letters_applied,
            "letters_cited": letters_cited,
            "outcome": outcome,
            "permitted": permitted,
            "requires_verification": requires_verification,
            "ruleset_version": ruleset_version,
            "verification_reason": verification_reason,
            "verification_reason_fa": verification_reason_fa,
            "warnings": warnings,
            "warnings_fa": warnings_fa,
        })
        if decision_id is not UNSET:
            field_dict["decision_id"] = decision_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation import Citation # noqa: PLC0415
        d = dict(src_dict)
        activity = PermissibilityRulingActivity(d.pop("activity"))




        approval = PermissibilityRulingApproval(d.pop("approval"))




        approved = d.pop("approved")

        banned = d.pop("banned")

        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = Citation.from_dict(basis_item_data)



            basis.append(basis_item)


        def _parse_center_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        center_id = _parse_center_id(d.pop("center_id"))


        date = datetime.date.fromisoformat(d.pop("date"))




        def _parse_date_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date_jalali = _parse_date_jalali(d.pop("date_jalali"))


        def _parse_deciding_rule(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        deciding_rule = _parse_deciding_rule(d.pop("deciding_rule"))


        effective_approval = d.pop("effective_approval")

        def _parse_irc_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        irc_code = _parse_irc_code(d.pop("irc_code"))


        kind = PermissibilityRulingKind(d.pop("kind"))




        letters_applied = cast(list[str], d.pop("letters_applied"))


        letters_cited = cast(list[str], d.pop("letters_cited"))


        outcome = PermissibilityRulingOutcome(d.pop("outcome"))




        def _parse_permitted(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        permitted = _parse_permitted(d.pop("permitted"))


        requires_verification = d.pop("requires_verification")

        ruleset_version = d.pop("ruleset_version")

        def _parse_verification_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        verification_reason = _parse_verification_reason(d.pop("verification_reason"))


        def _parse_verification_reason_fa(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        verification_reason_fa = _parse_verification_reason_fa(d.pop("verification_reason_fa"))


        warnings = cast(list[str], d.pop("warnings"))


        warnings_fa = cast(list[str], d.pop("warnings_fa"))


        def _parse_decision_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_id = _parse_decision_id(d.pop("decision_id", UNSET))


        permissibility_ruling = cls(
            activity=activity,
            approval=approval,
            approved=approved,
            banned=banned,
            basis=basis,
            center_id=center_id,
            date=date,
            date_jalali=date_jalali,
            deciding_rule=deciding_rule,
            effective_approval=effective_approval,
            irc_code=irc_code,
            kind=kind,
            letters_applied=letters_applied,
            letters_cited=letters_cited,
            outcome=outcome,
            permitted=permitted,
            requires_verification=requires_verification,
            ruleset_version=ruleset_version,
            verification_reason=verification_reason,
            verification_reason_fa=verification_reason_fa,
            warnings=warnings,
            warnings_fa=warnings_fa,
            decision_id=decision_id,
        )


        permissibility_ruling.additional_properties = d
        return permissibility_ruling

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
