from enum import StrEnum

class X3ApprovalInType(StrEnum):
    IRC_CODE = "irc_code"
    RESEARCH_APPROVAL = "research_approval"

    def __str__(self) -> str:
        return str(self.value)
