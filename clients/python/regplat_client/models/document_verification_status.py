from enum import StrEnum

class DocumentVerificationStatus(StrEnum):
    ALTERED = "altered"
    SUPERSEDED = "superseded"
    UNKNOWN = "unknown"
    VALID = "valid"

    def __str__(self) -> str:
        return str(self.value)
