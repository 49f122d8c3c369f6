from enum import StrEnum

class CentreStatusRulingInStatus(StrEnum):
    ACTIVE = "active"
    APPLICANT = "applicant"
    INACTIVE = "inactive"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
