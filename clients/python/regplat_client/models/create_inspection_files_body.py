from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import json
from .. import types

from ..types import UNSET, Unset

from ..types import File, FileTypes
from ..types import UNSET, Unset
from io import BytesIO
from typing import cast






T = TypeVar("T", bound="CreateInspectionFilesBody")



@_attrs_define
class CreateInspectionFilesBody:
    """ 
        Attributes:
            payload (str): The InspectionIn JSON (without evidence)
            evidence (list[File] | Unset): Files not tied to an item
     """

    payload: str
    evidence: list[File] | Unset = UNSET
    additional_properties: dict[str, File] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        payload = self.payload

        evidence: list[FileTypes] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = []
            for evidence_item_data in self.evidence:
                evidence_item = evidence_item_data.to_tuple()

                evidence.append(evidence_item)




        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_tuple()


        field_dict.update({
            "payload": payload,
        })
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict


    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("payload", (None, str(self.payload).encode(), "text/plain")))



        if not isinstance(self.evidence, Unset):
            for evidence_item_element in self.evidence:
                files.append(("evidence", evidence_item_element.to_tuple()))





        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, prop.to_tuple()))



        return files


    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payload = d.pop("payload")

        _evidence = d.pop("evidence", UNSET)
        evidence: list[File] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = File(
                     payload = BytesIO(evidence_item_data)
                )



                evidence.append(evidence_item)


        create_inspection_files_body = cls(
            payload=payload,
            evidence=evidence,
        )


        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = File(
                 payload = BytesIO(prop_dict)
            )



            additional_properties[prop_name] = additional_property

        create_inspection_files_body.additional_properties = additional_properties
        return create_inspection_files_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> File:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: File) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
