from enum import StrEnum

class ReviewItemDecisionDecision(StrEnum):
    ACCEPT = "accept"
    REFUSE = "refuse"

    def __str__(self) -> str:
        return str(self.value)
