from enum import StrEnum

class AssessmentRulesInUnknownServiceCode(StrEnum):
    EXCLUDE = "exclude"
    NO_CEILING = "no_ceiling"

    def __str__(self) -> str:
        return str(self.value)
