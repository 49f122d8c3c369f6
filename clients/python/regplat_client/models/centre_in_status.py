from enum import StrEnum

class CentreInStatus(StrEnum):
    ACTIVE = "active"
    APPLICANT = "applicant"
    INACTIVE = "inactive"

    def __str__(self) -> str:
        return str(self.value)
