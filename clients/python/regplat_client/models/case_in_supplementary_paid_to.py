from enum import StrEnum

class CaseInSupplementaryPaidTo(StrEnum):
    CENTRE = "centre"
    PATIENT = "patient"

    def __str__(self) -> str:
        return str(self.value)
