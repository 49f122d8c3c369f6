"""Loading guideline files (OFL-G): the shipped folder plus OFFLABEL_GUIDELINES_EXTRA_PATH, validated, no code changes."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from offlabel.guidelines.schemas import Guideline


class GuidelineFileError(ValueError):
    """A guideline file or body that is not a valid guideline; the message names the file and the field."""


@dataclass(frozen=True)
class LoadedGuideline:
    """A guideline version with its provenance: where it came from and the hash of its content."""

    guideline: Guideline
    origin: str  # "file:<name>" for shipped/extra files, "published" for versions published over the API
    sha256: str
    published_by: str | None = None
    published_at: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, int]:
        return (self.guideline.code, self.guideline.version)


def content_hash(data: Any) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def _format_errors(exc: ValidationError) -> str:
    parts = []
    for e in exc.errors()[:10]:
        loc = ".".join(str(p) for p in e.get("loc", ())) or "(top level)"
        parts.append(f"{loc}: {e.get('msg', '').removeprefix('Value error, ')}")
    return "; ".join(parts)


def parse_guideline(data: Any, where: str) -> Guideline:
    """Validate a mapping as a guideline; GuidelineFileError naming `where` and each bad field otherwise."""
    if not isinstance(data, dict):
        raise GuidelineFileError(f"{where}: a guideline must be a mapping (YAML object), got {type(data).__name__}")
    try:
        return Guideline.model_validate(data)
    except ValidationError as exc:
        raise GuidelineFileError(f"{where}: not a valid guideline: {_format_errors(exc)}") from None


def load_guideline_file(path: Path) -> LoadedGuideline:
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise GuidelineFileError(f"{path}: cannot read a YAML guideline: {exc}") from None
    g = parse_guideline(data, str(path))
    return LoadedGuideline(g, origin=f"file:{path.name}", sha256=hashlib.sha256(text.encode()).hexdigest())


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def shipped_folder() -> Path:
    return Path(str(resources.files("offlabel.data").joinpath("guidelines")))


def load_guideline_files(extra: str | Path | None = None) -> list[LoadedGuideline]:
    """The shipped guidelines plus those in `extra` (a file or a folder); refuses a code+version defined twice."""
    paths = _files(shipped_folder())
    if extra:
        ep = Path(extra)
        if not ep.exists():
            raise GuidelineFileError(f"{ep}: OFFLABEL_GUIDELINES_EXTRA_PATH does not exist")
        paths += _files(ep) if ep.is_dir() else [ep]
    out: list[LoadedGuideline] = []
    seen: dict[tuple[str, int], str] = {}
    for p in paths:
        lg = load_guideline_file(p)
        if lg.key in seen:
            raise GuidelineFileError(f"{p}: guideline {lg.key[0]} version {lg.key[1]} is already defined in {seen[lg.key]}")
        seen[lg.key] = str(p)
        out.append(lg)
    return out


def check_letters(guideline: Guideline, registry: Any, where: str) -> None:
    """The approving letter (and the instruction it is under) must be in the regulation registry (SHR-PROV)."""
    for number in (guideline.approval.letter, guideline.approval.under, guideline.approval.registered_as):
        if number and registry.find(number) is None:
            raise GuidelineFileError(
                f"{where}: letter {number!r} is not in the regulation registry; add it there first (a new letter is a new registry record)"
            )
