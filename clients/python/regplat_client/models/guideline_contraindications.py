from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.guideline_contraindication import GuidelineContraindication





T = TypeVar("T", bound="GuidelineContraindications")



@_attrs_define
class GuidelineContraindications:
    """ 
        Attributes:
            absolute (list[GuidelineContraindication] | Unset):
            relative (list[GuidelineContraindication] | Unset):
            relative_requires_document (str | Unset): document kind that must accompany a relative contraindication Default:
                'risk-benefit-justification'.
     """

    absolute: list[GuidelineContraindication] | Unset = UNSET
    relative: list[GuidelineContraindication] | Unset = UNSET
    relative_requires_document: str | Unset = 'risk-benefit-justification'





    def to_dict(self) -> dict[str, Any]:
        from ..models.guideline_contraindication import GuidelineContraindication # noqa: PLC0415
        absolute: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.absolute, Unset):
            absolute = []
            for absolute_item_data in self.absolute:
                absolute_item = absolute_item_data.to_dict()
                absolute.append(absolute_item)



        relative: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.relative, Unset):
            relative = []
            for relative_item_data in self.relative:
                relative_item = relative_item_data.to_dict()
                relative.append(relative_item)



        relative_requires_document = self.relative_requires_document


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if absolute is not UNSET:
            field_dict["absolute"] = absolute
        if relative is not UNSET:
            field_dict["relative"] = relative
        if relative_requires_document is not UNSET:
            field_dict["relative_requires_document"] = relative_requires_document

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guideline_contraindication import GuidelineContraindication # noqa: PLC0415
        d = dict(src_dict)
        _absolute = d.pop("absolute", UNSET)
        absolute: list[GuidelineContraindication] | Unset = UNSET
        if _absolute is not UNSET:
            absolute = []
            for absolute_item_data in _absolute:
                absolute_item = GuidelineContraindication.from_dict(absolute_item_data)



                absolute.append(absolute_item)


        _relative = d.pop("relative", UNSET)
        relative: list[GuidelineContraindication] | Unset = UNSET
        if _relative is not UNSET:
            relative = []
            for relative_item_data in _relative:
                relative_item = GuidelineContraindication.from_dict(relative_item_data)



                relative.append(relative_item)


        relative_requires_document = d.pop("relative_requires_document", UNSET)

        guideline_contraindications = cls(
            absolute=absolute,
            relative=relative,
            relative_requires_document=relative_requires_document,
        )

        return guideline_contraindications

