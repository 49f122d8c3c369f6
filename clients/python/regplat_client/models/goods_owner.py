from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.goods_owner_kind import GoodsOwnerKind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.importer_company import ImporterCompany





T = TypeVar("T", bound="GoodsOwner")



@_attrs_define
class GoodsOwner:
    """ The owner of the goods (صاحب کالا): the person the warehouse receipt and passport name (CUS-5).

        Attributes:
            kind (GoodsOwnerKind):
            company (ImporterCompany | None | Unset):
            name (None | str | Unset):
            national_code (None | str | Unset):
            passport_no (None | str | Unset):
     """

    kind: GoodsOwnerKind
    company: ImporterCompany | None | Unset = UNSET
    name: None | str | Unset = UNSET
    national_code: None | str | Unset = UNSET
    passport_no: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.importer_company import ImporterCompany # noqa: PLC0415
        kind = self.kind.value

        company: dict[str, Any] | None | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        elif isinstance(self.company, ImporterCompany):
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
        from ..models.importer_company import ImporterCompany # noqa: PLC0415
        d = dict(src_dict)
        kind = GoodsOwnerKind(d.pop("kind"))




        def _parse_company(data: object) -> ImporterCompany | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                company_type_0 = ImporterCompany.from_dict(data)



                return company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImporterCompany | None | Unset, data)

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


        goods_owner = cls(
            kind=kind,
            company=company,
            name=name,
            national_code=national_code,
            passport_no=passport_no,
        )

        return goods_owner

