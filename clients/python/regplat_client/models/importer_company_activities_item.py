from enum import StrEnum

class ImporterCompanyActivitiesItem(StrEnum):
    IMPORT = "import"
    PRODUCTION = "production"

    def __str__(self) -> str:
        return str(self.value)
