from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.citation import Citation





T = TypeVar("T", bound="CentreTreatmentOnDate")



@_attrs_define
class CentreTreatmentOnDate:
    """ Whether treatment of one kind was permitted at the centre on the date asked (INS-R).

        Attributes:
            banned (bool):
            basis (list[Citation]):
            effective_approval (str):
            outcome (str): permitted, prohibited, not_regulated_by_these_letters or requires_verification
            permitted (bool | None): None when the letters in force do not rule on it
     """

    banned: bool
    basis: list[Citation]
    effective_approval: str
    outcome: str
    permitted: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation import Citation # noqa: PLC0415
        banned = self.banned

        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        effective_approval = self.effective_approval

        outcome = self.outcome

        permitted: bool | None
        permitted = self.permitted


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "banned": banned,
            "basis": basis,
            "effective_approval": effective_approval,
            "outcome": outcome,
            "permitted": permitted,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation import Citation # noqa: PLC0415
        d = dict(src_dict)
        banned = d.pop("banned")

        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = Citation.from_dict(basis_item_data)



            basis.append(basis_item)


        effective_approval = d.pop("effective_approval")

        outcome = d.pop("outcome")

        def _parse_permitted(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        permitted = _parse_permitted(d.pop("permitted"))


        centre_treatment_on_date = cls(
            banned=banned,
            basis=basis,
            effective_approval=effective_approval,
            outcome=outcome,
            permitted=permitted,
        )


        centre_treatment_on_date.additional_properties = d
        return centre_treatment_on_date

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
