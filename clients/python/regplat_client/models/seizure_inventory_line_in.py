from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.seizure_inventory_line_in_kind_type_0 import SeizureInventoryLineInKindType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SeizureInventoryLineIn")



@_attrs_define
class SeizureInventoryLineIn:
    """ 
        Attributes:
            product (str):
            quantity (float):
            unit (str):
            batch (None | str | Unset):
            kind (None | SeizureInventoryLineInKindType0 | Unset):
     """

    product: str
    quantity: float
    unit: str
    batch: None | str | Unset = UNSET
    kind: None | SeizureInventoryLineInKindType0 | Unset = UNSET





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
        elif isinstance(self.kind, SeizureInventoryLineInKindType0):
            kind = self.kind.value
        else:
            kind = self.kind


        field_dict: dict[str, Any] = {}

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


        def _parse_kind(data: object) -> None | SeizureInventoryLineInKindType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = SeizureInventoryLineInKindType0(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SeizureInventoryLineInKindType0 | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))


        seizure_inventory_line_in = cls(
            product=product,
            quantity=quantity,
            unit=unit,
            batch=batch,
            kind=kind,
        )

        return seizure_inventory_line_in

