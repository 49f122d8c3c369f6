from enum import StrEnum

class CentreDetailStatus(StrEnum):
    ACTIVE = "active"
    APPLICANT = "applicant"
    CLOSED = "closed"
    INACTIVE = "inactive"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
