from enum import StrEnum

class EnforcementActionInReferralToType0(StrEnum):
    DISCIPLINARY_BOARD = "disciplinary_board"
    JUDICIARY = "judiciary"
    PUNISHMENT_ORGANISATION = "punishment_organisation"

    def __str__(self) -> str:
        return str(self.value)
