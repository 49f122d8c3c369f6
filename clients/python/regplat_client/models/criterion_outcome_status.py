from enum import StrEnum

class CriterionOutcomeStatus(StrEnum):
    MET = "met"
    MISSING = "missing"
    NOT_MET = "not_met"
    UNCLEAR = "unclear"

    def __str__(self) -> str:
        return str(self.value)
