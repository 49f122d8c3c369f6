from enum import StrEnum

class CentreApprovalInType(StrEnum):
    ETHICS = "ethics"
    IRC = "irc"
    RESEARCH = "research"
    TREATMENT = "treatment"

    def __str__(self) -> str:
        return str(self.value)
