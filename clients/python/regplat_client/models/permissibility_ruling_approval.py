from enum import StrEnum

class PermissibilityRulingApproval(StrEnum):
    IRC_CODE = "irc_code"
    NONE = "none"
    RESEARCH_APPROVAL = "research_approval"

    def __str__(self) -> str:
        return str(self.value)
