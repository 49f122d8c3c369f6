from enum import StrEnum

class CreateInspectionJsonInspectionInAnswerInSeverityType0(StrEnum):
    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"

    def __str__(self) -> str:
        return str(self.value)
