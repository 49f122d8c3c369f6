from enum import StrEnum

class ControlInCode(StrEnum):
    ADMISSION_DATE = "admission_date"
    MEDICAL_CENTRE = "medical_centre"
    PATIENT_IDENTITY = "patient_identity"
    PATIENT_PAID = "patient_paid"
    SHARE_FACTORS = "share_factors"
    SUPPLEMENTARY_INSURANCE = "supplementary_insurance"
    TOTAL_PAID = "total_paid"

    def __str__(self) -> str:
        return str(self.value)
