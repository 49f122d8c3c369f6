from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.x3_answer import X3Answer





T = TypeVar("T", bound="X3Check")



@_attrs_define
class X3Check:
    """ A question put to inspections about an exosome, cell-therapy or regenerative product (SPEC X3) and its answers.

        Attributes:
            answers (list[X3Answer]):
            approval (str): research_approval | irc_code | none
            kind (str): exosome | cell_therapy | regenerative
            name_certain (bool): false when the name only suggests the kind (the expert confirms)
            activity (str | Unset):  Default: 'import'.
            verification (None | str | Unset): verified | pending
     """

    answers: list[X3Answer]
    approval: str
    kind: str
    name_certain: bool
    activity: str | Unset = 'import'
    verification: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.x3_answer import X3Answer # noqa: PLC0415
        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)



        approval = self.approval

        kind = self.kind

        name_certain = self.name_certain

        activity = self.activity

        verification: None | str | Unset
        if isinstance(self.verification, Unset):
            verification = UNSET
        else:
            verification = self.verification


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "answers": answers,
            "approval": approval,
            "kind": kind,
            "name_certain": name_certain,
        })
        if activity is not UNSET:
            field_dict["activity"] = activity
        if verification is not UNSET:
            field_dict["verification"] = verification

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.x3_answer import X3Answer # noqa: PLC0415
        d = dict(src_dict)
        answers = []
        _answers = d.pop("answers")
        for answers_item_data in (_answers):
            answers_item = X3Answer.from_dict(answers_item_data)



            answers.append(answers_item)


        approval = d.pop("approval")

        kind = d.pop("kind")

        name_certain = d.pop("name_certain")

        activity = d.pop("activity", UNSET)

        def _parse_verification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verification = _parse_verification(d.pop("verification", UNSET))


        x3_check = cls(
            answers=answers,
            approval=approval,
            kind=kind,
            name_certain=name_certain,
            activity=activity,
            verification=verification,
        )


        x3_check.additional_properties = d
        return x3_check

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
