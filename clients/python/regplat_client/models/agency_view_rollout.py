from enum import StrEnum

class AgencyViewRollout(StrEnum):
    DISABLED = "disabled"
    ENABLED = "enabled"
    INHERIT = "inherit"

    def __str__(self) -> str:
        return str(self.value)
