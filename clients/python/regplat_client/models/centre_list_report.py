from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.centre_list_entry import CentreListEntry
  from ..models.centre_list_report_counts import CentreListReportCounts
  from ..models.centre_list_report_counts_by_status import CentreListReportCountsByStatus
  from ..models.citation import Citation





T = TypeVar("T", bound="CentreListReport")



@_attrs_define
class CentreListReport:
    """ Letter 400/10262/د clause 1: every active, inactive and applicant centre of a university.

        Attributes:
            as_of (datetime.date):
            as_of_jalali (None | str):
            basis (list[Citation]):
            counts (CentreListReportCounts): Centres by the letter's group (active, inactive, applicant)
            counts_by_status (CentreListReportCountsByStatus): Centres by status
            items (list[CentreListEntry]): By group, name and id
            university (str):
     """

    as_of: datetime.date
    as_of_jalali: None | str
    basis: list[Citation]
    counts: CentreListReportCounts
    counts_by_status: CentreListReportCountsByStatus
    items: list[CentreListEntry]
    university: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.centre_list_entry import CentreListEntry # noqa: PLC0415
        from ..models.centre_list_report_counts import CentreListReportCounts # noqa: PLC0415
        from ..models.centre_list_report_counts_by_status import CentreListReportCountsByStatus # noqa: PLC0415
        from ..models.citation import Citation # noqa: PLC0415
        as_of = self.as_of.isoformat()

        as_of_jalali: None | str
        as_of_jalali = self.as_of_jalali

        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        counts = self.counts.to_dict()

        counts_by_status = self.counts_by_status.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        university = self.university


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "as_of": as_of,
            "as_of_jalali": as_of_jalali,
            "basis": basis,
            "counts": counts,
            "counts_by_status": counts_by_status,
            "items": items,
            "university": university,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.centre_list_entry import CentreListEntry # noqa: PLC0415
        from ..models.centre_list_report_counts import CentreListReportCounts # noqa: PLC0415
        from ..models.centre_list_report_counts_by_status import CentreListReportCountsByStatus # noqa: PLC0415
        from ..models.citation import Citation # noqa: PLC0415
        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))




        def _parse_as_of_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        as_of_jalali = _parse_as_of_jalali(d.pop("as_of_jalali"))


        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = Citation.from_dict(basis_item_data)



            basis.append(basis_item)


        counts = CentreListReportCounts.from_dict(d.pop("counts"))




        counts_by_status = CentreListReportCountsByStatus.from_dict(d.pop("counts_by_status"))




        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = CentreListEntry.from_dict(items_item_data)



            items.append(items_item)


        university = d.pop("university")

        centre_list_report = cls(
            as_of=as_of,
            as_of_jalali=as_of_jalali,
            basis=basis,
            counts=counts,
            counts_by_status=counts_by_status,
            items=items,
            university=university,
        )


        centre_list_report.additional_properties = d
        return centre_list_report

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
