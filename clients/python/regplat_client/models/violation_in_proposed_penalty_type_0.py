from enum import StrEnum

class ViolationInProposedPenaltyType0(StrEnum):
    FINE = "fine"
    SUSPENSION = "suspension"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
