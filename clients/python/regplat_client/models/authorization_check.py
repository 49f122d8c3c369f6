from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.administration_check import AdministrationCheck
  from ..models.authorization_query import AuthorizationQuery
  from ..models.off_label_authorization import OffLabelAuthorization
  from ..models.off_label_citation import OffLabelCitation





T = TypeVar("T", bound="AuthorizationCheck")



@_attrs_define
class AuthorizationCheck:
    """ Whether this patient's treatment on this date had an approved course covering it, and whether it is covered.

        Attributes:
            authorization (None | OffLabelAuthorization): The best matching approval; null when none
            authorized (bool): An approved course covers the administration on this date
            authorized_and_covered (bool):
            basis (list[OffLabelCitation]):
            covered (bool): The insurer recorded `covered` on that approval
            query (AuthorizationQuery): What was asked (the national code masked).
            reason (str):
            administration (AdministrationCheck | None | Unset):
     """

    authorization: None | OffLabelAuthorization
    authorized: bool
    authorized_and_covered: bool
    basis: list[OffLabelCitation]
    covered: bool
    query: AuthorizationQuery
    reason: str
    administration: AdministrationCheck | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.administration_check import AdministrationCheck # noqa: PLC0415
        from ..models.authorization_query import AuthorizationQuery # noqa: PLC0415
        from ..models.off_label_authorization import OffLabelAuthorization # noqa: PLC0415
        from ..models.off_label_citation import OffLabelCitation # noqa: PLC0415
        authorization: dict[str, Any] | None
        if isinstance(self.authorization, OffLabelAuthorization):
            authorization = self.authorization.to_dict()
        else:
            authorization = self.authorization

        authorized = self.authorized

        authorized_and_covered = self.authorized_and_covered

        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        covered = self.covered

        query = self.query.to_dict()

        reason = self.reason

        administration: dict[str, Any] | None | Unset
        if isinstance(self.administration, Unset):
            administration = UNSET
        elif isinstance(self.administration, AdministrationCheck):
            administration = self.administration.to_dict()
        else:
            administration = self.administration


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "authorization": authorization,
            "authorized": authorized,
            "authorized_and_covered": authorized_and_covered,
            "basis": basis,
            "covered": covered,
            "query": query,
            "reason": reason,
        })
        if administration is not UNSET:
            field_dict["administration"] = administration

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.administration_check import AdministrationCheck # noqa: PLC0415
        from ..models.authorization_query import AuthorizationQuery # noqa: PLC0415
        from ..models.off_label_authorization import OffLabelAuthorization # noqa: PLC0415
        from ..models.off_label_citation import OffLabelCitation # noqa: PLC0415
        d = dict(src_dict)
        def _parse_authorization(data: object) -> None | OffLabelAuthorization:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                authorization_type_0 = OffLabelAuthorization.from_dict(data)



                return authorization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OffLabelAuthorization, data)

        authorization = _parse_authorization(d.pop("authorization"))


        authorized = d.pop("authorized")

        authorized_and_covered = d.pop("authorized_and_covered")

        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = OffLabelCitation.from_dict(basis_item_data)



            basis.append(basis_item)


        covered = d.pop("covered")

        query = AuthorizationQuery.from_dict(d.pop("query"))




        reason = d.pop("reason")

        def _parse_administration(data: object) -> AdministrationCheck | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                administration_type_0 = AdministrationCheck.from_dict(data)



                return administration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdministrationCheck | None | Unset, data)

        administration = _parse_administration(d.pop("administration", UNSET))


        authorization_check = cls(
            authorization=authorization,
            authorized=authorized,
            authorized_and_covered=authorized_and_covered,
            basis=basis,
            covered=covered,
            query=query,
            reason=reason,
            administration=administration,
        )


        authorization_check.additional_properties = d
        return authorization_check

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
