from enum import StrEnum

class GuidelineChangeChange(StrEnum):
    ENDED = "ended"
    ENTERED_INTO_FORCE = "entered_into_force"

    def __str__(self) -> str:
        return str(self.value)
