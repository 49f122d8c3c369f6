from enum import StrEnum

class VerificationSummaryState(StrEnum):
    COMPLETE = "complete"
    HELD = "held"
    NOT_REQUIRED = "not_required"

    def __str__(self) -> str:
        return str(self.value)
