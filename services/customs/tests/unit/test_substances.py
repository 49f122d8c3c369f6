"""Issue 11: substance identification. A corpus of names people really write (brands and generics in both scripts,
common misspellings, combination products) resolves to the expected substances; names that are not medicines on
the lists match nothing; every name of a controlled, doping or abortifacient substance gets the controls of its INN;
a short word never matches inside another one."""

from __future__ import annotations

from pathlib import Path

import pytest

from customs.declarations.rules import Engine
from customs.reference.lists import LIST_SPECS, split
from customs.reference.substances import tokens

CORPUS = Path(__file__).parent / "data" / "name_corpus.tsv"
CONTROL_LISTS = ("controlled", "doping", "abortifacients")


def corpus() -> list[tuple[str, list[str]]]:
    rows = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, expected = line.split("\t")
            rows.append((name, [] if expected == "-" else expected.split("|")))
    return rows


def test_cus_id_corpus_has_at_least_300_real_names():
    names = corpus()
    assert len(names) >= 300
    assert sum(1 for _, e in names if not e) >= 15  # names that must match nothing
    persian = [n for n, _ in names if any("\u0600" <= ch <= "\u06ff" for ch in n)]
    assert len(persian) >= 100


def test_cus_id_corpus_names_resolve_to_their_substances(engine: Engine):
    wrong = []
    for name, expected in corpus():
        found = engine.classify(name)
        got = sorted(s["substance"] for s in found["substances"])
        if got != sorted(expected) or bool(found["unidentified"]) != (not expected):
            wrong.append(f"{name!r}: expected {sorted(expected)}, got {got}")
    assert wrong == []


def _controls(found: dict) -> set[str]:
    return {f"{k}:{r['name_en']}" for k in CONTROL_LISTS for r in found[k]}


def test_cus_6_3_1_cus_6_3_2_cus_6_3_every_listed_name_gets_the_controls_of_its_inn(engine: Engine, reference):
    """Each name (both scripts, brands, synonyms) of every controlled, doping and abortifacient row, and every name the
    substance index gives its substance, gets at least the controls its INN gets."""
    idx = reference.substances
    by_sub = {r["substance"].casefold(): r for r in reference.lists["substances"]}
    missing = []
    for list_name in CONTROL_LISTS:
        spec = LIST_SPECS[list_name]
        for row in reference.lists[list_name]:
            inn_controls = _controls(engine.classify(row["name_en"]))
            assert f"{list_name}:{row['name_en']}" in inn_controls, row["name_en"]
            names = [n for col in spec["names"] for n in split(row.get(col))]
            sub = by_sub.get(row["name_en"].casefold())
            if sub:
                names += [sub["substance"], sub["name_fa"], *split(sub["names"]), *split(sub["brands"])]
            for n in names:
                if len("".join(tokens(n))) < 3:
                    continue  # too short to be a name on its own (e.g. "GH"): never matched alone
                if not inn_controls <= _controls(engine.classify(n)):
                    missing.append(f"{list_name} {row['name_en']}: {n!r}")
    assert missing == []
    assert idx.resolve("Xanax") == ["alprazolam"]


@pytest.mark.parametrize("name", ["سلولیت", "Diazepamine cream", "Cytotecnic", "Ritalinx", "فنترمینال", "ژلاتین", "کدئینات"])
def test_cus_id_a_listed_word_never_matches_inside_another_word(engine: Engine, name):
    found = engine.classify(name)
    assert found["substances"] == [] and not any(found[k] for k in CONTROL_LISTS)


def test_cus_id_strength_form_pack_words_letter_variants_and_zwnj_do_not_change_the_substance(engine: Engine):
    for name in ("آلپرازولام", "آلپرازولام ۰٫۵ میلی گرم", "قرص آلپرازولام 0.5mg", "الپرازولام", "آلپرازولام\u200c ۱", "آلپرازولام", "ALPRAZOLAM 1 MG TAB"):
        assert [s["substance"] for s in engine.classify(name)["substances"]] == ["alprazolam"], name
    assert [s["substance"] for s in engine.classify("دیازپام")["substances"]] == ["diazepam"]  # Arabic yeh
