from enum import StrEnum

class LineInKind(StrEnum):
    DRUG = "drug"
    SERVICE = "service"

    def __str__(self) -> str:
        return str(self.value)
