from enum import StrEnum

class CustomsActionInAction(StrEnum):
    DG_RELEASE = "dg_release"
    EXPERT_REVIEW = "expert_review"
    HEAD_APPROVAL = "head_approval"
    IDENTIFY = "identify"
    REFUSE = "refuse"
    STAMP = "stamp"

    def __str__(self) -> str:
        return str(self.value)
