from enum import StrEnum

class PermissibilityRulingOutcome(StrEnum):
    NOT_REGULATED_BY_THESE_LETTERS = "not_regulated_by_these_letters"
    PERMITTED = "permitted"
    PROHIBITED = "prohibited"
    REQUIRES_VERIFICATION = "requires_verification"

    def __str__(self) -> str:
        return str(self.value)
