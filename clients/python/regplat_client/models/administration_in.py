from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AdministrationIn")



@_attrs_define
class AdministrationIn:
    """ One administration given under an approved course (OFL-R-COURSE).

        Attributes:
            date (str): the day the drug was given (ISO or Jalali)
            dose (None | str | Unset): the dose given, in the request's dose unit
            reference (None | str | Unset): the physician's record or the claim line it was verified on
     """

    date: str
    dose: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        date = self.date

        dose: None | str | Unset
        if isinstance(self.dose, Unset):
            dose = UNSET
        else:
            dose = self.dose

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "date": date,
        })
        if dose is not UNSET:
            field_dict["dose"] = dose
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date")

        def _parse_dose(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dose = _parse_dose(d.pop("dose", UNSET))


        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))


        administration_in = cls(
            date=date,
            dose=dose,
            reference=reference,
        )

        return administration_in

