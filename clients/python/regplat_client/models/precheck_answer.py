from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.customs_citation import CustomsCitation
  from ..models.precheck_item import PrecheckItem
  from ..models.precheck_verification import PrecheckVerification
  from ..models.precheck_warning import PrecheckWarning





T = TypeVar("T", bound="PrecheckAnswer")



@_attrs_define
class PrecheckAnswer:
    """ The pre-check's answer: nothing is stored; the GIO expert's review decides at customs.

        Attributes:
            basis (list[CustomsCitation]):
            items (list[PrecheckItem]):
            language (str): fa or en (also Content-Language)
            notice (str):
            outcome (str):
            reference_version (str):
            ruleset_version (str):
            stored (bool): Always false: a pre-check stores nothing
            verdict (str): The overall answer in plain words, in the answer's language
            verification (PrecheckVerification): Whether inspections answered for the exosome, cell-therapy or regenerative
                items (SPEC X3).
            warnings (list[PrecheckWarning]):
            owner_responsibility (None | str | Unset): The owner's responsibility for adverse effects (personal use,
                CUS-6.2)
     """

    basis: list[CustomsCitation]
    items: list[PrecheckItem]
    language: str
    notice: str
    outcome: str
    reference_version: str
    ruleset_version: str
    stored: bool
    verdict: str
    verification: PrecheckVerification
    warnings: list[PrecheckWarning]
    owner_responsibility: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.customs_citation import CustomsCitation # noqa: PLC0415
        from ..models.precheck_item import PrecheckItem # noqa: PLC0415
        from ..models.precheck_verification import PrecheckVerification # noqa: PLC0415
        from ..models.precheck_warning import PrecheckWarning # noqa: PLC0415
        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        language = self.language

        notice = self.notice

        outcome = self.outcome

        reference_version = self.reference_version

        ruleset_version = self.ruleset_version

        stored = self.stored

        verdict = self.verdict

        verification = self.verification.to_dict()

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)



        owner_responsibility: None | str | Unset
        if isinstance(self.owner_responsibility, Unset):
            owner_responsibility = UNSET
        else:
            owner_responsibility = self.owner_responsibility


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "basis": basis,
            "items": items,
            "language": language,
            "notice": notice,
            "outcome": outcome,
            "reference_version": reference_version,
            "ruleset_version": ruleset_version,
            "stored": stored,
            "verdict": verdict,
            "verification": verification,
            "warnings": warnings,
        })
        if owner_responsibility is not UNSET:
            field_dict["owner_responsibility"] = owner_responsibility

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customs_citation import CustomsCitation # noqa: PLC0415
        from ..models.precheck_item import PrecheckItem # noqa: PLC0415
        from ..models.precheck_verification import PrecheckVerification # noqa: PLC0415
        from ..models.precheck_warning import PrecheckWarning # noqa: PLC0415
        d = dict(src_dict)
        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = CustomsCitation.from_dict(basis_item_data)



            basis.append(basis_item)


        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = PrecheckItem.from_dict(items_item_data)



            items.append(items_item)


        language = d.pop("language")

        notice = d.pop("notice")

        outcome = d.pop("outcome")

        reference_version = d.pop("reference_version")

        ruleset_version = d.pop("ruleset_version")

        stored = d.pop("stored")

        verdict = d.pop("verdict")

        verification = PrecheckVerification.from_dict(d.pop("verification"))




        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in (_warnings):
            warnings_item = PrecheckWarning.from_dict(warnings_item_data)



            warnings.append(warnings_item)


        def _parse_owner_responsibility(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_responsibility = _parse_owner_responsibility(d.pop("owner_responsibility", UNSET))


        precheck_answer = cls(
            basis=basis,
            items=items,
            language=language,
            notice=notice,
            outcome=outcome,
            reference_version=reference_version,
            ruleset_version=ruleset_version,
            stored=stored,
            verdict=verdict,
            verification=verification,
            warnings=warnings,
            owner_responsibility=owner_responsibility,
        )


        precheck_answer.additional_properties = d
        return precheck_answer

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
