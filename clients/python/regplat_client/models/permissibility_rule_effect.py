from enum import StrEnum

class PermissibilityRuleEffect(StrEnum):
    NOTE = "note"
    PERMIT = "permit"
    PROHIBIT = "prohibit"

    def __str__(self) -> str:
        return str(self.value)
