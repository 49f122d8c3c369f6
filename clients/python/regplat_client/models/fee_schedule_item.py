from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="FeeScheduleItem")



@_attrs_define
class FeeScheduleItem:
    """ The fee of one case type.

        Attributes:
            case_type (str): outpatient | global | inpatient
            fee_1399_rials (int): The circular's 1399 table
            fee_rials (int): The fee of the year
            share_of_daily_minimum_wage_1399 (str): The circular's share of the daily minimum wage, as a decimal string
            share_reading_rials (int | None | Unset): share x the year's daily wage (the earlier reading of note 1, for
                comparison)
     """

    case_type: str
    fee_1399_rials: int
    fee_rials: int
    share_of_daily_minimum_wage_1399: str
    share_reading_rials: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        case_type = self.case_type

        fee_1399_rials = self.fee_1399_rials

        fee_rials = self.fee_rials

        share_of_daily_minimum_wage_1399 = self.share_of_daily_minimum_wage_1399

        share_reading_rials: int | None | Unset
        if isinstance(self.share_reading_rials, Unset):
            share_reading_rials = UNSET
        else:
            share_reading_rials = self.share_reading_rials


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "case_type": case_type,
            "fee_1399_rials": fee_1399_rials,
            "fee_rials": fee_rials,
            "share_of_daily_minimum_wage_1399": share_of_daily_minimum_wage_1399,
        })
        if share_reading_rials is not UNSET:
            field_dict["share_reading_rials"] = share_reading_rials

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        case_type = d.pop("case_type")

        fee_1399_rials = d.pop("fee_1399_rials")

        fee_rials = d.pop("fee_rials")

        share_of_daily_minimum_wage_1399 = d.pop("share_of_daily_minimum_wage_1399")

        def _parse_share_reading_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        share_reading_rials = _parse_share_reading_rials(d.pop("share_reading_rials", UNSET))


        fee_schedule_item = cls(
            case_type=case_type,
            fee_1399_rials=fee_1399_rials,
            fee_rials=fee_rials,
            share_of_daily_minimum_wage_1399=share_of_daily_minimum_wage_1399,
            share_reading_rials=share_reading_rials,
        )


        fee_schedule_item.additional_properties = d
        return fee_schedule_item

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
