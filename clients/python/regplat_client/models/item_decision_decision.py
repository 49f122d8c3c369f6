from enum import StrEnum

class ItemDecisionDecision(StrEnum):
    ACCEPT = "accept"
    REFUSE = "refuse"

    def __str__(self) -> str:
        return str(self.value)
