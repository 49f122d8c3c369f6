from enum import StrEnum

class OwnerKind(StrEnum):
    LEGAL = "legal"
    NATURAL = "natural"

    def __str__(self) -> str:
        return str(self.value)
