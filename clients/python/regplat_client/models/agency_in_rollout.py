from enum import StrEnum

class AgencyInRollout(StrEnum):
    DISABLED = "disabled"
    ENABLED = "enabled"
    INHERIT = "inherit"

    def __str__(self) -> str:
        return str(self.value)
