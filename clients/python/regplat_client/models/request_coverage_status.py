from enum import StrEnum

class RequestCoverageStatus(StrEnum):
    COVERED = "covered"
    NOT_COVERED = "not_covered"

    def __str__(self) -> str:
        return str(self.value)
