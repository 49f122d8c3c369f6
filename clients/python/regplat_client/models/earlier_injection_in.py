from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.earlier_injection_in_eye_type_0 import EarlierInjectionInEyeType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="EarlierInjectionIn")



@_attrs_define
class EarlierInjectionIn:
    """ 
        Attributes:
            date (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits accepted
            drug (None | str | Unset):
            eye (EarlierInjectionInEyeType0 | None | Unset):
            site (None | str | Unset): the body site (for an eye: right or left); `eye` is the same for eye guidelines
     """

    date: str
    drug: None | str | Unset = UNSET
    eye: EarlierInjectionInEyeType0 | None | Unset = UNSET
    site: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        date = self.date

        drug: None | str | Unset
        if isinstance(self.drug, Unset):
            drug = UNSET
        else:
            drug = self.drug

        eye: None | str | Unset
        if isinstance(self.eye, Unset):
            eye = UNSET
        elif isinstance(self.eye, EarlierInjectionInEyeType0):
            eye = self.eye.value
        else:
            eye = self.eye

        site: None | str | Unset
        if isinstance(self.site, Unset):
            site = UNSET
        else:
            site = self.site


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "date": date,
        })
        if drug is not UNSET:
            field_dict["drug"] = drug
        if eye is not UNSET:
            field_dict["eye"] = eye
        if site is not UNSET:
            field_dict["site"] = site

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date")

        def _parse_drug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        drug = _parse_drug(d.pop("drug", UNSET))


        def _parse_eye(data: object) -> EarlierInjectionInEyeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                eye_type_0 = EarlierInjectionInEyeType0(data)



                return eye_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EarlierInjectionInEyeType0 | None | Unset, data)

        eye = _parse_eye(d.pop("eye", UNSET))


        def _parse_site(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site = _parse_site(d.pop("site", UNSET))


        earlier_injection_in = cls(
            date=date,
            drug=drug,
            eye=eye,
            site=site,
        )

        return earlier_injection_in

