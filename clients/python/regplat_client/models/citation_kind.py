from enum import StrEnum

class CitationKind(StrEnum):
    NOTE = "note"
    RULE = "rule"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
