from enum import StrEnum

class VerifiedItemUnit(StrEnum):
    G = "g"
    PACK = "pack"

    def __str__(self) -> str:
        return str(self.value)
