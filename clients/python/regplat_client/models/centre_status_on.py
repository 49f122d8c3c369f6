from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.centre_status_on_status_type_0 import CentreStatusOnStatusType0
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.centre_status_on_treatment import CentreStatusOnTreatment
  from ..models.centre_status_record import CentreStatusRecord





T = TypeVar("T", bound="CentreStatusOn")



@_attrs_define
class CentreStatusOn:
    """ X2/X3: the centre's status on a date and whether treatment of each kind was banned there then.

        Attributes:
            as_of (datetime.date): Today (Asia/Tehran) when answered
            center_id (str):
            closed (bool): Closed or suspended on that date
            date (datetime.date):
            date_jalali (None | str):
            licence_valid (bool):
            registered (bool): False when the date is before the centre's registration
            ruleset_version (str):
            status (CentreStatusOnStatusType0 | None):
            status_act (CentreStatusRecord | None): The change in force on that date
            status_since (None | str): Jalali date since which that status held
            treatment (CentreStatusOnTreatment): By kind (the one asked for, or each of the centre's kinds)
     """

    as_of: datetime.date
    center_id: str
    closed: bool
    date: datetime.date
    date_jalali: None | str
    licence_valid: bool
    registered: bool
    ruleset_version: str
    status: CentreStatusOnStatusType0 | None
    status_act: CentreStatusRecord | None
    status_since: None | str
    treatment: CentreStatusOnTreatment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.centre_status_on_treatment import CentreStatusOnTreatment # noqa: PLC0415
        from ..models.centre_status_record import CentreStatusRecord # noqa: PLC0415
        as_of = self.as_of.isoformat()

        center_id = self.center_id

        closed = self.closed

        date = self.date.isoformat()

        date_jalali: None | str
        date_jalali = self.date_jalali

        licence_valid = self.licence_valid

        registered = self.registered

        ruleset_version = self.ruleset_version

        status: None | str
        if isinstance(self.status, CentreStatusOnStatusType0):
            status = self.status.value
        else:
            status = self.status

        status_act: dict[str, Any] | None
        if isinstance(self.status_act, CentreStatusRecord):
            status_act = self.status_act.to_dict()
        else:
            status_act = self.status_act

        status_since: None | str
        status_since = self.status_since

        treatment = self.treatment.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "as_of": as_of,
            "center_id": center_id,
            "closed": closed,
            "date": date,
            "date_jalali": date_jalali,
            "licence_valid": licence_valid,
            "registered": registered,
            "ruleset_version": ruleset_version,
            "status": status,
            "status_act": status_act,
            "status_since": status_since,
            "treatment": treatment,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.centre_status_on_treatment import CentreStatusOnTreatment # noqa: PLC0415
        from ..models.centre_status_record import CentreStatusRecord # noqa: PLC0415
        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))




        center_id = d.pop("center_id")

        closed = d.pop("closed")

        date = datetime.date.fromisoformat(d.pop("date"))




        def _parse_date_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date_jalali = _parse_date_jalali(d.pop("date_jalali"))


        licence_valid = d.pop("licence_valid")

        registered = d.pop("registered")

        ruleset_version = d.pop("ruleset_version")

        def _parse_status(data: object) -> CentreStatusOnStatusType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = CentreStatusOnStatusType0(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CentreStatusOnStatusType0 | None, data)

        status = _parse_status(d.pop("status"))


        def _parse_status_act(data: object) -> CentreStatusRecord | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_act_type_0 = CentreStatusRecord.from_dict(data)



                return status_act_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CentreStatusRecord | None, data)

        status_act = _parse_status_act(d.pop("status_act"))


        def _parse_status_since(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_since = _parse_status_since(d.pop("status_since"))


        treatment = CentreStatusOnTreatment.from_dict(d.pop("treatment"))




        centre_status_on = cls(
            as_of=as_of,
            center_id=center_id,
            closed=closed,
            date=date,
            date_jalali=date_jalali,
            licence_valid=licence_valid,
            registered=registered,
            ruleset_version=ruleset_version,
            status=status,
            status_act=status_act,
            status_since=status_since,
            treatment=treatment,
        )


        centre_status_on.additional_properties = d
        return centre_status_on

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
