from enum import StrEnum

class ControlViewResultType0(StrEnum):
    FAILED = "failed"
    PASSED = "passed"

    def __str__(self) -> str:
        return str(self.value)
