from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.off_label_citation_authority_type_0 import OffLabelCitationAuthorityType0
from ..models.off_label_citation_kind import OffLabelCitationKind
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.citation_configuration import CitationConfiguration
  from ..models.citation_evidence import CitationEvidence





T = TypeVar("T", bound="OffLabelCitation")



@_attrs_define
class OffLabelCitation:
    """ One element of a decision's basis (SHR-PROV): the letter and clause, or the evidence or platform choice, a rule
    rests on.

        Attributes:
            text (str): The rule in one English line
            authority (None | OffLabelCitationAuthorityType0 | Unset): What the rule rests on: a letter's words, the
                platform's reading, published evidence, or configured figures
            clause (None | str | Unset): The clause, or `<guideline>@v<version>:<criterion>` for a guideline criterion
            configuration (CitationConfiguration | None | Unset):
            date (datetime.date | None | Unset): The letter's date
            date_jalali (None | str | Unset):
            evidence (list[CitationEvidence] | Unset):
            issuer (None | str | Unset):
            kind (OffLabelCitationKind | Unset): `warning`: the decision departs from this rule (e.g. an insurer's policy)
                Default: OffLabelCitationKind.RULE.
            leans_on (list[str] | Unset): Letters an interpretation leans on
            number (None | str | Unset): The letter's number (authority `source`)
            provisional (bool | Unset): True when the citation rests on configured figures nobody has confirmed Default:
                False.
            quote (None | str | Unset): The letter's own words, verbatim (authority `source`)
            reason (None | str | Unset): Why the platform reads it so (authority `interpretation`)
            rule_id (None | str | Unset): The SPEC rule applied (OFL-R-DOSE, OFL-I-POLICY, ...)
            text_fa (None | str | Unset): The rule in Persian
     """

    text: str
    authority: None | OffLabelCitationAuthorityType0 | Unset = UNSET
    clause: None | str | Unset = UNSET
    configuration: CitationConfiguration | None | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    date_jalali: None | str | Unset = UNSET
    evidence: list[CitationEvidence] | Unset = UNSET
    issuer: None | str | Unset = UNSET
    kind: OffLabelCitationKind | Unset = OffLabelCitationKind.RULE
    leans_on: list[str] | Unset = UNSET
    number: None | str | Unset = UNSET
    provisional: bool | Unset = False
    quote: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    rule_id: None | str | Unset = UNSET
    text_fa: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation_configuration import CitationConfiguration # noqa: PLC0415
        from ..models.citation_evidence import CitationEvidence # noqa: PLC0415
        text = self.text

        authority: None | str | Unset
        if isinstance(self.authority, Unset):
            authority = UNSET
        elif isinstance(self.authority, OffLabelCitationAuthorityType0):
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
        elif isinstance(self.configuration, CitationConfiguration):
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

        date_jalali: None | str | Unset
        if isinstance(self.date_jalali, Unset):
            date_jalali = UNSET
        else:
            date_jalali = self.date_jalali

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

        provisional = self.provisional

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
        if date_jalali is not UNSET:
            field_dict["date_jalali"] = date_jalali
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
        if provisional is not UNSET:
            field_dict["provisional"] = provisional
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
        from ..models.citation_configuration import CitationConfiguration # noqa: PLC0415
        from ..models.citation_evidence import CitationEvidence # noqa: PLC0415
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_authority(data: object) -> None | OffLabelCitationAuthorityType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                authority_type_0 = OffLabelCitationAuthorityType0(data)



                return authority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OffLabelCitationAuthorityType0 | Unset, data)

        authority = _parse_authority(d.pop("authority", UNSET))


        def _parse_clause(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clause = _parse_clause(d.pop("clause", UNSET))


        def _parse_configuration(data: object) -> CitationConfiguration | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configuration_type_0 = CitationConfiguration.from_dict(data)



                return configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CitationConfiguration | None | Unset, data)

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


        def _parse_date_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_jalali = _parse_date_jalali(d.pop("date_jalali", UNSET))


        _evidence = d.pop("evidence", UNSET)
        evidence: list[CitationEvidence] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = CitationEvidence.from_dict(evidence_item_data)



                evidence.append(evidence_item)


        def _parse_issuer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer = _parse_issuer(d.pop("issuer", UNSET))


        _kind = d.pop("kind", UNSET)
        kind: OffLabelCitationKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = OffLabelCitationKind(_kind)




        leans_on = cast(list[str], d.pop("leans_on", UNSET))


        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))


        provisional = d.pop("provisional", UNSET)

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


        off_label_citation = cls(
            text=text,
            authority=authority,
            clause=clause,
            configuration=configuration,
            date=date,
            date_jalali=date_jalali,
            evidence=evidence,
            issuer=issuer,
            kind=kind,
            leans_on=leans_on,
            number=number,
            provisional=provisional,
            quote=quote,
            reason=reason,
            rule_id=rule_id,
            text_fa=text_fa,
        )


        off_label_citation.additional_properties = d
        return off_label_citation

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
