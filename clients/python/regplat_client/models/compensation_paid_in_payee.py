from enum import StrEnum

class CompensationPaidInPayee(StrEnum):
    CLIENT = "client"
    ORGANIZATION = "organization"

    def __str__(self) -> str:
        return str(self.value)
