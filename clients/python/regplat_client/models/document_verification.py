from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.document_verification_language import DocumentVerificationLanguage
from ..models.document_verification_status import DocumentVerificationStatus
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.verified_document import VerifiedDocument





T = TypeVar("T", bound="DocumentVerification")



@_attrs_define
class DocumentVerification:
    """ valid: the record still states what the paper states; altered: the record changed after printing (or is gone);
    superseded: a newer copy was printed after the record changed; unknown: no document has this code.

        Attributes:
            authentic (bool): True only for `valid`
            checked_at (str):
            code (str): The code, grouped (ABCD-EFGH-IJKL-MNOP)
            current (None | VerifiedDocument): What the record says now, when it differs (altered / superseded)
            differences (list[str]): Fields in which the record differs from what was issued
            document (None | VerifiedDocument): What was issued under this code (null when unknown, or when the stored copy
                fails its own code)
            language (DocumentVerificationLanguage):
            message (str): What the status means for the reader, in the answer's language
            status (DocumentVerificationStatus):
            superseded_by (None | str | Unset): The code of the newer copy (superseded)
     """

    authentic: bool
    checked_at: str
    code: str
    current: None | VerifiedDocument
    differences: list[str]
    document: None | VerifiedDocument
    language: DocumentVerificationLanguage
    message: str
    status: DocumentVerificationStatus
    superseded_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.verified_document import VerifiedDocument # noqa: PLC0415
        authentic = self.authentic

        checked_at = self.checked_at

        code = self.code

        current: dict[str, Any] | None
        if isinstance(self.current, VerifiedDocument):
            current = self.current.to_dict()
        else:
            current = self.current

        differences = self.differences



        document: dict[str, Any] | None
        if isinstance(self.document, VerifiedDocument):
            document = self.document.to_dict()
        else:
            document = self.document

        language = self.language.value

        message = self.message

        status = self.status.value

        superseded_by: None | str | Unset
        if isinstance(self.superseded_by, Unset):
            superseded_by = UNSET
        else:
            superseded_by = self.superseded_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "authentic": authentic,
            "checked_at": checked_at,
            "code": code,
            "current": current,
            "differences": differences,
            "document": document,
            "language": language,
            "message": message,
            "status": status,
        })
        if superseded_by is not UNSET:
            field_dict["superseded_by"] = superseded_by

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.verified_document import VerifiedDocument # noqa: PLC0415
        d = dict(src_dict)
        authentic = d.pop("authentic")

        checked_at = d.pop("checked_at")

        code = d.pop("code")

        def _parse_current(data: object) -> None | VerifiedDocument:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_type_0 = VerifiedDocument.from_dict(data)



                return current_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | VerifiedDocument, data)

        current = _parse_current(d.pop("current"))


        differences = cast(list[str], d.pop("differences"))


        def _parse_document(data: object) -> None | VerifiedDocument:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                document_type_0 = VerifiedDocument.from_dict(data)



                return document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | VerifiedDocument, data)

        document = _parse_document(d.pop("document"))


        language = DocumentVerificationLanguage(d.pop("language"))




        message = d.pop("message")

        status = DocumentVerificationStatus(d.pop("status"))




        def _parse_superseded_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        superseded_by = _parse_superseded_by(d.pop("superseded_by", UNSET))


        document_verification = cls(
            authentic=authentic,
            checked_at=checked_at,
            code=code,
            current=current,
            differences=differences,
            document=document,
            language=language,
            message=message,
            status=status,
            superseded_by=superseded_by,
        )


        document_verification.additional_properties = d
        return document_verification

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
