from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.control_view import ControlView





T = TypeVar("T", bound="Checklist")



@_attrs_define
class Checklist:
    """ CLM-A3: the seven controls; the case can be assessed only when all are recorded and passed.

        Attributes:
            complete (bool):
            controls (list[ControlView]):
            failed (list[str]): Codes of the controls recorded as failed
            missing (list[str]): Codes of the controls not recorded yet
            passed (bool):
     """

    complete: bool
    controls: list[ControlView]
    failed: list[str]
    missing: list[str]
    passed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.control_view import ControlView # noqa: PLC0415
        complete = self.complete

        controls = []
        for controls_item_data in self.controls:
            controls_item = controls_item_data.to_dict()
            controls.append(controls_item)



        failed = self.failed



        missing = self.missing



        passed = self.passed


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "complete": complete,
            "controls": controls,
            "failed": failed,
            "missing": missing,
            "passed": passed,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_view import ControlView # noqa: PLC0415
        d = dict(src_dict)
        complete = d.pop("complete")

        controls = []
        _controls = d.pop("controls")
        for controls_item_data in (_controls):
            controls_item = ControlView.from_dict(controls_item_data)



            controls.append(controls_item)


        failed = cast(list[str], d.pop("failed"))


        missing = cast(list[str], d.pop("missing"))


        passed = d.pop("passed")

        checklist = cls(
            complete=complete,
            controls=controls,
            failed=failed,
            missing=missing,
            passed=passed,
        )


        checklist.additional_properties = d
        return checklist

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
