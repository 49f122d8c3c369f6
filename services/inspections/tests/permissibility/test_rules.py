"""INS-R: the permissibility engine against an expected table written out by hand.

Each row: date, kind, activity, then the outcome with approval research_approval / irc_code / none.
P = permitted, X = prohibited, N = not_regulated_by_these_letters (no letter in force rules on it).
The table is the reading of seed 002 documented in services/inspections/README.md; it is NOT
computed by the engine.
"""

from __future__ import annotations

import pytest

from inspections.permissibility.rules import (
    ACTIVITIES,
    APPROVALS,
    KINDS,
    NOT_REGULATED,
    PERMITTED,
    PROHIBITED,
    CentreFacts,
    UnknownValue,
    decide,
)
from inspections.permissibility.ruleset import load_ruleset
from shared.jalali import parse_date

CODE = {"P": PERMITTED, "X": PROHIBITED, "N": NOT_REGULATED}

#            kind          activity       research_approval irc_code none
EXPECTED = """
1404/05/01  regenerative  production    N N N
1404/05/01  regenerative  import        N N N
1404/05/01  regenerative  sale          N N N
1404/05/01  regenerative  prescription  N N N
1404/05/01  regenerative  advertising   N N N
1404/05/01  regenerative  treatment     N N N
1404/05/01  regenerative  research      N N N
1404/05/01  cell_therapy  production    N N N
1404/05/01  cell_therapy  import        N N N
1404/05/01  cell_therapy  sale          N N N
1404/05/01  cell_therapy  prescription  N N N
1404/05/01  cell_therapy  advertising   N N N
1404/05/01  cell_therapy  treatment     N N N
1404/05/01  cell_therapy  research      N N N
1404/05/01  exosome       production    N X X
1404/05/01  exosome       import        N X X
1404/05/01  exosome       sale          X X X
1404/05/01  exosome       prescription  N N N
1404/05/01  exosome       advertising   N N N
1404/05/01  exosome       treatment     N N N
1404/05/01  exosome       research      N N N

1404/06/20  regenerative  production    N N N
1404/06/20  regenerative  import        N N N
1404/06/20  regenerative  sale          N N N
1404/06/20  regenerative  prescription  N N N
1404/06/20  regenerative  advertising   N N N
1404/06/20  regenerative  treatment     N N N
1404/06/20  regenerative  research      N X X
1404/06/20  cell_therapy  production    N N N
1404/06/20  cell_therapy  import        N N N
1404/06/20  cell_therapy  sale          N N N
1404/06/20  cell_therapy  prescription  N N N
1404/06/20  cell_therapy  advertising   N N N
1404/06/20  cell_therapy  treatment     N N N
1404/06/20  cell_therapy  research      N X X
1404/06/20  exosome       production    X X X
1404/06/20  exosome       import        X X X
1404/06/20  exosome       sale          X X X
1404/06/20  exosome       prescription  X X X
1404/06/20  exosome       advertising   X X X
1404/06/20  exosome       treatment     X X X
1404/06/20  exosome       research      N X X

1404/09/01  regenerative  production    X X X
1404/09/01  regenerative  import        X X X
1404/09/01  regenerative  sale          X X X
1404/09/01  regenerative  prescription  X X X
1404/09/01  regenerative  advertising   X X X
1404/09/01  regenerative  treatment     X X X
1404/09/01  regenerative  research      N X X
1404/09/01  cell_therapy  production    X X X
1404/09/01  cell_therapy  import        X X X
1404/09/01  cell_therapy  sale          X X X
1404/09/01  cell_therapy  prescription  X X X
1404/09/01  cell_therapy  advertising   X X X
1404/09/01  cell_therapy  treatment     X X X
1404/09/01  cell_therapy  research      N X X
1404/09/01  exosome       production    X X X
1404/09/01  exosome       import        X X X
1404/09/01  exosome       sale          X X X
1404/09/01  exosome       prescription  X X X
1404/09/01  exosome       advertising   X X X
1404/09/01  exosome       treatment     X X X
1404/09/01  exosome       research      N X X

1404/12/01  regenerative  production    P X X
1404/12/01  regenerative  import        P X X
1404/12/01  regenerative  sale          X X X
1404/12/01  regenerative  prescription  X P X
1404/12/01  regenerative  advertising   X X X
1404/12/01  regenerative  treatment     X P X
1404/12/01  regenerative  research      P X X
1404/12/01  cell_therapy  production    P X X
1404/12/01  cell_therapy  import        P X X
1404/12/01  cell_therapy  sale          X X X
1404/12/01  cell_therapy  prescription  X P X
1404/12/01  cell_therapy  advertising   X X X
1404/12/01  cell_therapy  treatment     X P X
1404/12/01  cell_therapy  research      P X X
1404/12/01  exosome       production    P X X
1404/12/01  exosome       import        P X X
1404/12/01  exosome       sale          X X X
1404/12/01  exosome       prescription  X P X
1404/12/01  exosome       advertising   X X X
1404/12/01  exosome       treatment     X P X
1404/12/01  exosome       research      P X X
"""


def _cases():
    for line in EXPECTED.strip().splitlines():
        if not line.strip():
            continue
        date, kind, activity, *codes = line.split()
        for approval, code in zip(APPROVALS, codes, strict=True):
            yield pytest.param(date, kind, activity, approval, CODE[code], id=f"{date}-{kind}-{activity}-{approval}")


CASES = list(_cases())


def test_ins_r_table_covers_every_cell():
    cells = {(c.values[0], c.values[1], c.values[2], c.values[3]) for c in CASES}
    assert len(cells) == 4 * len(KINDS) * len(ACTIVITIES) * len(APPROVALS) == 252


@pytest.mark.parametrize(("date", "kind", "activity", "approval", "expected"), CASES)
def test_ins_r_grid(date, kind, activity, approval, expected):
    ruling = decide(load_ruleset(), activity, kind, approval, parse_date(date))
    assert ruling.outcome == expected
    assert ruling.ruleset_version
    rules = [c for c in ruling.basis if c.kind == "rule"]
    if expected == NOT_REGULATED:
        assert ruling.permitted is None and not rules
        assert any(c.clause == "no deciding rule" for c in ruling.basis)
    else:
        assert ruling.permitted is (expected == PERMITTED)
        # the deciding rule is cited, with a letter that is in force on that date
        assert ruling.deciding_rule in {c.rule_id for c in rules}


def test_ins_r_exosome_production_import_sale_never_permitted_outside_research():
    rs = load_ruleset()
    for date in ("1403/01/10", "1404/05/01", "1404/06/12", "1404/06/31", "1404/11/19", "1404/11/20", "1405/06/01"):
        for activity in ("production", "import", "sale"):
            for approval in ("irc_code", "none"):
                r = decide(rs, activity, "exosome", approval, parse_date(date))
                assert r.outcome == PROHIBITED, (date, activity, approval)
        assert decide(rs, "sale", "exosome", "research_approval", parse_date(date)).outcome == PROHIBITED


def test_ins_r_boundaries_of_each_letter():
    rs = load_ruleset()
    # 400/10262/د starts on 1404/06/12 (exosome prescription), not the day before
    assert decide(rs, "prescription", "exosome", "none", parse_date("1404/06/11")).outcome == NOT_REGULATED
    assert decide(rs, "prescription", "exosome", "none", parse_date("1404/06/12")).outcome == PROHIBITED
    # 100/70/38754 extends the ban to regenerative and cell therapy on 1404/06/31
    assert decide(rs, "treatment", "cell_therapy", "irc_code", parse_date("1404/06/30")).outcome == NOT_REGULATED
    assert decide(rs, "treatment", "cell_therapy", "irc_code", parse_date("1404/06/31")).outcome == PROHIBITED
    # 100/10/74585 narrows the ban on 1404/11/20: IRC-approved treatment permitted from that day
    assert decide(rs, "treatment", "cell_therapy", "irc_code", parse_date("1404/11/19")).outcome == PROHIBITED
    r = decide(rs, "treatment", "cell_therapy", "irc_code", parse_date("1404/11/20"))
    assert r.outcome == PERMITTED and r.deciding_rule == "INS-R-74585-PERMIT"
    # the narrowed ban stays cited as a note (overridden), not silently dropped
    assert any(c.letter == "100/70/38754" and c.kind == "note" for c in r.basis)


def test_ins_r_permitted_exosome_treatment_warns_about_letter_661():
    r = decide(load_ruleset(), "treatment", "exosome", "irc_code", parse_date("1404/12/01"))
    assert r.outcome == PERMITTED
    assert any(c.letter == "661/2897" and c.kind == "warning" for c in r.basis)


def test_ins_r_unknown_activity_is_rejected():
    with pytest.raises(UnknownValue):
        decide(load_ruleset(), "tattooing", "exosome", "none", parse_date("1404/12/01"))


def _centre(**kw):
    base = dict(centre_id="C1", registered=True, status="active", status_act=None, licence_valid=True,
                kinds=frozenset({"cell_therapy"}), approvals=frozenset({"irc_code"}))
    base.update(kw)
    return CentreFacts(**base)


def test_ins_r_centre_closed_prohibits_even_approved_treatment():
    r = decide(load_ruleset(), "treatment", "cell_therapy", "irc_code", parse_date("1404/12/01"), _centre(status="closed", status_act="decision X"))
    assert r.outcome == PROHIBITED and r.deciding_rule == "INS-C-CLOSED"


def test_ins_r_centre_claimed_approval_not_on_record_does_not_count():
    r = decide(load_ruleset(), "research", "cell_therapy", "research_approval", parse_date("1404/12/01"), _centre())
    assert r.outcome == PROHIBITED and r.effective_approval == "none"
    assert any(c.kind == "warning" and "not on centre" in c.text for c in r.basis)


def test_ins_r_centre_held_approval_counts_without_being_claimed():
    r = decide(load_ruleset(), "treatment", "cell_therapy", "none", parse_date("1404/12/01"), _centre())
    assert r.outcome == PERMITTED and r.effective_approval == "irc_code"


def test_ins_r_centre_without_licence_after_letter_400():
    rs = load_ruleset()
    c = _centre(licence_valid=False)
    assert decide(rs, "treatment", "cell_therapy", "irc_code", parse_date("1404/06/20"), c).outcome == PROHIBITED
    # before 400/10262/د the letters did not rule on it: a warning, no invented ban
    r = decide(rs, "treatment", "cell_therapy", "irc_code", parse_date("1404/05/01"), c)
    assert r.outcome == NOT_REGULATED and any(c.kind == "warning" for c in r.basis)
