from enum import StrEnum

class DeclarationInPurpose(StrEnum):
    COMMERCIAL = "commercial"
    DONATION = "donation"
    MARKETING_SAMPLE = "marketing_sample"
    PERSONAL_USE = "personal_use"
    RESEARCH_SAMPLE = "research_sample"

    def __str__(self) -> str:
        return str(self.value)
