from enum import StrEnum

class SeizureInventoryLineInKindType0(StrEnum):
    CELL_THERAPY = "cell_therapy"
    EXOSOME = "exosome"
    OTHER = "other"
    REGENERATIVE = "regenerative"

    def __str__(self) -> str:
        return str(self.value)
