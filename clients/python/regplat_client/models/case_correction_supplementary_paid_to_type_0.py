from enum import StrEnum

class CaseCorrectionSupplementaryPaidToType0(StrEnum):
    CENTRE = "centre"
    PATIENT = "patient"

    def __str__(self) -> str:
        return str(self.value)
