from enum import StrEnum

class RecordedAdministrationRecordedBy(StrEnum):
    ADMIN = "admin"
    CLAIMS = "claims"
    PHYSICIAN = "physician"

    def __str__(self) -> str:
        return str(self.value)
