from enum import StrEnum

class CitationAuthorityType0(StrEnum):
    CONFIGURATION = "configuration"
    EVIDENCE = "evidence"
    INTERPRETATION = "interpretation"
    SOURCE = "source"

    def __str__(self) -> str:
        return str(self.value)
