from enum import StrEnum

class ApprovalInType(StrEnum):
    ETHICS = "ethics"
    IRC = "irc"
    RESEARCH = "research"
    TREATMENT = "treatment"

    def __str__(self) -> str:
        return str(self.value)
