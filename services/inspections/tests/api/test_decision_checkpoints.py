"""SHR-PROV decision log on PostgreSQL through the inspections API: signed checkpoints outside the database."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi.testclient import TestClient
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from inspections.main import MIGRATIONS_DIR, Settings, create_app
from shared.checkpoints import Checkpoint, _b64
from shared.decisions import DecisionChainHead, DecisionRecord, compute_hash
from shared.testing import migrated_database, service_settings

QUESTION = {"activity": "treatment", "kind": "cell_therapy", "approval": "irc_code", "date": "1404/09/01"}


@pytest.fixture
def platform(keys, tmp_path):
    """A fresh inspections database (real commits, no rollback), a checkpoint every 2 decisions, 5 rulings made."""
    with migrated_database("inspections_cp", MIGRATIONS_DIR) as url:
        app = create_app(service_settings(Settings, url, keys, tmp_path, decision_checkpoint_every=2, decision_checkpoint_seconds=0))
        with TestClient(app) as client:
            for _ in range(5):
                assert client.post("/v1/permissibility", json=QUESTION, headers=keys.headers("ministry_supervisor")).status_code == 200
            yield SimpleNamespace(app=app, client=client, engine=app.state.engine, log=app.state.decision_log)
            app.state.engine.dispose()


def verify(p, keys) -> dict:
    r = p.client.get("/v1/decisions/verify", headers=keys.headers("auditor"))
    assert r.status_code == 200
    return r.json()


def insider_rewrite(engine, seq: int) -> None:
    """Edit one ruling's outcome, recompute every later hash and the chain head, as someone with write access would."""
    with Session(engine) as s:
        rows = s.execute(select(DecisionRecord).order_by(DecisionRecord.seq)).scalars().all()
        prev = rows[seq - 2].hash if seq > 1 else "0" * 64
        for r in rows[seq - 1 :]:
            if r.seq == seq:
                r.outcome = {**r.outcome, "outcome": "prohibited", "permitted": False}
            r.prev_hash = prev
            r.hash = compute_hash(prev, r)
            prev = r.hash
        s.get(DecisionChainHead, 1).last_hash = prev
        s.commit()


def test_shr_prov_clean_chain_verifies_with_signed_checkpoints_on_postgres(platform, keys):
    assert [cp.seq for cp in platform.log.good_checkpoints()[0]] == [2, 4]
    report = verify(platform, keys)
    assert report["intact"] is True and report["checked"] == 5 and report["checkpoints"]["last_good"]["seq"] == 4


def test_shr_prov_insider_rewrite_with_recomputed_hashes_is_caught_on_postgres(platform, keys):
    insider_rewrite(platform.engine, 3)
    report = verify(platform, keys)
    assert report["intact"] is False and report["broken_at_seq"] == 4
    assert report["first_record_after_last_good_checkpoint"] == 3 and report["checkpoints"]["last_good"]["seq"] == 2


def test_shr_prov_deleted_tail_after_a_checkpoint_is_caught_on_postgres(platform, keys):
    with Session(platform.engine) as s:
        s.execute(delete(DecisionRecord).where(DecisionRecord.seq >= 3))
        head = s.get(DecisionChainHead, 1)
        head.last_seq, head.last_hash = 2, s.execute(select(DecisionRecord.hash).where(DecisionRecord.seq == 2)).scalar_one()
        s.commit()
    report = verify(platform, keys)
    assert report["intact"] is False and report["broken_at_seq"] == 3 and "missing" in report["reason"]
    assert report["first_record_after_last_good_checkpoint"] == 3


def test_shr_prov_forged_checkpoint_is_reported_on_postgres(platform, keys):
    cp = Checkpoint("inspections", 5, "a" * 64, "2026-12-01T00:00:00+00:00", platform.log.kid)
    platform.log.store.append(Checkpoint(**{**cp.as_dict(), "signature": _b64(Ed25519PrivateKey.generate().sign(cp.signed_part()))}))
    report = verify(platform, keys)
    assert report["intact"] is False and report["checkpoints"]["forged"] == ["the signature of the checkpoint at seq 5 does not verify"]


def test_shr_prov_verify_needs_an_audit_role(platform, keys):
    assert platform.client.get("/v1/decisions/verify", headers=keys.headers("ministry_supervisor")).status_code == 403
