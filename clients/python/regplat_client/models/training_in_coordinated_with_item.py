from enum import StrEnum

class TrainingInCoordinatedWithItem(StrEnum):
    INDIRECT_TREATMENT_DIRECTORATE = "indirect_treatment_directorate"
    SECRETARIAT = "secretariat"

    def __str__(self) -> str:
        return str(self.value)
