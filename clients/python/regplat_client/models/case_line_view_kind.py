from enum import StrEnum

class CaseLineViewKind(StrEnum):
    DRUG = "drug"
    SERVICE = "service"

    def __str__(self) -> str:
        return str(self.value)
