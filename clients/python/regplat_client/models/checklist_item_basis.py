from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ChecklistItemBasis")



@_attrs_define
class ChecklistItemBasis:
    """ What a checklist item rests on (SHR-PROV): the letter and clause, and the letter's words or the platform's reason.

        Attributes:
            authority (str): source (the letter's own words in `quote`) or interpretation (`reason` says why)
            clause (None | str):
            kind (str): rule, warning or note
            leans_on (list[str]): Letters an interpretation leans on
            letter (None | str): The letter's number, e.g. 400/10262/د
            quote (None | str):
            reason (None | str):
            rule_id (None | str):
            text (str):
            text_fa (None | str):
     """

    authority: str
    clause: None | str
    kind: str
    leans_on: list[str]
    letter: None | str
    quote: None | str
    reason: None | str
    rule_id: None | str
    text: str
    text_fa: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        authority = self.authority

        clause: None | str
        clause = self.clause

        kind = self.kind

        leans_on = self.leans_on



        letter: None | str
        letter = self.letter

        quote: None | str
        quote = self.quote

        reason: None | str
        reason = self.reason

        rule_id: None | str
        rule_id = self.rule_id

        text = self.text

        text_fa: None | str
        text_fa = self.text_fa


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "authority": authority,
            "clause": clause,
            "kind": kind,
            "leans_on": leans_on,
            "letter": letter,
            "quote": quote,
            "reason": reason,
            "rule_id": rule_id,
            "text": text,
            "text_fa": text_fa,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authority = d.pop("authority")

        def _parse_clause(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        clause = _parse_clause(d.pop("clause"))


        kind = d.pop("kind")

        leans_on = cast(list[str], d.pop("leans_on"))


        def _parse_letter(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        letter = _parse_letter(d.pop("letter"))


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


        def _parse_rule_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rule_id = _parse_rule_id(d.pop("rule_id"))


        text = d.pop("text")

        def _parse_text_fa(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        text_fa = _parse_text_fa(d.pop("text_fa"))


        checklist_item_basis = cls(
            authority=authority,
            clause=clause,
            kind=kind,
            leans_on=leans_on,
            letter=letter,
            quote=quote,
            reason=reason,
            rule_id=rule_id,
            text=text,
            text_fa=text_fa,
        )


        checklist_item_basis.additional_properties = d
        return checklist_item_basis

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
