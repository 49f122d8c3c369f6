"""Settings of the decision log's signing key and checkpoint store (SHR-PROV), part of every service's settings."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings


class DecisionLogSettings(BaseSettings):
    """Where the decision-chain signing key and the signed checkpoints live: never in the service's database.

    Production refuses the development key and an unset checkpoint folder when the app is built
    (shared.checkpoints.refuse_defaults), so settings of other tools still load without them.
    """

    decision_signing_key_path: Path | None = None
    decision_signing_key: SecretStr | None = None
    decision_checkpoint_dir: Path | None = None
    decision_checkpoint_every: int = Field(100, ge=1)
    decision_checkpoint_seconds: float = Field(300.0, ge=0)
