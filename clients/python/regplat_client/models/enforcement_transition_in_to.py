from enum import StrEnum

class EnforcementTransitionInTo(StrEnum):
    CONCLUDED = "concluded"
    EXECUTED = "executed"
    LIFTED = "lifted"

    def __str__(self) -> str:
        return str(self.value)
