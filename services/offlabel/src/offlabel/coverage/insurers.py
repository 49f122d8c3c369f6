"""The insurers list and each insurer's coverage policy per guideline (OFL-I-POLICY): data, not code (data/insurers.yaml)."""

from __future__ import annotations

from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, Field

from shared.jalali import JDate


class CoveragePolicy(BaseModel):
    """What an insurer purchases under one guideline, as entered (authority `configuration`; provisional until confirmed)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    guideline: str = Field(pattern=r"^[a-z0-9][a-z0-9_\-]{0,59}$")
    covered_indications: list[str] = Field(default_factory=list)
    conditions: list[str] = Field(default_factory=list)
    published_by: str
    published_at: JDate | None = None
    version: str | None = None
    confirmed: bool = False


class Insurer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=r"^[A-Z][A-Z0-9_]{1,19}$")
    name: str
    name_fa: str | None = None
    source: str
    policies: list[CoveragePolicy] = Field(default_factory=list)

    def policy_for(self, guideline_code: str) -> CoveragePolicy | None:
        return next((p for p in self.policies if p.guideline == guideline_code), None)


def load_insurers() -> dict[str, Insurer]:
    data = yaml.safe_load(resources.files("offlabel.data").joinpath("insurers.yaml").read_text(encoding="utf-8"))
    items = [Insurer.model_validate(x) for x in data["insurers"]]
    return {i.code: i for i in items}
