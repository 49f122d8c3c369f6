from enum import StrEnum

class InspectionDetailOutcome(StrEnum):
    COMPLIANT = "compliant"
    NON_COMPLIANT = "non_compliant"

    def __str__(self) -> str:
        return str(self.value)
