from enum import StrEnum

class ReviewOutcomeOutcome(StrEnum):
    APPROVED = "approved"
    RETURNED = "returned"

    def __str__(self) -> str:
        return str(self.value)
