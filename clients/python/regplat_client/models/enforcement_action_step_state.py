from enum import StrEnum

class EnforcementActionStepState(StrEnum):
    CONCLUDED = "concluded"
    EXECUTED = "executed"
    LIFTED = "lifted"
    ORDERED = "ordered"

    def __str__(self) -> str:
        return str(self.value)
