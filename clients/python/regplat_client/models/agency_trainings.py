from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.agency_trainings_basis_item import AgencyTrainingsBasisItem
  from ..models.training_view import TrainingView





T = TypeVar("T", bound="AgencyTrainings")



@_attrs_define
class AgencyTrainings:
    """ The trainings an agency's representatives received, latest first, with the totals over all pages.

        Attributes:
            agency_code (str):
            basis (list[AgencyTrainingsBasisItem]): The citations the decision rests on (SHR-PROV): number, clause, rule_id,
                authority (source | interpretation | configuration | evidence), quote or reason, text, text_fa
            count (int): Trainings over all pages (the same as total)
            fee_condition (bool):
            items (list[TrainingView]): This page's rows, in the list's stated order
            limit (int): The page size asked for (the last page may hold fewer)
            offset (int): Rows skipped before this page (0 when paging by cursor)
            review_office_code (str):
            total (int): Rows matching the filters over all pages, counted up to 1,000
            total_hours (float):
            next_ (None | str | Unset): Opaque cursor of the next page: send it back as `cursor`; null on the last page
            total_capped (bool | Unset): True when more than 1,000 rows match (`total` is then 1,000) Default: False.
     """

    agency_code: str
    basis: list[AgencyTrainingsBasisItem]
    count: int
    fee_condition: bool
    items: list[TrainingView]
    limit: int
    offset: int
    review_office_code: str
    total: int
    total_hours: float
    next_: None | str | Unset = UNSET
    total_capped: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.agency_trainings_basis_item import AgencyTrainingsBasisItem # noqa: PLC0415
        from ..models.training_view import TrainingView # noqa: PLC0415
        agency_code = self.agency_code

        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        count = self.count

        fee_condition = self.fee_condition

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        limit = self.limit

        offset = self.offset

        review_office_code = self.review_office_code

        total = self.total

        total_hours = self.total_hours

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        total_capped = self.total_capped


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agency_code": agency_code,
            "basis": basis,
            "count": count,
            "fee_condition": fee_condition,
            "items": items,
            "limit": limit,
            "offset": offset,
            "review_office_code": review_office_code,
            "total": total,
            "total_hours": total_hours,
        })
        if next_ is not UNSET:
            field_dict["next"] = next_
        if total_capped is not UNSET:
            field_dict["total_capped"] = total_capped

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agency_trainings_basis_item import AgencyTrainingsBasisItem # noqa: PLC0415
        from ..models.training_view import TrainingView # noqa: PLC0415
        d = dict(src_dict)
        agency_code = d.pop("agency_code")

        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = AgencyTrainingsBasisItem.from_dict(basis_item_data)



            basis.append(basis_item)


        count = d.pop("count")

        fee_condition = d.pop("fee_condition")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = TrainingView.from_dict(items_item_data)



            items.append(items_item)


        limit = d.pop("limit")

        offset = d.pop("offset")

        review_office_code = d.pop("review_office_code")

        total = d.pop("total")

        total_hours = d.pop("total_hours")

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))


        total_capped = d.pop("total_capped", UNSET)

        agency_trainings = cls(
            agency_code=agency_code,
            basis=basis,
            count=count,
            fee_condition=fee_condition,
            items=items,
            limit=limit,
            offset=offset,
            review_office_code=review_office_code,
            total=total,
            total_hours=total_hours,
            next_=next_,
            total_capped=total_capped,
        )


        agency_trainings.additional_properties = d
        return agency_trainings

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
