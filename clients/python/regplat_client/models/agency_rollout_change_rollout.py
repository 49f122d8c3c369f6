from enum import StrEnum

class AgencyRolloutChangeRollout(StrEnum):
    DISABLED = "disabled"
    ENABLED = "enabled"
    INHERIT = "inherit"

    def __str__(self) -> str:
        return str(self.value)
