from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.control_in import ControlIn





T = TypeVar("T", bound="ControlsIn")



@_attrs_define
class ControlsIn:
    """ 
        Attributes:
            controls (list[ControlIn]):
     """

    controls: list[ControlIn]





    def to_dict(self) -> dict[str, Any]:
        from ..models.control_in import ControlIn # noqa: PLC0415
        controls = []
        for controls_item_data in self.controls:
            controls_item = controls_item_data.to_dict()
            controls.append(controls_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "controls": controls,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_in import ControlIn # noqa: PLC0415
        d = dict(src_dict)
        controls = []
        _controls = d.pop("controls")
        for controls_item_data in (_controls):
            controls_item = ControlIn.from_dict(controls_item_data)



            controls.append(controls_item)


        controls_in = cls(
            controls=controls,
        )

        return controls_in

