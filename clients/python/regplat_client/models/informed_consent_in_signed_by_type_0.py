from enum import StrEnum

class InformedConsentInSignedByType0(StrEnum):
    GUARDIAN = "guardian"
    PATIENT = "patient"

    def __str__(self) -> str:
        return str(self.value)
