from enum import StrEnum

class RequestEvaluationOutcome(StrEnum):
    APPROVED = "approved"
    DENIED = "denied"
    NO_GUIDELINE = "no_guideline"
    PENDING_CLARIFICATION = "pending_clarification"
    PENDING_DOCUMENTS = "pending_documents"

    def __str__(self) -> str:
        return str(self.value)
