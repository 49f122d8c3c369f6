from enum import StrEnum

class PrecheckInChannel(StrEnum):
    CARGO = "cargo"
    PASSENGER = "passenger"
    POSTAL = "postal"

    def __str__(self) -> str:
        return str(self.value)
