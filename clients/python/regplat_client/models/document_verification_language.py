from enum import StrEnum

class DocumentVerificationLanguage(StrEnum):
    EN = "en"
    FA = "fa"

    def __str__(self) -> str:
        return str(self.value)
