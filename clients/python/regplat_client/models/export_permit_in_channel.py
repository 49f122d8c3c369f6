from enum import StrEnum

class ExportPermitInChannel(StrEnum):
    PASSENGER = "passenger"
    POSTAL = "postal"

    def __str__(self) -> str:
        return str(self.value)
