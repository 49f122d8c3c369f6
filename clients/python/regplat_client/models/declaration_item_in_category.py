from enum import StrEnum

class DeclarationItemInCategory(StrEnum):
    FINISHED_DRUG = "finished_drug"
    RAW_MATERIAL = "raw_material"
    REFERENCE_STANDARD = "reference_standard"
    RESEARCH_SAMPLE = "research_sample"
    WORKING_STANDARD = "working_standard"

    def __str__(self) -> str:
        return str(self.value)
