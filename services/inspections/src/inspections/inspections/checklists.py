"""Versioned inspection checklists loaded from data/checklists.yaml once per process."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from inspections.permissibility.rules import Cite
from shared.jalali import parse_date

DATA = Path(__file__).resolve().parent.parent / "data" / "checklists.yaml"


@dataclass(frozen=True)
class Item:
    code: str
    text: str
    text_fa: str
    violation_type: str
    severity: str
    source: str
    cite: Cite


@dataclass(frozen=True)
class Checklist:
    version: str
    effective_from: dt.date
    source: str
    items: tuple[Item, ...]

    aliases: tuple[tuple[str, str], ...] = ()  # (old code, item code): answers under a superseded code still fit

    def canonical(self, code: str) -> str:
        return dict(self.aliases).get(code, code)

    def item(self, code: str) -> Item | None:
        code = self.canonical(code)
        return next((i for i in self.items if i.code == code), None)


def _item(version: str, i: dict) -> Item:
    """A checklist item and the citation a finding on it carries (what the item rests on, SHR-PROV)."""
    cite = Cite(
        i["letter"],
        f"checklist {version}: {i['code']}",
        f"Checklist item {i['code']}: {i['text']}",
        kind="note",
        rule_id=f"INS-CHK-{i['code']}",
        authority=i["authority"],
        quote=i.get("quote"),
        reason=i.get("reason"),
        leans_on=tuple(i.get("leans_on") or ()),
        text_fa=f"بند چک‌لیست: {i.get('text_fa', '')}",
    )
    return Item(i["code"], i["text"], i.get("text_fa", ""), i["violation_type"], i["severity"], i["source"], cite)


@lru_cache(maxsize=1)
def load_checklists(path: str | None = None) -> tuple[Checklist, ...]:
    raw = yaml.safe_load(Path(path or DATA).read_text(encoding="utf-8"))
    out = [
        Checklist(
            version=str(c["version"]),
            effective_from=parse_date(str(c["effective_from"])),
            source=c["source"],
            items=tuple(_item(str(c["version"]), i) for i in c["items"]),
            aliases=tuple((old, i["code"]) for i in c["items"] for old in i.get("aliases") or ()),
        )
        for c in raw["checklists"]
    ]
    return tuple(sorted(out, key=lambda c: c.effective_from))
