from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.insurer_coverage_policy import InsurerCoveragePolicy





T = TypeVar("T", bound="OffLabelInsurer")



@_attrs_define
class OffLabelInsurer:
    """ An insurer that records coverage decisions, with its coverage policies.

        Attributes:
            code (str): Send it as the request's `insurer`; an insurer's token carries it as `org`
            name (str):
            policies (list[InsurerCoveragePolicy]):
            source (str): Where the insurer's data comes from
            name_fa (None | str | Unset):
     """

    code: str
    name: str
    policies: list[InsurerCoveragePolicy]
    source: str
    name_fa: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.insurer_coverage_policy import InsurerCoveragePolicy # noqa: PLC0415
        code = self.code

        name = self.name

        policies = []
        for policies_item_data in self.policies:
            policies_item = policies_item_data.to_dict()
            policies.append(policies_item)



        source = self.source

        name_fa: None | str | Unset
        if isinstance(self.name_fa, Unset):
            name_fa = UNSET
        else:
            name_fa = self.name_fa


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "name": name,
            "policies": policies,
            "source": source,
        })
        if name_fa is not UNSET:
            field_dict["name_fa"] = name_fa

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.insurer_coverage_policy import InsurerCoveragePolicy # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        policies = []
        _policies = d.pop("policies")
        for policies_item_data in (_policies):
            policies_item = InsurerCoveragePolicy.from_dict(policies_item_data)



            policies.append(policies_item)


        source = d.pop("source")

        def _parse_name_fa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_fa = _parse_name_fa(d.pop("name_fa", UNSET))


        off_label_insurer = cls(
            code=code,
            name=name,
            policies=policies,
            source=source,
            name_fa=name_fa,
        )


        off_label_insurer.additional_properties = d
        return off_label_insurer

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
