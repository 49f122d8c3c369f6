from enum import StrEnum

class GuidelineSourceKind(StrEnum):
    GUIDANCE = "guidance"
    LABEL = "label"
    PLATFORM_CHOICE = "platform_choice"
    PRACTICE_PATTERN = "practice_pattern"
    REVIEW = "review"
    STANDARD = "standard"
    TRIAL = "trial"

    def __str__(self) -> str:
        return str(self.value)
