from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.citation_authority_type_0 import CitationAuthorityType0
from ..models.citation_kind import CitationKind
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.configuration_ref import ConfigurationRef
  from ..models.evidence_ref import EvidenceRef





T = TypeVar("T", bound="Citation")



@_attrs_define
class Citation:
    """ One element of a decision's basis: which letter and clause, the rule applied, and what it rests on (SHR-PROV).

    `authority` says what the rule rests on:
    - `source`: a clause of a letter; `quote` holds the letter's own words (verbatim, a sentence or less);
    - `interpretation`: the platform's reading where the letters are silent or ambiguous; `reason` says why,
      `leans_on` names the letters it leans on;
    - `evidence`: published clinical or scientific evidence (`evidence`: title, DOI or URL);
    - `configuration`: figures an office or administrator entered (`configuration`: who, when, confirmed).

        Attributes:
            date_jalali (None | str):
            provisional (bool): True when the citation rests on configured figures that nobody has confirmed.
            text (str):
            authority (CitationAuthorityType0 | None | Unset):
            clause (None | str | Unset):
            configuration (ConfigurationRef | None | Unset):
            date (datetime.date | None | Unset):
            evidence (list[EvidenceRef] | Unset):
            issuer (None | str | Unset):
            kind (CitationKind | Unset):  Default: CitationKind.RULE.
            leans_on (list[str] | Unset):
            number (None | str | Unset):
            quote (None | str | Unset):
            reason (None | str | Unset):
            rule_id (None | str | Unset):
            text_fa (None | str | Unset):
     """

    date_jalali: None | str
    provisional: bool
    text: str
    authority: CitationAuthorityType0 | None | Unset = UNSET
    clause: None | str | Unset = UNSET
    configuration: ConfigurationRef | None | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    evidence: list[EvidenceRef] | Unset = UNSET
    issuer: None | str | Unset = UNSET
    kind: CitationKind | Unset = CitationKind.RULE
    leans_on: list[str] | Unset = UNSET
    number: None | str | Unset = UNSET
    quote: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    rule_id: None | str | Unset = UNSET
    text_fa: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.configuration_ref import ConfigurationRef # noqa: PLC0415
        from ..models.evidence_ref import EvidenceRef # noqa: PLC0415
        date_jalali: None | str
        date_jalali = self.date_jalali

        provisional = self.provisional

        text = self.text

        authority: None | str | Unset
        if isinstance(self.authority, Unset):
            authority = UNSET
        elif isinstance(self.authority, CitationAuthorityType0):
            authority = self.authority.value
        else:
            authority = self.authority

        clause: None | str | Unset
        if isinstance(self.clause, Unset):
            clause = UNSET
        else:
            clause = self.clause

        configuration: dict[str, Any] | None | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, ConfigurationRef):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        evidence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = []
            for evidence_item_data in self.evidence:
                evidence_item = evidence_item_data.to_dict()
                evidence.append(evidence_item)



        issuer: None | str | Unset
        if isinstance(self.issuer, Unset):
            issuer = UNSET
        else:
            issuer = self.issuer

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value


        leans_on: list[str] | Unset = UNSET
        if not isinstance(self.leans_on, Unset):
            leans_on = self.leans_on



        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        quote: None | str | Unset
        if isinstance(self.quote, Unset):
            quote = UNSET
        else:
            quote = self.quote

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        rule_id: None | str | Unset
        if isinstance(self.rule_id, Unset):
            rule_id = UNSET
        else:
            rule_id = self.rule_id

        text_fa: None | str | Unset
        if isinstance(self.text_fa, Unset):
            text_fa = UNSET
        else:
            text_fa = self.text_fa


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "date_jalali": date_jalali,
            "provisional": provisional,
            "text": text,
        })
        if authority is not UNSET:
            field_dict["authority"] = authority
        if clause is not UNSET:
            field_dict["clause"] = clause
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if date is not UNSET:
            field_dict["date"] = date
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if kind is not UNSET:
            field_dict["kind"] = kind
        if leans_on is not UNSET:
            field_dict["leans_on"] = leans_on
        if number is not UNSET:
            field_dict["number"] = number
        if quote is not UNSET:
            field_dict["quote"] = quote
        if reason is not UNSET:
            field_dict["reason"] = reason
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if text_fa is not UNSET:
            field_dict["text_fa"] = text_fa

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_ref import ConfigurationRef # noqa: PLC0415
        from ..models.evidence_ref import EvidenceRef # noqa: PLC0415
        d = dict(src_dict)
        def _parse_date_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date_jalali = _parse_date_jalali(d.pop("date_jalali"))


        provisional = d.pop("provisional")

        text = d.pop("text")

        def _parse_authority(data: object) -> CitationAuthorityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                authority_type_0 = CitationAuthorityType0(data)



                return authority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CitationAuthorityType0 | None | Unset, data)

        authority = _parse_authority(d.pop("authority", UNSET))


        def _parse_clause(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clause = _parse_clause(d.pop("clause", UNSET))


        def _parse_configuration(data: object) -> ConfigurationRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configuration_type_0 = ConfigurationRef.from_dict(data)



                return configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConfigurationRef | None | Unset, data)

        configuration = _parse_configuration(d.pop("configuration", UNSET))


        def _parse_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)



                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))


        _evidence = d.pop("evidence", UNSET)
        evidence: list[EvidenceRef] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = EvidenceRef.from_dict(evidence_item_data)



                evidence.append(evidence_item)


        def _parse_issuer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer = _parse_issuer(d.pop("issuer", UNSET))


        _kind = d.pop("kind", UNSET)
        kind: CitationKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = CitationKind(_kind)




        leans_on = cast(list[str], d.pop("leans_on", UNSET))


        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))


        def _parse_quote(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quote = _parse_quote(d.pop("quote", UNSET))


        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        def _parse_rule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule_id = _parse_rule_id(d.pop("rule_id", UNSET))


        def _parse_text_fa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_fa = _parse_text_fa(d.pop("text_fa", UNSET))


        citation = cls(
            date_jalali=date_jalali,
            provisional=provisional,
            text=text,
            authority=authority,
            clause=clause,
            configuration=configuration,
            date=date,
            evidence=evidence,
            issuer=issuer,
            kind=kind,
            leans_on=leans_on,
            number=number,
            quote=quote,
            reason=reason,
            rule_id=rule_id,
            text_fa=text_fa,
        )


        citation.additional_properties = d
        return citation

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
