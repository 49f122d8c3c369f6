from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.off_label_citation import OffLabelCitation





T = TypeVar("T", bound="CoveragePolicyMatch")



@_attrs_define
class CoveragePolicyMatch:
    """ OFL-I-POLICY: what the insurer's entered policy says about this guideline and indication (configuration).

        Attributes:
            basis (list[OffLabelCitation]):
            conditions (list[str]):
            guideline (str):
            insurer (str):
            policy_covers_indication (bool | None): null when the insurer entered no policy for this guideline
            provisional (bool): True while nobody has confirmed the policy's figures
     """

    basis: list[OffLabelCitation]
    conditions: list[str]
    guideline: str
    insurer: str
    policy_covers_indication: bool | None
    provisional: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.off_label_citation import OffLabelCitation # noqa: PLC0415
        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        conditions = self.conditions



        guideline = self.guideline

        insurer = self.insurer

        policy_covers_indication: bool | None
        policy_covers_indication = self.policy_covers_indication

        provisional = self.provisional


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "basis": basis,
            "conditions": conditions,
            "guideline": guideline,
            "insurer": insurer,
            "policy_covers_indication": policy_covers_indication,
            "provisional": provisional,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.off_label_citation import OffLabelCitation # noqa: PLC0415
        d = dict(src_dict)
        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = OffLabelCitation.from_dict(basis_item_data)



            basis.append(basis_item)


        conditions = cast(list[str], d.pop("conditions"))


        guideline = d.pop("guideline")

        insurer = d.pop("insurer")

        def _parse_policy_covers_indication(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        policy_covers_indication = _parse_policy_covers_indication(d.pop("policy_covers_indication"))


        provisional = d.pop("provisional")

        coverage_policy_match = cls(
            basis=basis,
            conditions=conditions,
            guideline=guideline,
            insurer=insurer,
            policy_covers_indication=policy_covers_indication,
            provisional=provisional,
        )


        coverage_policy_match.additional_properties = d
        return coverage_policy_match

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
