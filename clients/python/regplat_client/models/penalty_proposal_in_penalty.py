from enum import StrEnum

class PenaltyProposalInPenalty(StrEnum):
    FINE = "fine"
    SUSPENSION = "suspension"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
