from enum import StrEnum

class VerifiedDocumentKind(StrEnum):
    CLEARANCE_LETTER = "clearance_letter"
    EXPORT_PERMIT = "export_permit"

    def __str__(self) -> str:
        return str(self.value)
