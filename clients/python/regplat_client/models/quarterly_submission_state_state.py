from enum import StrEnum

class QuarterlySubmissionStateState(StrEnum):
    NOT_SENT_OVERDUE = "not_sent_overdue"
    NOT_YET_DUE = "not_yet_due"
    SENT_LATE = "sent_late"
    SENT_ON_TIME = "sent_on_time"

    def __str__(self) -> str:
        return str(self.value)
