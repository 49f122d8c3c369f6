from enum import StrEnum

class RolloutStatusPhase(StrEnum):
    PILOT = "pilot"
    ROLLOUT = "rollout"

    def __str__(self) -> str:
        return str(self.value)
