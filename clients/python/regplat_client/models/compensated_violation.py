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
  from ..models.compensated_violation_proof import CompensatedViolationProof
  from ..models.penalty_path import PenaltyPath
  from ..models.violation_compensation import ViolationCompensation





T = TypeVar("T", bound="CompensatedViolation")



@_attrs_define
class CompensatedViolation:
    """ The violation after a compensation was recorded as paid.

        Attributes:
            agency_code (str):
            causes_delay (bool):
            compensation (ViolationCompensation): The compensation to the clients (top-level fields, as before) and to each
                payee.
            compensation_decision_id (str):
            decision_id (str):
            description (str):
            id (str):
            kind (str):
            penalty (PenaltyPath): CLM-CH: where the penalty stands; the licensing headquarters decides.
            proof (CompensatedViolationProof): summary, documents, complaint_id
            proven_on (datetime.date):
            proven_on_jalali (None | str):
            version (int): The ETag's number: send it back as If-Match to take the next step
            case_id (None | str | Unset):
     """

    agency_code: str
    causes_delay: bool
    compensation: ViolationCompensation
    compensation_decision_id: str
    decision_id: str
    description: str
    id: str
    kind: str
    penalty: PenaltyPath
    proof: CompensatedViolationProof
    proven_on: datetime.date
    proven_on_jalali: None | str
    version: int
    case_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.compensated_violation_proof import CompensatedViolationProof # noqa: PLC0415
        from ..models.penalty_path import PenaltyPath # noqa: PLC0415
        from ..models.violation_compensation import ViolationCompensation # noqa: PLC0415
        agency_code = self.agency_code

        causes_delay = self.causes_delay

        compensation = self.compensation.to_dict()

        compensation_decision_id = self.compensation_decision_id

        decision_id = self.decision_id

        description = self.description

        id = self.id

        kind = self.kind

        penalty = self.penalty.to_dict()

        proof = self.proof.to_dict()

        proven_on = self.proven_on.isoformat()

        proven_on_jalali: None | str
        proven_on_jalali = self.proven_on_jalali

        version = self.version

        case_id: None | str | Unset
        if isinstance(self.case_id, Unset):
            case_id = UNSET
        else:
            case_id = self.case_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agency_code": agency_code,
            "causes_delay": causes_delay,
            "compensation": compensation,
            "compensation_decision_id": compensation_decision_id,
            "decision_id": decision_id,
            "description": description,
            "id": id,
            "kind": kind,
            "penalty": penalty,
            "proof": proof,
            "proven_on": proven_on,
            "proven_on_jalali": proven_on_jalali,
            "version": version,
        })
        if case_id is not UNSET:
            field_dict["case_id"] = case_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compensated_violation_proof import CompensatedViolationProof # noqa: PLC0415
        from ..models.penalty_path import PenaltyPath # noqa: PLC0415
        from ..models.violation_compensation import ViolationCompensation # noqa: PLC0415
        d = dict(src_dict)
        agency_code = d.pop("agency_code")

        causes_delay = d.pop("causes_delay")

        compensation = ViolationCompensation.from_dict(d.pop("compensation"))




        compensation_decision_id = d.pop("compensation_decision_id")

        decision_id = d.pop("decision_id")

        description = d.pop("description")

        id = d.pop("id")

        kind = d.pop("kind")

        penalty = PenaltyPath.from_dict(d.pop("penalty"))




        proof = CompensatedViolationProof.from_dict(d.pop("proof"))




        proven_on = datetime.date.fromisoformat(d.pop("proven_on"))




        def _parse_proven_on_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        proven_on_jalali = _parse_proven_on_jalali(d.pop("proven_on_jalali"))


        version = d.pop("version")

        def _parse_case_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        case_id = _parse_case_id(d.pop("case_id", UNSET))


        compensated_violation = cls(
            agency_code=agency_code,
            causes_delay=causes_delay,
            compensation=compensation,
            compensation_decision_id=compensation_decision_id,
            decision_id=decision_id,
            description=description,
            id=id,
            kind=kind,
            penalty=penalty,
            proof=proof,
            proven_on=proven_on,
            proven_on_jalali=proven_on_jalali,
            version=version,
            case_id=case_id,
        )


        compensated_violation.additional_properties = d
        return compensated_violation

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
