from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.citation import Citation
  from ..models.quarterly_counts import QuarterlyCounts
  from ..models.quarterly_submission_state import QuarterlySubmissionState





T = TypeVar("T", bound="QuarterlyReport")



@_attrs_define
class QuarterlyReport:
    """ Quarterly report (letter 400/10262/د clause 2) of a university for a Jalali season.

        Attributes:
            basis (list[Citation]):
            counts (QuarterlyCounts): The season's figures: centres, inspections, violations by type and severity, actions
                by type.
            due_day_not_working (None | str): Why the due day is not a working day (holiday, weekend), if it is not
            due_on (datetime.date):
            due_on_jalali (None | str):
            on_time_until (datetime.date): The last day that counts as on time (the next working day when the due day is not
                one)
            on_time_until_jalali (None | str):
            season (int):
            season_end (datetime.date):
            season_end_jalali (None | str):
            season_start (datetime.date):
            season_start_jalali (None | str):
            submission (QuarterlySubmissionState): Whether the season's report was sent, and on time.
            university (str):
            year (int):
     """

    basis: list[Citation]
    counts: QuarterlyCounts
    due_day_not_working: None | str
    due_on: datetime.date
    due_on_jalali: None | str
    on_time_until: datetime.date
    on_time_until_jalali: None | str
    season: int
    season_end: datetime.date
    season_end_jalali: None | str
    season_start: datetime.date
    season_start_jalali: None | str
    submission: QuarterlySubmissionState
    university: str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.quarterly_counts import QuarterlyCounts # noqa: PLC0415
        from ..models.quarterly_submission_state import QuarterlySubmissionState # noqa: PLC0415
        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        counts = self.counts.to_dict()

        due_day_not_working: None | str
        due_day_not_working = self.due_day_not_working

        due_on = self.due_on.isoformat()

        due_on_jalali: None | str
        due_on_jalali = self.due_on_jalali

        on_time_until = self.on_time_until.isoformat()

        on_time_until_jalali: None | str
        on_time_until_jalali = self.on_time_until_jalali

        season = self.season

        season_end = self.season_end.isoformat()

        season_end_jalali: None | str
        season_end_jalali = self.season_end_jalali

        season_start = self.season_start.isoformat()

        season_start_jalali: None | str
        season_start_jalali = self.season_start_jalali

        submission = self.submission.to_dict()

        university = self.university

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "basis": basis,
            "counts": counts,
            "due_day_not_working": due_day_not_working,
            "due_on": due_on,
            "due_on_jalali": due_on_jalali,
            "on_time_until": on_time_until,
            "on_time_until_jalali": on_time_until_jalali,
            "season": season,
            "season_end": season_end,
            "season_end_jalali": season_end_jalali,
            "season_start": season_start,
            "season_start_jalali": season_start_jalali,
            "submission": submission,
            "university": university,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.quarterly_counts import QuarterlyCounts # noqa: PLC0415
        from ..models.quarterly_submission_state import QuarterlySubmissionState # noqa: PLC0415
        d = dict(src_dict)
        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = Citation.from_dict(basis_item_data)



            basis.append(basis_item)


        counts = QuarterlyCounts.from_dict(d.pop("counts"))




        def _parse_due_day_not_working(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        due_day_not_working = _parse_due_day_not_working(d.pop("due_day_not_working"))


        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        def _parse_due_on_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        due_on_jalali = _parse_due_on_jalali(d.pop("due_on_jalali"))


        on_time_until = datetime.date.fromisoformat(d.pop("on_time_until"))




        def _parse_on_time_until_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        on_time_until_jalali = _parse_on_time_until_jalali(d.pop("on_time_until_jalali"))


        season = d.pop("season")

        season_end = datetime.date.fromisoformat(d.pop("season_end"))




        def _parse_season_end_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        season_end_jalali = _parse_season_end_jalali(d.pop("season_end_jalali"))


        season_start = datetime.date.fromisoformat(d.pop("season_start"))




        def _parse_season_start_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        season_start_jalali = _parse_season_start_jalali(d.pop("season_start_jalali"))


        submission = QuarterlySubmissionState.from_dict(d.pop("submission"))




        university = d.pop("university")

        year = d.pop("year")

        quarterly_report = cls(
            basis=basis,
            counts=counts,
            due_day_not_working=due_day_not_working,
            due_on=due_on,
            due_on_jalali=due_on_jalali,
            on_time_until=on_time_until,
            on_time_until_jalali=on_time_until_jalali,
            season=season,
            season_end=season_end,
            season_end_jalali=season_end_jalali,
            season_start=season_start,
            season_start_jalali=season_start_jalali,
            submission=submission,
            university=university,
            year=year,
        )


        quarterly_report.additional_properties = d
        return quarterly_report

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
