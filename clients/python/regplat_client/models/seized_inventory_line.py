from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.seized_inventory_line_kind_type_0 import SeizedInventoryLineKindType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SeizedInventoryLine")



@_attrs_define
class SeizedInventoryLine:
    """ One line of a seizure's inventory, as ordered.

        Attributes:
            product (str):
            quantity (float):
            unit (str):
            batch (None | str | Unset):
            kind (None | SeizedInventoryLineKindType0 | Unset):
     """

    product: str
    quantity: float
    unit: str
    batch: None | str | Unset = UNSET
    kind: None | SeizedInventoryLineKindType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        product = self.product

        quantity = self.quantity

        unit = self.unit

        batch: None | str | Unset
        if isinstance(self.batch, Unset):
            batch = UNSET
        else:
            batch = self.batch

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, SeizedInventoryLineKindType0):
            kind = self.kind.value
        else:
            kind = self.kind


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "product": product,
            "quantity": quantity,
            "unit": unit,
        })
        if batch is not UNSET:
            field_dict["batch"] = batch
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product = d.pop("product")

        quantity = d.pop("quantity")

        unit = d.pop("unit")

        def _parse_batch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        batch = _parse_batch(d.pop("batch", UNSET))


        def _parse_kind(data: object) -> None | SeizedInventoryLineKindType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = SeizedInventoryLineKindType0(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SeizedInventoryLineKindType0 | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))


        seized_inventory_line = cls(
            product=product,
            quantity=quantity,
            unit=unit,
            batch=batch,
            kind=kind,
        )


        seized_inventory_line.additional_properties = d
        return seized_inventory_line

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
