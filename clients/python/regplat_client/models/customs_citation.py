from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.customs_citation_configuration_type_0 import CustomsCitationConfigurationType0
  from ..models.customs_citation_evidence_item import CustomsCitationEvidenceItem





T = TypeVar("T", bound="CustomsCitation")



@_attrs_define
class CustomsCitation:
    """ One element of a decision's basis (SHR-PROV): the letter and clause, the rule applied, and what it rests on.

    A citation inspections gave (SPEC X3) is carried as given, with any further fields it has.

        Attributes:
            text (str): The rule as applied, prefixed by its rule id
            authority (None | str | Unset): What the rule rests on: source (a clause quoted), interpretation, evidence or
                configuration
            clause (None | str | Unset):
            configuration (CustomsCitationConfigurationType0 | None | Unset): Who published configured figures and whether
                they are confirmed (authority `configuration`)
            date (None | str | Unset): The letter's date (ISO)
            date_jalali (None | str | Unset): The same date in the Jalali calendar
            evidence (list[CustomsCitationEvidenceItem] | Unset): Published evidence (authority `evidence`): title, DOI or
                URL
            issuer (None | str | Unset):
            kind (str | Unset): rule | warning | note Default: 'rule'.
            leans_on (list[str] | Unset): Letters an interpretation leans on
            number (None | str | Unset): The letter's number (e.g. SOP-DPNA-GIO-020, 8646/د); null for a platform rule
            provisional (bool | Unset): Rests on configured figures nobody has confirmed Default: False.
            quote (None | str | Unset): The letter's own words (authority `source`)
            reason (None | str | Unset): Why the platform reads the letters so (authority `interpretation`)
            rule_id (None | str | Unset): The platform's rule id (CUS-6.2, CUS-X3, ...)
            source (None | str | Unset): `inspections` for a citation given by inspections' ruling (SPEC X3); null for
                customs' own
            text_fa (None | str | Unset):
     """

    text: str
    authority: None | str | Unset = UNSET
    clause: None | str | Unset = UNSET
    configuration: CustomsCitationConfigurationType0 | None | Unset = UNSET
    date: None | str | Unset = UNSET
    date_jalali: None | str | Unset = UNSET
    evidence: list[CustomsCitationEvidenceItem] | Unset = UNSET
    issuer: None | str | Unset = UNSET
    kind: str | Unset = 'rule'
    leans_on: list[str] | Unset = UNSET
    number: None | str | Unset = UNSET
    provisional: bool | Unset = False
    quote: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    rule_id: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    text_fa: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.customs_citation_configuration_type_0 import CustomsCitationConfigurationType0 # noqa: PLC0415
        from ..models.customs_citation_evidence_item import CustomsCitationEvidenceItem # noqa: PLC0415
        text = self.text

        authority: None | str | Unset
        if isinstance(self.authority, Unset):
            authority = UNSET
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
        elif isinstance(self.configuration, CustomsCitationConfigurationType0):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
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

        kind = self.kind

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

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

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
        if source is not UNSET:
            field_dict["source"] = source
        if text_fa is not UNSET:
            field_dict["text_fa"] = text_fa

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customs_citation_configuration_type_0 import CustomsCitationConfigurationType0 # noqa: PLC0415
        from ..models.customs_citation_evidence_item import CustomsCitationEvidenceItem # noqa: PLC0415
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_authority(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authority = _parse_authority(d.pop("authority", UNSET))


        def _parse_clause(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clause = _parse_clause(d.pop("clause", UNSET))


        def _parse_configuration(data: object) -> CustomsCitationConfigurationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configuration_type_0 = CustomsCitationConfigurationType0.from_dict(data)



                return configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomsCitationConfigurationType0 | None | Unset, data)

        configuration = _parse_configuration(d.pop("configuration", UNSET))


        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))


        def _parse_date_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_jalali = _parse_date_jalali(d.pop("date_jalali", UNSET))


        _evidence = d.pop("evidence", UNSET)
        evidence: list[CustomsCitationEvidenceItem] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = CustomsCitationEvidenceItem.from_dict(evidence_item_data)



                evidence.append(evidence_item)


        def _parse_issuer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer = _parse_issuer(d.pop("issuer", UNSET))


        kind = d.pop("kind", UNSET)

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


        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))


        def _parse_text_fa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_fa = _parse_text_fa(d.pop("text_fa", UNSET))


        customs_citation = cls(
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
            source=source,
            text_fa=text_fa,
        )


        customs_citation.additional_properties = d
        return customs_citation

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
