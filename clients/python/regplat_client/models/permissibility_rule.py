from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.permissibility_rule_effect import PermissibilityRuleEffect
from typing import cast
import datetime






T = TypeVar("T", bound="PermissibilityRule")



@_attrs_define
class PermissibilityRule:
    """ One INS-R rule of the rule set in force: what it matches, its effect, its dates and its letter.

        Attributes:
            activities (list[str]):
            approvals (list[str] | None): The approvals it matches; None: any
            approved (bool | None): Matches only with (True) or without (False) an approval; None: either
            authority (str):
            clause (None | str):
            effect (PermissibilityRuleEffect):
            end (datetime.date | None):
            end_jalali (None | str):
            id (str):
            kind (str): rule, warning or note
            kinds (list[str]):
            leans_on (list[str]):
            letter (None | str):
            precedence (int): The matching rule of highest precedence decides
            quote (None | str):
            reason (None | str):
            start (datetime.date | None):
            start_jalali (None | str):
            text (str):
            text_fa (None | str):
            verify_irc (bool): A permission resting on an exosome IRC needs a verified FDO registration
     """

    activities: list[str]
    approvals: list[str] | None
    approved: bool | None
    authority: str
    clause: None | str
    effect: PermissibilityRuleEffect
    end: datetime.date | None
    end_jalali: None | str
    id: str
    kind: str
    kinds: list[str]
    leans_on: list[str]
    letter: None | str
    precedence: int
    quote: None | str
    reason: None | str
    start: datetime.date | None
    start_jalali: None | str
    text: str
    text_fa: None | str
    verify_irc: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        activities = self.activities



        approvals: list[str] | None
        if isinstance(self.approvals, list):
            approvals = self.approvals


        else:
            approvals = self.approvals

        approved: bool | None
        approved = self.approved

        authority = self.authority

        clause: None | str
        clause = self.clause

        effect = self.effect.value

        end: None | str
        if isinstance(self.end, datetime.date):
            end = self.end.isoformat()
        else:
            end = self.end

        end_jalali: None | str
        end_jalali = self.end_jalali

        id = self.id

        kind = self.kind

        kinds = self.kinds



        leans_on = self.leans_on



        letter: None | str
        letter = self.letter

        precedence = self.precedence

        quote: None | str
        quote = self.quote

        reason: None | str
        reason = self.reason

        start: None | str
        if isinstance(self.start, datetime.date):
            start = self.start.isoformat()
        else:
            start = self.start

        start_jalali: None | str
        start_jalali = self.start_jalali

        text = self.text

        text_fa: None | str
        text_fa = self.text_fa

        verify_irc = self.verify_irc


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "activities": activities,
            "approvals": approvals,
            "approved": approved,
            "authority": authority,
            "clause": clause,
            "effect": effect,
            "end": end,
            "end_jalali": end_jalali,
            "id": id,
            "kind": kind,
            "kinds": kinds,
            "leans_on": leans_on,
            "letter": letter,
            "precedence": precedence,
            "quote": quote,
            "reason": reason,
            "start": start,
            "start_jalali": start_jalali,
            "text": text,
            "text_fa": text_fa,
            "verify_irc": verify_irc,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activities = cast(list[str], d.pop("activities"))


        def _parse_approvals(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                approvals_type_0 = cast(list[str], data)

                return approvals_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        approvals = _parse_approvals(d.pop("approvals"))


        def _parse_approved(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        approved = _parse_approved(d.pop("approved"))


        authority = d.pop("authority")

        def _parse_clause(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        clause = _parse_clause(d.pop("clause"))


        effect = PermissibilityRuleEffect(d.pop("effect"))




        def _parse_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.date.fromisoformat(data)



                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end = _parse_end(d.pop("end"))


        def _parse_end_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_jalali = _parse_end_jalali(d.pop("end_jalali"))


        id = d.pop("id")

        kind = d.pop("kind")

        kinds = cast(list[str], d.pop("kinds"))


        leans_on = cast(list[str], d.pop("leans_on"))


        def _parse_letter(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        letter = _parse_letter(d.pop("letter"))


        precedence = d.pop("precedence")

        def _parse_quote(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        quote = _parse_quote(d.pop("quote"))


        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        def _parse_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.date.fromisoformat(data)



                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start = _parse_start(d.pop("start"))


        def _parse_start_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start_jalali = _parse_start_jalali(d.pop("start_jalali"))


        text = d.pop("text")

        def _parse_text_fa(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        text_fa = _parse_text_fa(d.pop("text_fa"))


        verify_irc = d.pop("verify_irc")

        permissibility_rule = cls(
            activities=activities,
            approvals=approvals,
            approved=approved,
            authority=authority,
            clause=clause,
            effect=effect,
            end=end,
            end_jalali=end_jalali,
            id=id,
            kind=kind,
            kinds=kinds,
            leans_on=leans_on,
            letter=letter,
            precedence=precedence,
            quote=quote,
            reason=reason,
            start=start,
            start_jalali=start_jalali,
            text=text,
            text_fa=text_fa,
            verify_irc=verify_irc,
        )


        permissibility_rule.additional_properties = d
        return permissibility_rule

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
