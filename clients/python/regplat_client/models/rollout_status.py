from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.rollout_status_phase import RolloutStatusPhase
from typing import cast

if TYPE_CHECKING:
  from ..models.pilot_bounds_view import PilotBoundsView
  from ..models.rollout_approval_view import RolloutApprovalView
  from ..models.rollout_status_basis_item import RolloutStatusBasisItem





T = TypeVar("T", bound="RolloutStatus")



@_attrs_define
class RolloutStatus:
    """ CLM-H2: the phase (pilot until an approval is recorded), the pilot's bounds, what is enabled, the approvals.

        Attributes:
            approvals (list[RolloutApprovalView]):
            basis (list[RolloutStatusBasisItem]): The citations the decision rests on (SHR-PROV): number, clause, rule_id,
                authority (source | interpretation | configuration | evidence), quote or reason, text, text_fa
            enabled_agencies (list[str]):
            enabled_provinces (list[str]):
            phase (RolloutStatusPhase):
            pilot (PilotBoundsView): CLM-H2: the pilot's bounds (data/rollout.yaml) and where it stands.
     """

    approvals: list[RolloutApprovalView]
    basis: list[RolloutStatusBasisItem]
    enabled_agencies: list[str]
    enabled_provinces: list[str]
    phase: RolloutStatusPhase
    pilot: PilotBoundsView
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.pilot_bounds_view import PilotBoundsView # noqa: PLC0415
        from ..models.rollout_approval_view import RolloutApprovalView # noqa: PLC0415
        from ..models.rollout_status_basis_item import RolloutStatusBasisItem # noqa: PLC0415
        approvals = []
        for approvals_item_data in self.approvals:
            approvals_item = approvals_item_data.to_dict()
            approvals.append(approvals_item)



        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        enabled_agencies = self.enabled_agencies



        enabled_provinces = self.enabled_provinces



        phase = self.phase.value

        pilot = self.pilot.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "approvals": approvals,
            "basis": basis,
            "enabled_agencies": enabled_agencies,
            "enabled_provinces": enabled_provinces,
            "phase": phase,
            "pilot": pilot,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pilot_bounds_view import PilotBoundsView # noqa: PLC0415
        from ..models.rollout_approval_view import RolloutApprovalView # noqa: PLC0415
        from ..models.rollout_status_basis_item import RolloutStatusBasisItem # noqa: PLC0415
        d = dict(src_dict)
        approvals = []
        _approvals = d.pop("approvals")
        for approvals_item_data in (_approvals):
            approvals_item = RolloutApprovalView.from_dict(approvals_item_data)



            approvals.append(approvals_item)


        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = RolloutStatusBasisItem.from_dict(basis_item_data)



            basis.append(basis_item)


        enabled_agencies = cast(list[str], d.pop("enabled_agencies"))


        enabled_provinces = cast(list[str], d.pop("enabled_provinces"))


        phase = RolloutStatusPhase(d.pop("phase"))




        pilot = PilotBoundsView.from_dict(d.pop("pilot"))




        rollout_status = cls(
            approvals=approvals,
            basis=basis,
            enabled_agencies=enabled_agencies,
            enabled_provinces=enabled_provinces,
            phase=phase,
            pilot=pilot,
        )


        rollout_status.additional_properties = d
        return rollout_status

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
