"""CLM-A5 as the circular has it: 15 working days from the day after RECEIPT of the documents, in the review office's
calendar (delivery happens there); the view shows both dates; cases stored before keep their deadline (migration)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import sqlalchemy as sa
from alembic import command

from claims.main import MIGRATIONS_DIR
from shared.db import make_engine
from shared.jalali import TEHRAN
from shared.migrations import alembic_config
from shared.testing import fresh_database

from .conftest import AG, RO


def test_clm_a5_documents_received_a_month_before_registration_are_overdue(client, setup, staff, register):
    # registered on 1404/08/04 (the pinned clock); the documents arrived on 1404/07/04, a month earlier
    c = register(301, admission_date="1404/06/20", discharge_date="1404/06/25", documents_received_at="1404/07/04 09:00")
    d = c["deadline"]
    assert d["counts_from"] == "receipt" and d["state"] == "overdue" and d["working_days_left"] < 0
    assert c["documents_received_at_jalali"].startswith("1404/07/04") and c["registered_at_jalali"].startswith("1404/08/04")
    assert c["documents_received_at"] != c["registered_at"]
    assert any(b["rule_id"] == "CLM-A5" and b["authority"] == "source" and "پس از دریافت اسناد" in b["quote"] for b in d["basis"])


def test_clm_a5_counts_in_the_review_offices_calendar(client, setup, admin, keys):
    # an office open on Thursdays supervising an agency that closes on Thursdays: the office's calendar counts
    assert (
        client.post(
            "/v1/review-offices", json={"code": "RO-THU", "name": "office open Thu", "province": "THR", "closes_thursday": False}, headers=admin
        ).status_code
        == 201
    )
    assert (
        client.post(
            "/v1/agencies", json={"code": "AG-THU", "name": "agency", "province": "THR", "review_office_code": "RO-THU", "closes_thursday": True}, headers=admin
        ).status_code
        == 201
    )
    from .conftest import case_body

    body = case_body(302, documents_received_at="1404/08/04 09:00")  # Sunday 2025-10-26
    r = client.post("/v1/cases", json=body, headers=keys.headers("agency_staff", org="AG-THU"))
    assert r.status_code == 201, r.text
    # 15 working days after Sunday 2025-10-26 with only Friday off: Wed 2025-11-12 (1404/08/21)
    assert r.json()["deadline"]["due_date"] == "2025-11-12"
    assert client.get("/v1/review-offices/RO-THU", headers=admin).json()["closes_thursday"] is False


def test_clm_a5_receipt_after_the_treatment_and_not_in_the_future(client, setup, staff, body):
    r = client.post("/v1/cases", json=body(303, documents_received_at="1404/07/21 09:00"), headers=staff)  # discharge 1404/07/23
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "documents_received_at"
    r = client.post("/v1/cases", json=body(303, documents_received_at="1404/08/05 09:00"), headers={**staff, "Accept-Language": "fa"})
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json")
    r = client.post("/v1/cases", json={k: v for k, v in body(303).items() if k != "documents_received_at"}, headers=staff)
    assert r.status_code == 422  # required


def test_clm_a5_clm_ch_migration_keeps_the_deadline_of_cases_and_the_violations_stored_before_it():
    """A database holding cases of the old shape (claims_0004) is migrated: they keep their registration-based deadline."""
    with fresh_database("claims_mig") as url:
        cfg = alembic_config(MIGRATIONS_DIR, url)
        command.upgrade(cfg, "claims_0004")
        engine = make_engine(url, poolclass=sa.pool.NullPool)
        now = datetime(2025, 10, 26, 10, 30, tzinfo=TEHRAN)
        cid = str(uuid.uuid4())
        with engine.begin() as conn:
            conn.execute(sa.text("INSERT INTO review_offices (code, name, province, created_at) VALUES ('RO-OLD', 'old office', 'THR', :t)"), {"t": now})
            conn.execute(
                sa.text(
                    "INSERT INTO agencies (code, name, province, review_office_code, licence_status, closes_thursday, office_closes, "
                    "rollout, cooperation_review, version, created_at) VALUES ('AG-OLD', 'old agency', 'THR', 'RO-OLD', 'active', "
                    "true, '14:00', 'inherit', false, 1, :t)"
                ),
                {"t": now},
            )
            conn.execute(
                sa.text(
                    "INSERT INTO cases (id, agency_code, state, version, national_code, insurance_number, is_pensioner, case_type, centre_code, "
                    "centre_name, admission_date, bill_number, bill_total_rials, prosthesis_rials, total_paid_rials, supplementary_paid_rials, "
                    "supplementary_paid_to, patient_paid_rials, documents_received_at, registered_at, reg_jyear, reg_jmonth, bill_key, cycle, "
                    "cycle_started_at, due_date, due_at, returns_count) VALUES (:id, 'AG-OLD', 'registered', 1, '0012345679', 'INS-1', false, "
                    "'outpatient', 'C1', 'centre', :adm, 'B-1', 100, 0, 100, 0, 'centre', 100, :rec, :t, 1404, 8, :key, 1, :t, :due, :due_at, 0)"
                ),
                {
                    "id": cid,
                    "adm": date(2025, 9, 1),
                    "rec": datetime(2025, 9, 20, 9, 0, tzinfo=TEHRAN),
                    "t": now,
                    "key": "k" * 64,
                    "due": date(2025, 11, 16),
                    "due_at": datetime(2025, 11, 16, 14, 0, tzinfo=TEHRAN),
                },
            )
            # a violation of the old shape: the review office fined the agency directly (before CLM-CH was corrected)
            conn.execute(
                sa.text(
                    "INSERT INTO violations (id, agency_code, kind, description, causes_delay, proven_on, proof, penalty, fine_rials, "
                    "compensation_rials, compensation_due, decision_id, version, created_at) VALUES ('v-old', 'AG-OLD', 'error', 'late', false, "
                    ":p, '{}', 'fine', 5000, 700, :due, 'd-old', 1, :t)"
                ),
                {"p": date(2025, 10, 1), "due": date(2025, 10, 16), "t": now},
            )
            conn.execute(sa.text("INSERT INTO province_rollouts (province, enabled, updated_at) VALUES ('THR', true, :t)"), {"t": now})
        command.upgrade(cfg, "head")
        with engine.connect() as conn:
            row = conn.execute(
                sa.text("SELECT deadline_from, due_date, documents_received_at, registered_at, withdrawn_at FROM cases WHERE id = :id"), {"id": cid}
            ).one()
            ro = conn.execute(sa.text("SELECT closes_thursday, office_closes FROM review_offices WHERE code = 'RO-OLD'")).one()
            vio = conn.execute(sa.text("SELECT penalty, fine_rials, penalty_status, compensation_rials, compensation_org_rials FROM violations")).one()
            since = conn.execute(sa.text("SELECT process_enabled_since, created_at FROM agencies WHERE code = 'AG-OLD'")).one()
        engine.dispose()
        assert row.deadline_from == "registration" and row.due_date == date(2025, 11, 16) and row.withdrawn_at is None
        assert row.documents_received_at < row.registered_at  # the recorded receipt is kept, not overwritten
        assert ro.closes_thursday is True and ro.office_closes == "14:00"
        # claims_0007: the old fine is kept as recorded and marked legacy; its compensation is the clients'
        assert (vio.penalty, vio.fine_rials, vio.penalty_status, vio.compensation_rials, vio.compensation_org_rials) == ("fine", 5000, "legacy", 700, 0)
        # claims_0006: an agency enabled at migration time is enabled since its creation (the earliest the platform can vouch for)
        assert since.process_enabled_since == since.created_at


def test_clm_a5_new_case_view_names_what_the_deadline_counts_from(client, setup, staff, register):
    c = register(304)
    assert c["deadline"]["counts_from"] == "receipt"
    view = client.get(f"/v1/cases/{c['id']}", headers=staff).json()
    assert view["documents_received_at"].endswith("+03:30") and view["registered_at"].endswith("+03:30")
    assert AG and RO
