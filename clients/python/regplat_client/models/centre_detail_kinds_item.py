from enum import StrEnum

class CentreDetailKindsItem(StrEnum):
    CELL_THERAPY = "cell_therapy"
    EXOSOME = "exosome"
    REGENERATIVE = "regenerative"

    def __str__(self) -> str:
        return str(self.value)
