from enum import StrEnum

class PrecheckInDirection(StrEnum):
    EXPORT = "export"
    IMPORT = "import"

    def __str__(self) -> str:
        return str(self.value)
