from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.violation_in_kind import ViolationInKind
from ..models.violation_in_proposed_penalty_type_0 import ViolationInProposedPenaltyType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.proof_in import ProofIn





T = TypeVar("T", bound="ViolationIn")



@_attrs_define
class ViolationIn:
    """ CLM-C/CH/H1: a review office reports a proven breach and may propose a penalty; it does not fine or suspend.

        Attributes:
            description (str):
            kind (ViolationInKind):
            proof (ProofIn):
            proven_on (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits accepted
            case_id (None | str | Unset):
            causes_delay (bool | Unset): CLM-CH note 1: the error prolonged a client's case Default: False.
            compensation_client_rials (int | Unset): CLM-H1: damages owed to the clients, within 15 days of proof Default:
                0.
            compensation_organization_rials (int | Unset): CLM-H1: damages owed to the Organization, within 15 days of proof
                Default: 0.
            proposed_fine_rials (int | Unset):  Default: 0.
            proposed_penalty (None | Unset | ViolationInProposedPenaltyType0): CLM-CH: a proposal only; the licensing
                headquarters decides
     """

    description: str
    kind: ViolationInKind
    proof: ProofIn
    proven_on: str
    case_id: None | str | Unset = UNSET
    causes_delay: bool | Unset = False
    compensation_client_rials: int | Unset = 0
    compensation_organization_rials: int | Unset = 0
    proposed_fine_rials: int | Unset = 0
    proposed_penalty: None | Unset | ViolationInProposedPenaltyType0 = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.proof_in import ProofIn # noqa: PLC0415
        description = self.description

        kind = self.kind.value

        proof = self.proof.to_dict()

        proven_on = self.proven_on

        case_id: None | str | Unset
        if isinstance(self.case_id, Unset):
            case_id = UNSET
        else:
            case_id = self.case_id

        causes_delay = self.causes_delay

        compensation_client_rials = self.compensation_client_rials

        compensation_organization_rials = self.compensation_organization_rials

        proposed_fine_rials = self.proposed_fine_rials

        proposed_penalty: None | str | Unset
        if isinstance(self.proposed_penalty, Unset):
            proposed_penalty = UNSET
        elif isinstance(self.proposed_penalty, ViolationInProposedPenaltyType0):
            proposed_penalty = self.proposed_penalty.value
        else:
            proposed_penalty = self.proposed_penalty


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "description": description,
            "kind": kind,
            "proof": proof,
            "proven_on": proven_on,
        })
        if case_id is not UNSET:
            field_dict["case_id"] = case_id
        if causes_delay is not UNSET:
            field_dict["causes_delay"] = causes_delay
        if compensation_client_rials is not UNSET:
            field_dict["compensation_client_rials"] = compensation_client_rials
        if compensation_organization_rials is not UNSET:
            field_dict["compensation_organization_rials"] = compensation_organization_rials
        if proposed_fine_rials is not UNSET:
            field_dict["proposed_fine_rials"] = proposed_fine_rials
        if proposed_penalty is not UNSET:
            field_dict["proposed_penalty"] = proposed_penalty

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.proof_in import ProofIn # noqa: PLC0415
        d = dict(src_dict)
        description = d.pop("description")

        kind = ViolationInKind(d.pop("kind"))




        proof = ProofIn.from_dict(d.pop("proof"))




        proven_on = d.pop("proven_on")

        def _parse_case_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        case_id = _parse_case_id(d.pop("case_id", UNSET))


        causes_delay = d.pop("causes_delay", UNSET)

        compensation_client_rials = d.pop("compensation_client_rials", UNSET)

        compensation_organization_rials = d.pop("compensation_organization_rials", UNSET)

        proposed_fine_rials = d.pop("proposed_fine_rials", UNSET)

        def _parse_proposed_penalty(data: object) -> None | Unset | ViolationInProposedPenaltyType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                proposed_penalty_type_0 = ViolationInProposedPenaltyType0(data)



                return proposed_penalty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ViolationInProposedPenaltyType0, data)

        proposed_penalty = _parse_proposed_penalty(d.pop("proposed_penalty", UNSET))


        violation_in = cls(
            description=description,
            kind=kind,
            proof=proof,
            proven_on=proven_on,
            case_id=case_id,
            causes_delay=causes_delay,
            compensation_client_rials=compensation_client_rials,
            compensation_organization_rials=compensation_organization_rials,
            proposed_fine_rials=proposed_fine_rials,
            proposed_penalty=proposed_penalty,
        )

        return violation_in

