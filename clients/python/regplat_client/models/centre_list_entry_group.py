from enum import StrEnum

class CentreListEntryGroup(StrEnum):
    ACTIVE = "active"
    APPLICANT = "applicant"
    INACTIVE = "inactive"

    def __str__(self) -> str:
        return str(self.value)
