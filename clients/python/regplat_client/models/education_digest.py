from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.guideline_change import GuidelineChange
  from ..models.guideline_summary import GuidelineSummary
  from ..models.off_label_citation import OffLabelCitation





T = TypeVar("T", bound="EducationDigest")



@_attrs_define
class EducationDigest:
    """ Continuing education (OFL-E): the guidelines in force on `until` and what changed since `since`.

        Attributes:
            addressees (list[str]):
            basis (list[OffLabelCitation]):
            changes (list[GuidelineChange]): In date order
            in_force (list[GuidelineSummary]):
            since (datetime.date):
            until (datetime.date):
            since_jalali (None | str | Unset):
            until_jalali (None | str | Unset):
     """

    addressees: list[str]
    basis: list[OffLabelCitation]
    changes: list[GuidelineChange]
    in_force: list[GuidelineSummary]
    since: datetime.date
    until: datetime.date
    since_jalali: None | str | Unset = UNSET
    until_jalali: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.guideline_change import GuidelineChange # noqa: PLC0415
        from ..models.guideline_summary import GuidelineSummary # noqa: PLC0415
        from ..models.off_label_citation import OffLabelCitation # noqa: PLC0415
        addressees = self.addressees



        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)



        in_force = []
        for in_force_item_data in self.in_force:
            in_force_item = in_force_item_data.to_dict()
            in_force.append(in_force_item)



        since = self.since.isoformat()

        until = self.until.isoformat()

        since_jalali: None | str | Unset
        if isinstance(self.since_jalali, Unset):
            since_jalali = UNSET
        else:
            since_jalali = self.since_jalali

        until_jalali: None | str | Unset
        if isinstance(self.until_jalali, Unset):
            until_jalali = UNSET
        else:
            until_jalali = self.until_jalali


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "addressees": addressees,
            "basis": basis,
            "changes": changes,
            "in_force": in_force,
            "since": since,
            "until": until,
        })
        if since_jalali is not UNSET:
            field_dict["since_jalali"] = since_jalali
        if until_jalali is not UNSET:
            field_dict["until_jalali"] = until_jalali

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guideline_change import GuidelineChange # noqa: PLC0415
        from ..models.guideline_summary import GuidelineSummary # noqa: PLC0415
        from ..models.off_label_citation import OffLabelCitation # noqa: PLC0415
        d = dict(src_dict)
        addressees = cast(list[str], d.pop("addressees"))


        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = OffLabelCitation.from_dict(basis_item_data)



            basis.append(basis_item)


        changes = []
        _changes = d.pop("changes")
        for changes_item_data in (_changes):
            changes_item = GuidelineChange.from_dict(changes_item_data)



            changes.append(changes_item)


        in_force = []
        _in_force = d.pop("in_force")
        for in_force_item_data in (_in_force):
            in_force_item = GuidelineSummary.from_dict(in_force_item_data)



            in_force.append(in_force_item)


        since = datetime.date.fromisoformat(d.pop("since"))




        until = datetime.date.fromisoformat(d.pop("until"))




        def _parse_since_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        since_jalali = _parse_since_jalali(d.pop("since_jalali", UNSET))


        def _parse_until_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        until_jalali = _parse_until_jalali(d.pop("until_jalali", UNSET))


        education_digest = cls(
            addressees=addressees,
            basis=basis,
            changes=changes,
            in_force=in_force,
            since=since,
            until=until,
            since_jalali=since_jalali,
            until_jalali=until_jalali,
        )


        education_digest.additional_properties = d
        return education_digest

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
