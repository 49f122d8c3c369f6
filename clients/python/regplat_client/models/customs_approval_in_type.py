from enum import StrEnum

class CustomsApprovalInType(StrEnum):
    IRC_CODE = "irc_code"
    RESEARCH_APPROVAL = "research_approval"

    def __str__(self) -> str:
        return str(self.value)
