from enum import StrEnum

class PermissibilityRulingActivity(StrEnum):
    ADVERTISING = "advertising"
    IMPORT = "import"
    PRESCRIPTION = "prescription"
    PRODUCTION = "production"
    RESEARCH = "research"
    SALE = "sale"
    TREATMENT = "treatment"

    def __str__(self) -> str:
        return str(self.value)
