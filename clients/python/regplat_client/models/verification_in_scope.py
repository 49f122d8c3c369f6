from enum import StrEnum

class VerificationInScope(StrEnum):
    ALL = "all"
    HELD = "held"

    def __str__(self) -> str:
        return str(self.value)
