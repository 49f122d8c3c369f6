from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CentrePhysicalSpaceIn")



@_attrs_define
class CentrePhysicalSpaceIn:
    """ 
        Attributes:
            certificate_ref (None | str | Unset):
            certified (bool | Unset):  Default: False.
            certified_on (None | str | Unset):
     """

    certificate_ref: None | str | Unset = UNSET
    certified: bool | Unset = False
    certified_on: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        certificate_ref: None | str | Unset
        if isinstance(self.certificate_ref, Unset):
            certificate_ref = UNSET
        else:
            certificate_ref = self.certificate_ref

        certified = self.certified

        certified_on: None | str | Unset
        if isinstance(self.certified_on, Unset):
            certified_on = UNSET
        else:
            certified_on = self.certified_on


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if certificate_ref is not UNSET:
            field_dict["certificate_ref"] = certificate_ref
        if certified is not UNSET:
            field_dict["certified"] = certified
        if certified_on is not UNSET:
            field_dict["certified_on"] = certified_on

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_certificate_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        certificate_ref = _parse_certificate_ref(d.pop("certificate_ref", UNSET))


        certified = d.pop("certified", UNSET)

        def _parse_certified_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        certified_on = _parse_certified_on(d.pop("certified_on", UNSET))


        centre_physical_space_in = cls(
            certificate_ref=certificate_ref,
            certified=certified,
            certified_on=certified_on,
        )

        return centre_physical_space_in

