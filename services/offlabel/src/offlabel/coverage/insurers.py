"""The insurers list (OFL-I): data, not code (data/insurers.yaml)."""

from __future__ import annotations

from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, Field


class Insurer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=r"^[A-Z][A-Z0-9_]{1,19}$")
    name: str
    name_fa: str | None = None
    source: str


def load_insurers() -> dict[str, Insurer]:
    data = yaml.safe_load(resources.files("offlabel.data").joinpath("insurers.yaml").read_text(encoding="utf-8"))
    items = [Insurer.model_validate(x) for x in data["insurers"]]
    return {i.code: i for i in items}
