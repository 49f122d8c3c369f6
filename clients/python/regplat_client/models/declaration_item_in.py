from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.declaration_item_in_category import DeclarationItemInCategory
from ..models.declaration_item_in_product_kind_type_0 import DeclarationItemInProductKindType0
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DeclarationItemIn")



@_attrs_define
class DeclarationItemIn:
    """ One medicine as declared: name as written on the pack (Persian or English), form, amounts, label facts.

        Attributes:
            dosage_form (str): tablet, capsule, ampoule, vial, syrup, drops, ... or the Persian word (قرص، کپسول، ...)
            name (str):
            batch_no (None | str | Unset):
            category (DeclarationItemInCategory | Unset):  Default: DeclarationItemInCategory.FINISHED_DRUG.
            daily_dose (float | None | str | Unset):
            expiry_date (None | str | Unset):
            generic_name (None | str | Unset):
            industrial_batch_size_g (float | None | str | Unset): Industrial batch of the lowest-dose dosage form
                (CUS-6.1.3)
            intact_packaging (bool | None | Unset):
            label_has_expiry (bool | None | Unset):
            label_has_manufacturer (bool | None | Unset):
            label_has_name (bool | None | Unset):
            label_languages (list[str] | Unset):
            original_packaging (bool | None | Unset):
            product_kind (DeclarationItemInProductKindType0 | None | Unset): Declared as an exosome, cell-therapy or
                regenerative product (SPEC X3): customs asks inspections whether its import is permitted; names on the
                regenerative_products list are recognised without it
            quantity (int | Unset): Packs (whole number > 0; Persian digits accepted as text) Default: 1.
            raw_material_amount_g (float | None | str | Unset):
            stored_as_labelled (bool | None | Unset):
            strength (None | str | Unset):
            units_per_pack (int | Unset):  Default: 1.
            value_usd (float | None | str | Unset):
     """

    dosage_form: str
    name: str
    batch_no: None | str | Unset = UNSET
    category: DeclarationItemInCategory | Unset = DeclarationItemInCategory.FINISHED_DRUG
    daily_dose: float | None | str | Unset = UNSET
    expiry_date: None | str | Unset = UNSET
    generic_name: None | str | Unset = UNSET
    industrial_batch_size_g: float | None | str | Unset = UNSET
    intact_packaging: bool | None | Unset = UNSET
    label_has_expiry: bool | None | Unset = UNSET
    label_has_manufacturer: bool | None | Unset = UNSET
    label_has_name: bool | None | Unset = UNSET
    label_languages: list[str] | Unset = UNSET
    original_packaging: bool | None | Unset = UNSET
    product_kind: DeclarationItemInProductKindType0 | None | Unset = UNSET
    quantity: int | Unset = 1
    raw_material_amount_g: float | None | str | Unset = UNSET
    stored_as_labelled: bool | None | Unset = UNSET
    strength: None | str | Unset = UNSET
    units_per_pack: int | Unset = 1
    value_usd: float | None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        dosage_form = self.dosage_form

        name = self.name

        batch_no: None | str | Unset
        if isinstance(self.batch_no, Unset):
            batch_no = UNSET
        else:
            batch_no = self.batch_no

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value


        daily_dose: float | None | str | Unset
        if isinstance(self.daily_dose, Unset):
            daily_dose = UNSET
        else:
            daily_dose = self.daily_dose

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = self.expiry_date

        generic_name: None | str | Unset
        if isinstance(self.generic_name, Unset):
            generic_name = UNSET
        else:
            generic_name = self.generic_name

        industrial_batch_size_g: float | None | str | Unset
        if isinstance(self.industrial_batch_size_g, Unset):
            industrial_batch_size_g = UNSET
        else:
            industrial_batch_size_g = self.industrial_batch_size_g

        intact_packaging: bool | None | Unset
        if isinstance(self.intact_packaging, Unset):
            intact_packaging = UNSET
        else:
            intact_packaging = self.intact_packaging

        label_has_expiry: bool | None | Unset
        if isinstance(self.label_has_expiry, Unset):
            label_has_expiry = UNSET
        else:
            label_has_expiry = self.label_has_expiry

        label_has_manufacturer: bool | None | Unset
        if isinstance(self.label_has_manufacturer, Unset):
            label_has_manufacturer = UNSET
        else:
            label_has_manufacturer = self.label_has_manufacturer

        label_has_name: bool | None | Unset
        if isinstance(self.label_has_name, Unset):
            label_has_name = UNSET
        else:
            label_has_name = self.label_has_name

        label_languages: list[str] | Unset = UNSET
        if not isinstance(self.label_languages, Unset):
            label_languages = self.label_languages



        original_packaging: bool | None | Unset
        if isinstance(self.original_packaging, Unset):
            original_packaging = UNSET
        else:
            original_packaging = self.original_packaging

        product_kind: None | str | Unset
        if isinstance(self.product_kind, Unset):
            product_kind = UNSET
        elif isinstance(self.product_kind, DeclarationItemInProductKindType0):
            product_kind = self.product_kind.value
        else:
            product_kind = self.product_kind

        quantity = self.quantity

        raw_material_amount_g: float | None | str | Unset
        if isinstance(self.raw_material_amount_g, Unset):
            raw_material_amount_g = UNSET
        else:
            raw_material_amount_g = self.raw_material_amount_g

        stored_as_labelled: bool | None | Unset
        if isinstance(self.stored_as_labelled, Unset):
            stored_as_labelled = UNSET
        else:
            stored_as_labelled = self.stored_as_labelled

        strength: None | str | Unset
        if isinstance(self.strength, Unset):
            strength = UNSET
        else:
            strength = self.strength

        units_per_pack = self.units_per_pack

        value_usd: float | None | str | Unset
        if isinstance(self.value_usd, Unset):
            value_usd = UNSET
        else:
            value_usd = self.value_usd


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "dosage_form": dosage_form,
            "name": name,
        })
        if batch_no is not UNSET:
            field_dict["batch_no"] = batch_no
        if category is not UNSET:
            field_dict["category"] = category
        if daily_dose is not UNSET:
            field_dict["daily_dose"] = daily_dose
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if generic_name is not UNSET:
            field_dict["generic_name"] = generic_name
        if industrial_batch_size_g is not UNSET:
            field_dict["industrial_batch_size_g"] = industrial_batch_size_g
        if intact_packaging is not UNSET:
            field_dict["intact_packaging"] = intact_packaging
        if label_has_expiry is not UNSET:
            field_dict["label_has_expiry"] = label_has_expiry
        if label_has_manufacturer is not UNSET:
            field_dict["label_has_manufacturer"] = label_has_manufacturer
        if label_has_name is not UNSET:
            field_dict["label_has_name"] = label_has_name
        if label_languages is not UNSET:
            field_dict["label_languages"] = label_languages
        if original_packaging is not UNSET:
            field_dict["original_packaging"] = original_packaging
        if product_kind is not UNSET:
            field_dict["product_kind"] = product_kind
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if raw_material_amount_g is not UNSET:
            field_dict["raw_material_amount_g"] = raw_material_amount_g
        if stored_as_labelled is not UNSET:
            field_dict["stored_as_labelled"] = stored_as_labelled
        if strength is not UNSET:
            field_dict["strength"] = strength
        if units_per_pack is not UNSET:
            field_dict["units_per_pack"] = units_per_pack
        if value_usd is not UNSET:
            field_dict["value_usd"] = value_usd

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dosage_form = d.pop("dosage_form")

        name = d.pop("name")

        def _parse_batch_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        batch_no = _parse_batch_no(d.pop("batch_no", UNSET))


        _category = d.pop("category", UNSET)
        category: DeclarationItemInCategory | Unset
        if isinstance(_category,  Unset):
            category = UNSET
        else:
            category = DeclarationItemInCategory(_category)




        def _parse_daily_dose(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        daily_dose = _parse_daily_dose(d.pop("daily_dose", UNSET))


        def _parse_expiry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("expiry_date", UNSET))


        def _parse_generic_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generic_name = _parse_generic_name(d.pop("generic_name", UNSET))


        def _parse_industrial_batch_size_g(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        industrial_batch_size_g = _parse_industrial_batch_size_g(d.pop("industrial_batch_size_g", UNSET))


        def _parse_intact_packaging(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        intact_packaging = _parse_intact_packaging(d.pop("intact_packaging", UNSET))


        def _parse_label_has_expiry(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        label_has_expiry = _parse_label_has_expiry(d.pop("label_has_expiry", UNSET))


        def _parse_label_has_manufacturer(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        label_has_manufacturer = _parse_label_has_manufacturer(d.pop("label_has_manufacturer", UNSET))


        def _parse_label_has_name(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        label_has_name = _parse_label_has_name(d.pop("label_has_name", UNSET))


        label_languages = cast(list[str], d.pop("label_languages", UNSET))


        def _parse_original_packaging(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        original_packaging = _parse_original_packaging(d.pop("original_packaging", UNSET))


        def _parse_product_kind(data: object) -> DeclarationItemInProductKindType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                product_kind_type_0 = DeclarationItemInProductKindType0(data)



                return product_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeclarationItemInProductKindType0 | None | Unset, data)

        product_kind = _parse_product_kind(d.pop("product_kind", UNSET))


        quantity = d.pop("quantity", UNSET)

        def _parse_raw_material_amount_g(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        raw_material_amount_g = _parse_raw_material_amount_g(d.pop("raw_material_amount_g", UNSET))


        def _parse_stored_as_labelled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stored_as_labelled = _parse_stored_as_labelled(d.pop("stored_as_labelled", UNSET))


        def _parse_strength(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        strength = _parse_strength(d.pop("strength", UNSET))


        units_per_pack = d.pop("units_per_pack", UNSET)

        def _parse_value_usd(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        value_usd = _parse_value_usd(d.pop("value_usd", UNSET))


        declaration_item_in = cls(
            dosage_form=dosage_form,
            name=name,
            batch_no=batch_no,
            category=category,
            daily_dose=daily_dose,
            expiry_date=expiry_date,
            generic_name=generic_name,
            industrial_batch_size_g=industrial_batch_size_g,
            intact_packaging=intact_packaging,
            label_has_expiry=label_has_expiry,
            label_has_manufacturer=label_has_manufacturer,
            label_has_name=label_has_name,
            label_languages=label_languages,
            original_packaging=original_packaging,
            product_kind=product_kind,
            quantity=quantity,
            raw_material_amount_g=raw_material_amount_g,
            stored_as_labelled=stored_as_labelled,
            strength=strength,
            units_per_pack=units_per_pack,
            value_usd=value_usd,
        )

        return declaration_item_in

