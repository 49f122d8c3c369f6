from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.regulation_reference import RegulationReference
  from ..models.relation import Relation





T = TypeVar("T", bound="RegulationDetail")



@_attrs_define
class RegulationDetail:
    """ One regulation with its letter's verbatim text (SHR-PROV).

        Attributes:
            date_jalali (None | str):
            effective_jalali (None | str):
            expiry_jalali (None | str):
            issuer (str):
            number (str):
            referenced_by (list[RegulationReference]):
            registry_version (str):
            subject (str):
            text_available (bool):
            date (datetime.date | None | Unset):
            effective (datetime.date | None | Unset):
            expiry (datetime.date | None | Unset):
            issuer_fa (None | str | Unset):
            notes (None | str | Unset):
            raw_number (None | str | Unset):
            relations (list[Relation] | Unset):
            revision (None | str | Unset):
            seed (None | str | Unset):
            services (list[str] | Unset):
            subject_fa (None | str | Unset):
            text (None | str | Unset): The letter's own words, verbatim, when its source document is available
            text_from (None | str | Unset): First words of this letter in its seed file, where the file holds several
                letters
            text_normalized (None | str | Unset): The same text in the form quotes are matched against
            text_origin (None | str | Unset): Where the text was read
            text_to (None | str | Unset): Last words of this letter in its seed file
     """

    date_jalali: None | str
    effective_jalali: None | str
    expiry_jalali: None | str
    issuer: str
    number: str
    referenced_by: list[RegulationReference]
    registry_version: str
    subject: str
    text_available: bool
    date: datetime.date | None | Unset = UNSET
    effective: datetime.date | None | Unset = UNSET
    expiry: datetime.date | None | Unset = UNSET
    issuer_fa: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    raw_number: None | str | Unset = UNSET
    relations: list[Relation] | Unset = UNSET
    revision: None | str | Unset = UNSET
    seed: None | str | Unset = UNSET
    services: list[str] | Unset = UNSET
    subject_fa: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    text_from: None | str | Unset = UNSET
    text_normalized: None | str | Unset = UNSET
    text_origin: None | str | Unset = UNSET
    text_to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.regulation_reference import RegulationReference # noqa: PLC0415
        from ..models.relation import Relation # noqa: PLC0415
        date_jalali: None | str
        date_jalali = self.date_jalali

        effective_jalali: None | str
        effective_jalali = self.effective_jalali

        expiry_jalali: None | str
        expiry_jalali = self.expiry_jalali

        issuer = self.issuer

        number = self.number

        referenced_by = []
        for referenced_by_item_data in self.referenced_by:
            referenced_by_item = referenced_by_item_data.to_dict()
            referenced_by.append(referenced_by_item)



        registry_version = self.registry_version

        subject = self.subject

        text_available = self.text_available

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        effective: None | str | Unset
        if isinstance(self.effective, Unset):
            effective = UNSET
        elif isinstance(self.effective, datetime.date):
            effective = self.effective.isoformat()
        else:
            effective = self.effective

        expiry: None | str | Unset
        if isinstance(self.expiry, Unset):
            expiry = UNSET
        elif isinstance(self.expiry, datetime.date):
            expiry = self.expiry.isoformat()
        else:
            expiry = self.expiry

        issuer_fa: None | str | Unset
        if isinstance(self.issuer_fa, Unset):
            issuer_fa = UNSET
        else:
            issuer_fa = self.issuer_fa

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        raw_number: None | str | Unset
        if isinstance(self.raw_number, Unset):
            raw_number = UNSET
        else:
            raw_number = self.raw_number

        relations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.relations, Unset):
            relations = []
            for relations_item_data in self.relations:
                relations_item = relations_item_data.to_dict()
                relations.append(relations_item)



        revision: None | str | Unset
        if isinstance(self.revision, Unset):
            revision = UNSET
        else:
            revision = self.revision

        seed: None | str | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        services: list[str] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services



        subject_fa: None | str | Unset
        if isinstance(self.subject_fa, Unset):
            subject_fa = UNSET
        else:
            subject_fa = self.subject_fa

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        text_from: None | str | Unset
        if isinstance(self.text_from, Unset):
            text_from = UNSET
        else:
            text_from = self.text_from

        text_normalized: None | str | Unset
        if isinstance(self.text_normalized, Unset):
            text_normalized = UNSET
        else:
            text_normalized = self.text_normalized

        text_origin: None | str | Unset
        if isinstance(self.text_origin, Unset):
            text_origin = UNSET
        else:
            text_origin = self.text_origin

        text_to: None | str | Unset
        if isinstance(self.text_to, Unset):
            text_to = UNSET
        else:
            text_to = self.text_to


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "date_jalali": date_jalali,
            "effective_jalali": effective_jalali,
            "expiry_jalali": expiry_jalali,
            "issuer": issuer,
            "number": number,
            "referenced_by": referenced_by,
            "registry_version": registry_version,
            "subject": subject,
            "text_available": text_available,
        })
        if date is not UNSET:
            field_dict["date"] = date
        if effective is not UNSET:
            field_dict["effective"] = effective
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if issuer_fa is not UNSET:
            field_dict["issuer_fa"] = issuer_fa
        if notes is not UNSET:
            field_dict["notes"] = notes
        if raw_number is not UNSET:
            field_dict["raw_number"] = raw_number
        if relations is not UNSET:
            field_dict["relations"] = relations
        if revision is not UNSET:
            field_dict["revision"] = revision
        if seed is not UNSET:
            field_dict["seed"] = seed
        if services is not UNSET:
            field_dict["services"] = services
        if subject_fa is not UNSET:
            field_dict["subject_fa"] = subject_fa
        if text is not UNSET:
            field_dict["text"] = text
        if text_from is not UNSET:
            field_dict["text_from"] = text_from
        if text_normalized is not UNSET:
            field_dict["text_normalized"] = text_normalized
        if text_origin is not UNSET:
            field_dict["text_origin"] = text_origin
        if text_to is not UNSET:
            field_dict["text_to"] = text_to

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.regulation_reference import RegulationReference # noqa: PLC0415
        from ..models.relation import Relation # noqa: PLC0415
        d = dict(src_dict)
        def _parse_date_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date_jalali = _parse_date_jalali(d.pop("date_jalali"))


        def _parse_effective_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        effective_jalali = _parse_effective_jalali(d.pop("effective_jalali"))


        def _parse_expiry_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        expiry_jalali = _parse_expiry_jalali(d.pop("expiry_jalali"))


        issuer = d.pop("issuer")

        number = d.pop("number")

        referenced_by = []
        _referenced_by = d.pop("referenced_by")
        for referenced_by_item_data in (_referenced_by):
            referenced_by_item = RegulationReference.from_dict(referenced_by_item_data)



            referenced_by.append(referenced_by_item)


        registry_version = d.pop("registry_version")

        subject = d.pop("subject")

        text_available = d.pop("text_available")

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


        def _parse_effective(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_type_0 = datetime.date.fromisoformat(data)



                return effective_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective = _parse_effective(d.pop("effective", UNSET))


        def _parse_expiry(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiry_type_0 = datetime.date.fromisoformat(data)



                return expiry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expiry = _parse_expiry(d.pop("expiry", UNSET))


        def _parse_issuer_fa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer_fa = _parse_issuer_fa(d.pop("issuer_fa", UNSET))


        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))


        def _parse_raw_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        raw_number = _parse_raw_number(d.pop("raw_number", UNSET))


        _relations = d.pop("relations", UNSET)
        relations: list[Relation] | Unset = UNSET
        if _relations is not UNSET:
            relations = []
            for relations_item_data in _relations:
                relations_item = Relation.from_dict(relations_item_data)



                relations.append(relations_item)


        def _parse_revision(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        revision = _parse_revision(d.pop("revision", UNSET))


        def _parse_seed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))


        services = cast(list[str], d.pop("services", UNSET))


        def _parse_subject_fa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_fa = _parse_subject_fa(d.pop("subject_fa", UNSET))


        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))


        def _parse_text_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_from = _parse_text_from(d.pop("text_from", UNSET))


        def _parse_text_normalized(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_normalized = _parse_text_normalized(d.pop("text_normalized", UNSET))


        def _parse_text_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_origin = _parse_text_origin(d.pop("text_origin", UNSET))


        def _parse_text_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_to = _parse_text_to(d.pop("text_to", UNSET))


        regulation_detail = cls(
            date_jalali=date_jalali,
            effective_jalali=effective_jalali,
            expiry_jalali=expiry_jalali,
            issuer=issuer,
            number=number,
            referenced_by=referenced_by,
            registry_version=registry_version,
            subject=subject,
            text_available=text_available,
            date=date,
            effective=effective,
            expiry=expiry,
            issuer_fa=issuer_fa,
            notes=notes,
            raw_number=raw_number,
            relations=relations,
            revision=revision,
            seed=seed,
            services=services,
            subject_fa=subject_fa,
            text=text,
            text_from=text_from,
            text_normalized=text_normalized,
            text_origin=text_origin,
            text_to=text_to,
        )


        regulation_detail.additional_properties = d
        return regulation_detail

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
