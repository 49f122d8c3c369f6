from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.declaration_company import DeclarationCompany





T = TypeVar("T", bound="DeclarationOwner")



@_attrs_define
class DeclarationOwner:
    """ The owner of the goods as declared.

        Attributes:
            kind (str): natural | legal
            company (DeclarationCompany | None | Unset):
            name (None | str | Unset):
            national_code (None | str | Unset):
            passport_no (None | str | Unset):
     """

    kind: str
    company: DeclarationCompany | None | Unset = UNSET
    name: None | str | Unset = UNSET
    national_code: None | str | Unset = UNSET
    passport_no: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.declaration_company import DeclarationCompany # noqa: PLC0415
        kind = self.kind

        company: dict[str, Any] | None | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        elif isinstance(self.company, DeclarationCompany):
            company = self.company.to_dict()
        else:
            company = self.company

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        national_code: None | str | Unset
        if isinstance(self.national_code, Unset):
            national_code = UNSET
        else:
            national_code = self.national_code

        passport_no: None | str | Unset
        if isinstance(self.passport_no, Unset):
            passport_no = UNSET
        else:
            passport_no = self.passport_no


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
        })
        if company is not UNSET:
            field_dict["company"] = company
        if name is not UNSET:
            field_dict["name"] = name
        if national_code is not UNSET:
            field_dict["national_code"] = national_code
        if passport_no is not UNSET:
            field_dict["passport_no"] = passport_no

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.declaration_company import DeclarationCompany # noqa: PLC0415
        d = dict(src_dict)
        kind = d.pop("kind")

        def _parse_company(data: object) -> DeclarationCompany | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                company_type_0 = DeclarationCompany.from_dict(data)



                return company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeclarationCompany | None | Unset, data)

        company = _parse_company(d.pop("company", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_national_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        national_code = _parse_national_code(d.pop("national_code", UNSET))


        def _parse_passport_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        passport_no = _parse_passport_no(d.pop("passport_no", UNSET))


        declaration_owner = cls(
            kind=kind,
            company=company,
            name=name,
            national_code=national_code,
            passport_no=passport_no,
        )


        declaration_owner.additional_properties = d
        return declaration_owner

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
