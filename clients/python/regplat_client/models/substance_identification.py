from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SubstanceIdentification")



@_attrs_define
class SubstanceIdentification:
    """ The GIO expert's identification of one item whose name was not recognised (issue 11, CUS-ID).

        Attributes:
            index (int):
            substances (list[str]): The substance(s) of the item (INN, or any name of the substance index)
            reason (None | str | Unset): How the expert identified it (pack, leaflet, prescription, ...)
     """

    index: int
    substances: list[str]
    reason: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        index = self.index

        substances = self.substances



        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "index": index,
            "substances": substances,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        substances = cast(list[str], d.pop("substances"))


        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        substance_identification = cls(
            index=index,
            substances=substances,
            reason=reason,
        )

        return substance_identification

