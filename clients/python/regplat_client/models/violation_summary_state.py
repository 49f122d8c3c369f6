from enum import StrEnum

class ViolationSummaryState(StrEnum):
    ACTIONED = "actioned"
    OPEN = "open"
    RESOLVED = "resolved"

    def __str__(self) -> str:
        return str(self.value)
