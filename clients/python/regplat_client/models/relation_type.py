from enum import StrEnum

class RelationType(StrEnum):
    ANNEX_OF = "annex_of"
    CLARIFIES = "clarifies"
    FORWARDS = "forwards"
    IMPLEMENTS = "implements"
    NARROWS = "narrows"
    REFERENCES = "references"
    REGISTERED_AS = "registered_as"
    SUPERSEDES = "supersedes"

    def __str__(self) -> str:
        return str(self.value)
