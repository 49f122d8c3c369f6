from enum import StrEnum

class EarlierInjectionInEyeType0(StrEnum):
    LEFT = "left"
    RIGHT = "right"

    def __str__(self) -> str:
        return str(self.value)
