from enum import StrEnum

class GoodsOwnerKind(StrEnum):
    LEGAL = "legal"
    NATURAL = "natural"

    def __str__(self) -> str:
        return str(self.value)
