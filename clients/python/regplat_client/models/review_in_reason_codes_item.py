from enum import StrEnum

class ReviewInReasonCodesItem(StrEnum):
    DATA_ENTRY_ERROR = "data_entry_error"
    MISSING_DOCUMENTS = "missing_documents"
    OBLIGATION_MISMATCH = "obligation_mismatch"
    OTHER = "other"
    REVIEW_ERROR = "review_error"

    def __str__(self) -> str:
        return str(self.value)
