"""INS-R (SPEC as amended, corrections of 1405/09/10): the permissibility engine against a ruling grid written out by hand.

Each row: date, kind, activity, then the outcome with approval research_approval (an ethics approval,
کد اخلاق) / irc_code (a product's FDO registration) / none. P = permitted, X = prohibited,
N = not_regulated_by_these_letters, V = requires_verification (a claimed IRC for an exosome product
that the registry does not hold as a verified FDO registration); the digits after the letter are the
letters the ruling applies (its `rule` citations): 1 = 661/2897, 2 = 400/10262/د, 4 = 100/10/74585. The grid is the reading of seed 002
documented in services/inspections/README.md; it is NOT computed by the engine.

Periods: before 1404/05/01 no letter; 661/2897 from 1404/05/01 (known only through 400/10262/د);
400/10262/د from 1404/06/12; 100/70/38754 from 1404/06/31 (forwards, no ban of its own); 100/10/74585
from 1404/11/20 (approved research and IRC treatment «همچنان» permitted: the same grid as from 06/12).
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
    REQUIRES_VERIFICATION,
    CentreFacts,
    UnknownValue,
    decide,
)
from inspections.permissibility.ruleset import load_ruleset
from shared.jalali import parse_date

CODE = {"P": PERMITTED, "X": PROHIBITED, "N": NOT_REGULATED, "V": REQUIRES_VERIFICATION}
LETTER = {"1": "661/2897", "2": "400/10262/د", "4": "100/10/74585"}

#            kind          activity       research_approval irc_code none
EXPECTED = """
1404/04/31  regenerative  production    N N N
1404/04/31  regenerative  import        N N N
1404/04/31  regenerative  sale          N N N
1404/04/31  regenerative  prescription  N N N
1404/04/31  regenerative  advertising   N N N
1404/04/31  regenerative  treatment     N N N
1404/04/31  regenerative  research      N N N
1404/04/31  cell_therapy  production    N N N
1404/04/31  cell_therapy  import        N N N
1404/04/31  cell_therapy  sale          N N N
1404/04/31  cell_therapy  prescription  N N N
1404/04/31  cell_therapy  advertising   N N N
1404/04/31  cell_therapy  treatment     N N N
1404/04/31  cell_therapy  research      N N N
1404/04/31  exosome       production    N N N
1404/04/31  exosome       import        N N N
1404/04/31  exosome       sale          N N N
1404/04/31  exosome       prescription  N N N
1404/04/31  exosome       advertising   N N N
1404/04/31  exosome       treatment     N N N
1404/04/31  exosome       research      N N N

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
1404/05/01  exosome       production    N X1 X1
1404/05/01  exosome       import        N X1 X1
1404/05/01  exosome       sale          X1 X1 X1
1404/05/01  exosome       prescription  N N N
1404/05/01  exosome       advertising   N N N
1404/05/01  exosome       treatment     N N N
1404/05/01  exosome       research      N N N

1404/06/20  regenerative  production    P2 N X2
1404/06/20  regenerative  import        P2 N X2
1404/06/20  regenerative  sale          X2 N X2
1404/06/20  regenerative  prescription  X2 P2 X2
1404/06/20  regenerative  advertising   X2 X2 X2
1404/06/20  regenerative  treatment     X2 P2 X2
1404/06/20  regenerative  research      P2 X2 X2
1404/06/20  cell_therapy  production    P2 N X2
1404/06/20  cell_therapy  import        P2 N X2
1404/06/20  cell_therapy  sale          X2 N X2
1404/06/20  cell_therapy  prescription  X2 P2 X2
1404/06/20  cell_therapy  advertising   X2 X2 X2
1404/06/20  cell_therapy  treatment     X2 P2 X2
1404/06/20  cell_therapy  research      P2 X2 X2
1404/06/20  exosome       production    P2 X12 X12
1404/06/20  exosome       import        P2 X12 X12
1404/06/20  exosome       sale          X12 X12 X12
1404/06/20  exosome       prescription  X2 V2 X2
1404/06/20  exosome       advertising   X2 X2 X2
1404/06/20  exosome       treatment     X2 V2 X2
1404/06/20  exosome       research      P2 X2 X2

1404/09/01  regenerative  production    P2 N X2
1404/09/01  regenerative  import        P2 N X2
1404/09/01  regenerative  sale          X2 N X2
1404/09/01  regenerative  prescription  X2 P2 X2
1404/09/01  regenerative  advertising   X2 X2 X2
1404/09/01  regenerative  treatment     X2 P2 X2
1404/09/01  regenerative  research      P2 X2 X2
1404/09/01  cell_therapy  production    P2 N X2
1404/09/01  cell_therapy  import        P2 N X2
1404/09/01  cell_therapy  sale          X2 N X2
1404/09/01  cell_therapy  prescription  X2 P2 X2
1404/09/01  cell_therapy  advertising   X2 X2 X2
1404/09/01  cell_therapy  treatment     X2 P2 X2
1404/09/01  cell_therapy  research      P2 X2 X2
1404/09/01  exosome       production    P2 X12 X12
1404/09/01  exosome       import        P2 X12 X12
1404/09/01  exosome       sale          X12 X12 X12
1404/09/01  exosome       prescription  X2 V2 X2
1404/09/01  exosome       advertising   X2 X2 X2
1404/09/01  exosome       treatment     X2 V2 X2
1404/09/01  exosome       research      P2 X2 X2

1404/12/01  regenerative  production    P2 N X24
1404/12/01  regenerative  import        P2 N X24
1404/12/01  regenerative  sale          X24 N X24
1404/12/01  regenerative  prescription  X24 P2 X24
1404/12/01  regenerative  advertising   X24 X24 X24
1404/12/01  regenerative  treatment     X24 P24 X24
1404/12/01  regenerative  research      P24 X24 X24
1404/12/01  cell_therapy  production    P2 N X24
1404/12/01  cell_therapy  import        P2 N X24
1404/12/01  cell_therapy  sale          X24 N X24
1404/12/01  cell_therapy  prescription  X24 P2 X24
1404/12/01  cell_therapy  advertising   X24 X24 X24
1404/12/01  cell_therapy  treatment     X24 P24 X24
1404/12/01  cell_therapy  research      P24 X24 X24
1404/12/01  exosome       production    P2 X12 X124
1404/12/01  exosome       import        P2 X12 X124
1404/12/01  exosome       sale          X124 X12 X124
1404/12/01  exosome       prescription  X24 V2 X24
1404/12/01  exosome       advertising   X24 X24 X24
1404/12/01  exosome       treatment     X24 V24 X24
1404/12/01  exosome       research      P24 X24 X24
"""

CELLS = []
for line in EXPECTED.strip().splitlines():
    if not line.strip():
        continue
    date, kind, activity, *outs = line.split()
    for approval, out in zip(APPROVALS, outs, strict=True):
        CELLS.append((date, kind, activity, approval, CODE[out[0]], frozenset(LETTER[d] for d in out[1:])))


def test_ins_r_grid_covers_every_cell():
    dates = {c[0] for c in CELLS}
    assert len(CELLS) == len(dates) * len(KINDS) * len(ACTIVITIES) * len(APPROVALS) == 315


@pytest.mark.parametrize(("date", "kind", "activity", "approval", "expected", "letters"), CELLS)
def test_ins_r_grid(date, kind, activity, approval, expected, letters):
    r = decide(load_ruleset(), activity, kind, approval, parse_date(date))
    assert r.outcome == expected, [(c.rule_id, c.kind) for c in r.basis]
    assert {c.letter for c in r.basis if c.kind == "rule"} == letters, [(c.rule_id, c.kind) for c in r.basis]
    assert r.basis, "every ruling carries a basis"
    assert all(c.authority in ("source", "interpretation") for c in r.basis)
    # the letters cited in a ruling are all in force on its date: no letter applied before its own date
    applied = {c.letter for c in r.basis if c.kind == "rule"}
    dated = {"661/2897": "1404/05/01", "400/10262/د": "1404/06/12", "100/70/38754": "1404/06/31", "100/10/74585": "1404/11/20"}
    for letter in applied:
        assert parse_date(dated[letter]) <= parse_date(date), (letter, date)


def test_ins_r_before_the_first_letter_not_regulated_with_the_general_requirement():
    r = decide(load_ruleset(), "sale", "exosome", "none", parse_date("1400/03/01"))
    assert r.outcome == NOT_REGULATED and r.permitted is None
    note = [c for c in r.basis if c.rule_id == "INS-R-BEFORE"]
    assert note and note[0].authority == "interpretation" and "operating licence" in note[0].text
    assert not any(c.kind == "rule" for c in r.basis)  # 661/2897 of 1404/05/01 does not decide a sale in 1400


@pytest.mark.parametrize(
    ("activity", "kind", "approval", "day_before", "day", "before", "after"),
    [
        ("import", "exosome", "none", "1404/04/31", "1404/05/01", NOT_REGULATED, PROHIBITED),  # 661/2897
        ("treatment", "cell_therapy", "irc_code", "1404/06/11", "1404/06/12", NOT_REGULATED, PERMITTED),  # 400/10262/د
        ("treatment", "cell_therapy", "none", "1404/06/11", "1404/06/12", NOT_REGULATED, PROHIBITED),
        ("research", "exosome", "research_approval", "1404/06/11", "1404/06/12", NOT_REGULATED, PERMITTED),
        ("advertising", "cell_therapy", "none", "1404/06/11", "1404/06/12", NOT_REGULATED, PROHIBITED),
        ("treatment", "cell_therapy", "irc_code", "1404/11/19", "1404/11/20", PERMITTED, PERMITTED),  # 74585
    ],
)
def test_ins_r_boundaries_of_each_letter(activity, kind, approval, day_before, day, before, after):
    rs = load_ruleset()
    assert decide(rs, activity, kind, approval, parse_date(day_before)).outcome == before
    assert decide(rs, activity, kind, approval, parse_date(day)).outcome == after


def _warnings(r):
    return {(c.letter, c.rule_id) for c in r.basis if c.kind == "warning"}


def test_ins_r_approved_treatment_between_38754_and_74585_is_permitted_with_the_warning():
    rs = load_ruleset()
    mid = decide(rs, "treatment", "cell_therapy", "irc_code", parse_date("1404/09/01"))
    assert mid.outcome == PERMITTED and mid.deciding_rule == "INS-R-400-APPROVED"
    w = _warnings(mid)
    assert ("100/70/38754", "INS-R-38754-WORDING") in w and ("100/10/74585", "INS-R-74585-LATER") in w
    quotes = {c.rule_id: c.quote for c in mid.basis}
    assert "همچنان مجاز" in quotes["INS-R-74585-LATER"] and "ممنوعیت خدمات" in quotes["INS-R-38754-WORDING"]
    # the warning window is 1404/06/31 - 1404/11/19, both sides tested
    for day, expected in (("1404/06/30", False), ("1404/06/31", True), ("1404/11/19", True), ("1404/11/20", False)):
        r = decide(rs, "research", "regenerative", "research_approval", parse_date(day))
        assert r.outcome == PERMITTED and (("100/70/38754", "INS-R-38754-WORDING") in _warnings(r)) is expected, day
    after = decide(rs, "treatment", "cell_therapy", "irc_code", parse_date("1404/11/20"))
    assert after.deciding_rule == "INS-R-74585-PERMIT" and "100/10/74585" in {c.letter for c in after.basis if c.kind == "rule"}


def test_ins_r_exosome_irc_requires_verification_unless_verified():
    rs = load_ruleset()
    for day in ("1404/06/20", "1404/09/01", "1404/12/01"):
        held = decide(rs, "treatment", "exosome", "irc_code", parse_date(day))
        assert held.outcome == REQUIRES_VERIFICATION and held.permitted is None and not held.banned
        assert held.verification and "verif" in held.verification.lower()
        assert any(c.rule_id == "INS-R-IRC-VERIFY" and c.authority == "source" for c in held.basis)
        ok = decide(rs, "treatment", "exosome", "irc_code", parse_date(day), irc_verified=True)
        assert ok.outcome == PERMITTED and any(c.rule_id == "INS-R-IRC-VERIFIED" for c in ok.basis)
    # an IRC never makes exosome production, import, sale or advertising lawful: no verification asked, prohibited
    for activity in ("production", "import", "sale", "advertising"):
        assert decide(rs, activity, "exosome", "irc_code", parse_date("1404/12/01"), irc_verified=True).outcome == PROHIBITED


def test_ins_r_exosome_production_import_sale_never_permitted_outside_research():
    rs = load_ruleset()
    for date in ("1404/05/01", "1404/06/12", "1404/06/31", "1404/11/20", "1405/06/01"):
        for activity in ("production", "import", "sale"):
            for approval in ("irc_code", "none"):
                assert decide(rs, activity, "exosome", approval, parse_date(date)).outcome == PROHIBITED, (date, activity, approval)


def test_ins_r_advertising_stays_prohibited_whatever_the_approval():
    rs = load_ruleset()
    for kind in KINDS:
        for approval in APPROVALS:
            r = decide(rs, "advertising", kind, approval, parse_date("1404/12/01"))
            assert r.outcome == PROHIBITED and any(c.rule_id == "INS-R-ADVERTISING" for c in r.basis)


def test_ins_r_claimed_approval_without_a_centre_is_marked_as_claimed():
    r = decide(load_ruleset(), "treatment", "cell_therapy", "irc_code", parse_date("1404/12/01"))
    assert any(c.rule_id == "INS-R-CLAIMED" and c.kind == "warning" for c in r.basis)


def test_ins_r_unknown_activity_is_rejected():
    with pytest.raises(UnknownValue):
        decide(load_ruleset(), "tattooing", "exosome", "none", parse_date("1404/12/01"))


def _centre(**kw):
    base = dict(
        centre_id="C1",
        registered=True,
        status="active",
        status_act=None,
        licence_valid=True,
        kinds=frozenset({"cell_therapy", "exosome"}),
        approvals=frozenset({"irc_code"}),
    )
    base.update(kw)
    return CentreFacts(**base)


def test_ins_r_centre_closed_prohibits_even_approved_treatment():
    r = decide(load_ruleset(), "treatment", "cell_therapy", "irc_code", parse_date("1404/12/01"), _centre(status="closed", status_act="decision X"))
    assert r.outcome == PROHIBITED and r.deciding_rule == "INS-C-CLOSED"


def test_ins_r_centre_claimed_approval_not_on_record_does_not_count():
    r = decide(load_ruleset(), "research", "cell_therapy", "research_approval", parse_date("1404/12/01"), _centre())
    assert r.outcome == PROHIBITED and r.effective_approval == "none"
    assert any(c.kind == "warning" and c.rule_id == "INS-C-REGISTRY" for c in r.basis)


def test_ins_r_centre_held_approval_counts_without_being_claimed():
    r = decide(load_ruleset(), "treatment", "cell_therapy", "none", parse_date("1404/12/01"), _centre())
    assert r.outcome == PERMITTED and r.effective_approval == "irc_code"


def test_ins_r_centre_exosome_irc_counts_only_when_verified():
    rs = load_ruleset()
    held = decide(rs, "treatment", "exosome", "irc_code", parse_date("1404/12/01"), _centre())
    assert held.outcome == REQUIRES_VERIFICATION
    ok = decide(rs, "treatment", "exosome", "irc_code", parse_date("1404/12/01"), _centre(irc_verified=True))
    assert ok.outcome == PERMITTED
    # an exosome IRC the centre's records do not hold: neither counted nor refused on a guess, but held
    r = decide(rs, "treatment", "exosome", "irc_code", parse_date("1404/09/01"), _centre(approvals=frozenset()))
    assert r.outcome == REQUIRES_VERIFICATION and r.effective_approval == "irc_code"
    # at a centre without a valid licence the licence decides
    assert decide(rs, "treatment", "exosome", "irc_code", parse_date("1404/09/01"), _centre(licence_valid=False)).outcome == PROHIBITED


def test_ins_r_centre_without_licence_after_letter_400():
    rs = load_ruleset()
    c = _centre(licence_valid=False)
    r = decide(rs, "treatment", "cell_therapy", "irc_code", parse_date("1404/06/20"), c)
    assert r.outcome == PROHIBITED and r.deciding_rule == "INS-C-NO-LICENCE"
    # before 400/10262/د the letters did not rule on it: no invented ban
    assert decide(rs, "treatment", "cell_therapy", "irc_code", parse_date("1404/05/01"), c).outcome == NOT_REGULATED
