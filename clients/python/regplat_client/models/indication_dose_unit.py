from enum import StrEnum

class IndicationDoseUnit(StrEnum):
    MG = "mg"
    MGKG = "mg/kg"
    MGM2 = "mg/m2"
    UNITS = "units"

    def __str__(self) -> str:
        return str(self.value)
