from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.centre_detail_kinds_item import CentreDetailKindsItem
from ..models.centre_detail_status import CentreDetailStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.centre_approval import CentreApproval
  from ..models.centre_licence import CentreLicence
  from ..models.centre_physical_space import CentrePhysicalSpace
  from ..models.centre_status_record import CentreStatusRecord
  from ..models.centre_technical_manager import CentreTechnicalManager





T = TypeVar("T", bound="CentreDetail")



@_attrs_define
class CentreDetail:
    """ A centre with its approvals and its whole status history.

        Attributes:
            approvals (list[CentreApproval]):
            id (str):
            kinds (list[CentreDetailKindsItem]):
            licence (CentreLicence | None):
            name (str):
            physical_space (CentrePhysicalSpace): Whether the centre's premises are certified.
            province (str):
            registered_on (datetime.date):
            registered_on_jalali (None | str):
            status (CentreDetailStatus): Status today; `closed` only by a closure action
            status_history (list[CentreStatusRecord]): Oldest first
            technical_manager (CentreTechnicalManager | None):
            university (str): University code (e.g. QUMS)
            version (int): The centre's version; its ETag is this number quoted
     """

    approvals: list[CentreApproval]
    id: str
    kinds: list[CentreDetailKindsItem]
    licence: CentreLicence | None
    name: str
    physical_space: CentrePhysicalSpace
    province: str
    registered_on: datetime.date
    registered_on_jalali: None | str
    status: CentreDetailStatus
    status_history: list[CentreStatusRecord]
    technical_manager: CentreTechnicalManager | None
    university: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.centre_approval import CentreApproval # noqa: PLC0415
        from ..models.centre_licence import CentreLicence # noqa: PLC0415
        from ..models.centre_physical_space import CentrePhysicalSpace # noqa: PLC0415
        from ..models.centre_status_record import CentreStatusRecord # noqa: PLC0415
        from ..models.centre_technical_manager import CentreTechnicalManager # noqa: PLC0415
        approvals = []
        for approvals_item_data in self.approvals:
            approvals_item = approvals_item_data.to_dict()
            approvals.append(approvals_item)



        id = self.id

        kinds = []
        for kinds_item_data in self.kinds:
            kinds_item = kinds_item_data.value
            kinds.append(kinds_item)



        licence: dict[str, Any] | None
        if isinstance(self.licence, CentreLicence):
            licence = self.licence.to_dict()
        else:
            licence = self.licence

        name = self.name

        physical_space = self.physical_space.to_dict()

        province = self.province

        registered_on = self.registered_on.isoformat()

        registered_on_jalali: None | str
        registered_on_jalali = self.registered_on_jalali

        status = self.status.value

        status_history = []
        for status_history_item_data in self.status_history:
            status_history_item = status_history_item_data.to_dict()
            status_history.append(status_history_item)



        technical_manager: dict[str, Any] | None
        if isinstance(self.technical_manager, CentreTechnicalManager):
            technical_manager = self.technical_manager.to_dict()
        else:
            technical_manager = self.technical_manager

        university = self.university

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "approvals": approvals,
            "id": id,
            "kinds": kinds,
            "licence": licence,
            "name": name,
            "physical_space": physical_space,
            "province": province,
            "registered_on": registered_on,
            "registered_on_jalali": registered_on_jalali,
            "status": status,
            "status_history": status_history,
            "technical_manager": technical_manager,
            "university": university,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.centre_approval import CentreApproval # noqa: PLC0415
        from ..models.centre_licence import CentreLicence # noqa: PLC0415
        from ..models.centre_physical_space import CentrePhysicalSpace # noqa: PLC0415
        from ..models.centre_status_record import CentreStatusRecord # noqa: PLC0415
        from ..models.centre_technical_manager import CentreTechnicalManager # noqa: PLC0415
        d = dict(src_dict)
        approvals = []
        _approvals = d.pop("approvals")
        for approvals_item_data in (_approvals):
            approvals_item = CentreApproval.from_dict(approvals_item_data)



            approvals.append(approvals_item)


        id = d.pop("id")

        kinds = []
        _kinds = d.pop("kinds")
        for kinds_item_data in (_kinds):
            kinds_item = CentreDetailKindsItem(kinds_item_data)



            kinds.append(kinds_item)


        def _parse_licence(data: object) -> CentreLicence | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                licence_type_0 = CentreLicence.from_dict(data)



                return licence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CentreLicence | None, data)

        licence = _parse_licence(d.pop("licence"))


        name = d.pop("name")

        physical_space = CentrePhysicalSpace.from_dict(d.pop("physical_space"))




        province = d.pop("province")

        registered_on = datetime.date.fromisoformat(d.pop("registered_on"))




        def _parse_registered_on_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registered_on_jalali = _parse_registered_on_jalali(d.pop("registered_on_jalali"))


        status = CentreDetailStatus(d.pop("status"))




        status_history = []
        _status_history = d.pop("status_history")
        for status_history_item_data in (_status_history):
            status_history_item = CentreStatusRecord.from_dict(status_history_item_data)



            status_history.append(status_history_item)


        def _parse_technical_manager(data: object) -> CentreTechnicalManager | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                technical_manager_type_0 = CentreTechnicalManager.from_dict(data)



                return technical_manager_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CentreTechnicalManager | None, data)

        technical_manager = _parse_technical_manager(d.pop("technical_manager"))


        university = d.pop("university")

        version = d.pop("version")

        centre_detail = cls(
            approvals=approvals,
            id=id,
            kinds=kinds,
            licence=licence,
            name=name,
            physical_space=physical_space,
            province=province,
            registered_on=registered_on,
            registered_on_jalali=registered_on_jalali,
            status=status,
            status_history=status_history,
            technical_manager=technical_manager,
            university=university,
            version=version,
        )


        centre_detail.additional_properties = d
        return centre_detail

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
