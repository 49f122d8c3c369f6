from enum import StrEnum

class PenaltyDecisionInOutcome(StrEnum):
    IMPOSED = "imposed"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)
