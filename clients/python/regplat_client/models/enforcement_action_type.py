from enum import StrEnum

class EnforcementActionType(StrEnum):
    CLOSURE = "closure"
    REFERRAL = "referral"
    SEIZURE = "seizure"

    def __str__(self) -> str:
        return str(self.value)
