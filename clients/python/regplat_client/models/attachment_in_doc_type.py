from enum import StrEnum

class AttachmentInDocType(StrEnum):
    BILL = "bill"
    DISCHARGE_SUMMARY = "discharge_summary"
    ID_DOCUMENT = "id_document"
    OTHER = "other"
    POWER_OF_ATTORNEY = "power_of_attorney"
    PRESCRIPTION = "prescription"
    PROSTHESIS_INVOICE = "prosthesis_invoice"
    SUPPLEMENTARY_STATEMENT = "supplementary_statement"

    def __str__(self) -> str:
        return str(self.value)
