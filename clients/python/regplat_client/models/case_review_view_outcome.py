from enum import StrEnum

class CaseReviewViewOutcome(StrEnum):
    APPROVED = "approved"
    RETURNED = "returned"

    def __str__(self) -> str:
        return str(self.value)
