from enum import StrEnum

class EnforcementActionInType(StrEnum):
    CLOSURE = "closure"
    REFERRAL = "referral"
    SEIZURE = "seizure"

    def __str__(self) -> str:
        return str(self.value)
