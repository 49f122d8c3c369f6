from enum import StrEnum

class RolloutInRollout(StrEnum):
    DISABLED = "disabled"
    ENABLED = "enabled"
    INHERIT = "inherit"

    def __str__(self) -> str:
        return str(self.value)
