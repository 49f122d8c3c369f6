from enum import StrEnum

class ViolationInKind(StrEnum):
    ABUSE = "abuse"
    ERROR = "error"
    NON_COMPLIANCE = "non_compliance"
    UPHELD_COMPLAINT = "upheld_complaint"
    VIOLATION = "violation"

    def __str__(self) -> str:
        return str(self.value)
