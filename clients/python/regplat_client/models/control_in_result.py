from enum import StrEnum

class ControlInResult(StrEnum):
    FAILED = "failed"
    PASSED = "passed"

    def __str__(self) -> str:
        return str(self.value)
