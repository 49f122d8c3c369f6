from enum import StrEnum

class VerificationRunScope(StrEnum):
    ALL = "all"
    HELD = "held"

    def __str__(self) -> str:
        return str(self.value)
