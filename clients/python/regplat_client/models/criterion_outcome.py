from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.criterion_outcome_status import CriterionOutcomeStatus
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.off_label_citation import OffLabelCitation





T = TypeVar("T", bound="CriterionOutcome")



@_attrs_define
class CriterionOutcome:
    """ One criterion of the guideline, as the request meets it.

        Attributes:
            citations (list[OffLabelCitation]):
            curable_by_documents (bool): True when adding documents or declarations can change this criterion
            id (str): `indication`, `dose`, `interval`, `document:<id>`, ...
            name (str):
            reason (str):
            status (CriterionOutcomeStatus):
            name_fa (None | str | Unset):
     """

    citations: list[OffLabelCitation]
    curable_by_documents: bool
    id: str
    name: str
    reason: str
    status: CriterionOutcomeStatus
    name_fa: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.off_label_citation import OffLabelCitation # noqa: PLC0415
        citations = []
        for citations_item_data in self.citations:
            citations_item = citations_item_data.to_dict()
            citations.append(citations_item)



        curable_by_documents = self.curable_by_documents

        id = self.id

        name = self.name

        reason = self.reason

        status = self.status.value

        name_fa: None | str | Unset
        if isinstance(self.name_fa, Unset):
            name_fa = UNSET
        else:
            name_fa = self.name_fa


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "citations": citations,
            "curable_by_documents": curable_by_documents,
            "id": id,
            "name": name,
            "reason": reason,
            "status": status,
        })
        if name_fa is not UNSET:
            field_dict["name_fa"] = name_fa

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.off_label_citation import OffLabelCitation # noqa: PLC0415
        d = dict(src_dict)
        citations = []
        _citations = d.pop("citations")
        for citations_item_data in (_citations):
            citations_item = OffLabelCitation.from_dict(citations_item_data)



            citations.append(citations_item)


        curable_by_documents = d.pop("curable_by_documents")

        id = d.pop("id")

        name = d.pop("name")

        reason = d.pop("reason")

        status = CriterionOutcomeStatus(d.pop("status"))




        def _parse_name_fa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_fa = _parse_name_fa(d.pop("name_fa", UNSET))


        criterion_outcome = cls(
            citations=citations,
            curable_by_documents=curable_by_documents,
            id=id,
            name=name,
            reason=reason,
            status=status,
            name_fa=name_fa,
        )


        criterion_outcome.additional_properties = d
        return criterion_outcome

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
