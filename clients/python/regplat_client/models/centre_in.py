from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.centre_in_kinds_item import CentreInKindsItem
from ..models.centre_in_status import CentreInStatus
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.centre_approval_in import CentreApprovalIn
  from ..models.centre_licence_in import CentreLicenceIn
  from ..models.centre_physical_space_in import CentrePhysicalSpaceIn
  from ..models.centre_technical_manager_in import CentreTechnicalManagerIn





T = TypeVar("T", bound="CentreIn")



@_attrs_define
class CentreIn:
    """ 
        Attributes:
            kinds (list[CentreInKindsItem]):
            name (str):
            province (str):
            approvals (list[CentreApprovalIn] | Unset):
            licence (CentreLicenceIn | None | Unset):
            physical_space (CentrePhysicalSpaceIn | Unset):
            registered_on (None | str | Unset):
            status (CentreInStatus | Unset):  Default: CentreInStatus.APPLICANT.
            technical_manager (CentreTechnicalManagerIn | None | Unset):
            university (None | str | Unset): University code; defaults to the caller's university
     """

    kinds: list[CentreInKindsItem]
    name: str
    province: str
    approvals: list[CentreApprovalIn] | Unset = UNSET
    licence: CentreLicenceIn | None | Unset = UNSET
    physical_space: CentrePhysicalSpaceIn | Unset = UNSET
    registered_on: None | str | Unset = UNSET
    status: CentreInStatus | Unset = CentreInStatus.APPLICANT
    technical_manager: CentreTechnicalManagerIn | None | Unset = UNSET
    university: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.centre_approval_in import CentreApprovalIn # noqa: PLC0415
        from ..models.centre_licence_in import CentreLicenceIn # noqa: PLC0415
        from ..models.centre_physical_space_in import CentrePhysicalSpaceIn # noqa: PLC0415
        from ..models.centre_technical_manager_in import CentreTechnicalManagerIn # noqa: PLC0415
        kinds = []
        for kinds_item_data in self.kinds:
            kinds_item = kinds_item_data.value
            kinds.append(kinds_item)



        name = self.name

        province = self.province

        approvals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.approvals, Unset):
            approvals = []
            for approvals_item_data in self.approvals:
                approvals_item = approvals_item_data.to_dict()
                approvals.append(approvals_item)



        licence: dict[str, Any] | None | Unset
        if isinstance(self.licence, Unset):
            licence = UNSET
        elif isinstance(self.licence, CentreLicenceIn):
            licence = self.licence.to_dict()
        else:
            licence = self.licence

        physical_space: dict[str, Any] | Unset = UNSET
        if not isinstance(self.physical_space, Unset):
            physical_space = self.physical_space.to_dict()

        registered_on: None | str | Unset
        if isinstance(self.registered_on, Unset):
            registered_on = UNSET
        else:
            registered_on = self.registered_on

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value


        technical_manager: dict[str, Any] | None | Unset
        if isinstance(self.technical_manager, Unset):
            technical_manager = UNSET
        elif isinstance(self.technical_manager, CentreTechnicalManagerIn):
            technical_manager = self.technical_manager.to_dict()
        else:
            technical_manager = self.technical_manager

        university: None | str | Unset
        if isinstance(self.university, Unset):
            university = UNSET
        else:
            university = self.university


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kinds": kinds,
            "name": name,
            "province": province,
        })
        if approvals is not UNSET:
            field_dict["approvals"] = approvals
        if licence is not UNSET:
            field_dict["licence"] = licence
        if physical_space is not UNSET:
            field_dict["physical_space"] = physical_space
        if registered_on is not UNSET:
            field_dict["registered_on"] = registered_on
        if status is not UNSET:
            field_dict["status"] = status
        if technical_manager is not UNSET:
            field_dict["technical_manager"] = technical_manager
        if university is not UNSET:
            field_dict["university"] = university

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.centre_approval_in import CentreApprovalIn # noqa: PLC0415
        from ..models.centre_licence_in import CentreLicenceIn # noqa: PLC0415
        from ..models.centre_physical_space_in import CentrePhysicalSpaceIn # noqa: PLC0415
        from ..models.centre_technical_manager_in import CentreTechnicalManagerIn # noqa: PLC0415
        d = dict(src_dict)
        kinds = []
        _kinds = d.pop("kinds")
        for kinds_item_data in (_kinds):
            kinds_item = CentreInKindsItem(kinds_item_data)



            kinds.append(kinds_item)


        name = d.pop("name")

        province = d.pop("province")

        _approvals = d.pop("approvals", UNSET)
        approvals: list[CentreApprovalIn] | Unset = UNSET
        if _approvals is not UNSET:
            approvals = []
            for approvals_item_data in _approvals:
                approvals_item = CentreApprovalIn.from_dict(approvals_item_data)



                approvals.append(approvals_item)


        def _parse_licence(data: object) -> CentreLicenceIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                licence_type_0 = CentreLicenceIn.from_dict(data)



                return licence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CentreLicenceIn | None | Unset, data)

        licence = _parse_licence(d.pop("licence", UNSET))


        _physical_space = d.pop("physical_space", UNSET)
        physical_space: CentrePhysicalSpaceIn | Unset
        if isinstance(_physical_space,  Unset):
            physical_space = UNSET
        else:
            physical_space = CentrePhysicalSpaceIn.from_dict(_physical_space)




        def _parse_registered_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registered_on = _parse_registered_on(d.pop("registered_on", UNSET))


        _status = d.pop("status", UNSET)
        status: CentreInStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = CentreInStatus(_status)




        def _parse_technical_manager(data: object) -> CentreTechnicalManagerIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                technical_manager_type_0 = CentreTechnicalManagerIn.from_dict(data)



                return technical_manager_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CentreTechnicalManagerIn | None | Unset, data)

        technical_manager = _parse_technical_manager(d.pop("technical_manager", UNSET))


        def _parse_university(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        university = _parse_university(d.pop("university", UNSET))


        centre_in = cls(
            kinds=kinds,
            name=name,
            province=province,
            approvals=approvals,
            licence=licence,
            physical_space=physical_space,
            registered_on=registered_on,
            status=status,
            technical_manager=technical_manager,
            university=university,
        )

        return centre_in

