"""SHR-PROV decision log: signed checkpoints outside the database catch an insider's rewrite (SQLite, unit level)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from shared.checkpoints import Checkpoint, DecisionLog, FileCheckpointStore, _b64
from shared.db import make_engine
from shared.decisions import DecisionChainHead, DecisionRecord, compute_hash, record_decision, verify_chain
from shared.settings import settings_class


@pytest.fixture
def chain(tmp_path: Path):
    """A SQLite decision log with a checkpoint every 3 decisions and 7 decisions committed one by one."""
    engine = make_engine(f"sqlite:///{tmp_path / 'log.sqlite3'}")
    DecisionRecord.__table__.create(engine)
    DecisionChainHead.__table__.create(engine)
    dlog = DecisionLog("svc", Ed25519PrivateKey.generate(), FileCheckpointStore(tmp_path / "cp", "svc"), every=3)
    factory = sessionmaker(engine, expire_on_commit=False)
    dlog.attach(factory)
    for i in range(1, 8):
        append(factory, f"s{i}")
    yield SimpleNamespace(engine=engine, log=dlog, factory=factory)
    engine.dispose()


def append(factory, subject: str) -> DecisionRecord:
    with factory() as s:
        rec = record_decision(
            s, kind="t", subject_type="thing", subject_id=subject, inputs={"n": subject}, outcome={"ok": True}, basis=[], ruleset_version="t1"
        )
        s.commit()
        return rec


def insider_rewrite(engine, seq: int, outcome: dict) -> None:
    """What someone with write access does: edit one record, recompute every later hash and the chain head."""
    with Session(engine) as s:
        rows = s.execute(select(DecisionRecord).order_by(DecisionRecord.seq)).scalars().all()
        prev = rows[seq - 2].hash if seq > 1 else "0" * 64
        for r in rows[seq - 1 :]:
            if r.seq == seq:
                r.outcome = outcome
            r.prev_hash = prev
            r.hash = compute_hash(prev, r)
            prev = r.hash
        head = s.get(DecisionChainHead, 1)
        head.last_hash = prev
        s.commit()


def verify(c) -> dict:
    with Session(c.engine) as s:
        return c.log.verify(s)


def test_shr_prov_checkpoints_every_n_decisions_are_signed_outside_the_database(chain):
    good, bad = chain.log.good_checkpoints()
    assert [cp.seq for cp in good] == [3, 6] and bad == []
    assert chain.log.store.path.read_text().count("\n") == 2


def test_shr_prov_clean_chain_verifies_against_its_checkpoints(chain):
    report = verify(chain)
    assert report["intact"] is True and report["checked"] == 7
    assert report["checkpoints"]["last_good"]["seq"] == 6 and report["checkpoints"]["forged"] == []


def test_shr_prov_insider_rewrite_with_recomputed_hashes_is_caught(chain):
    insider_rewrite(chain.engine, 5, {"ok": False})
    with Session(chain.engine) as s:
        assert verify_chain(s)["intact"] is True  # the hash chain alone is fooled
    report = verify(chain)
    assert report["intact"] is False and report["broken_at_seq"] == 6
    assert report["checkpoints"]["last_good"]["seq"] == 3
    assert report["first_record_after_last_good_checkpoint"] == 4


def test_shr_prov_insider_rewrite_before_the_first_checkpoint_is_caught(chain):
    insider_rewrite(chain.engine, 1, {"ok": False})
    report = verify(chain)
    assert report["intact"] is False and report["broken_at_seq"] == 3
    assert report["checkpoints"]["last_good"] is None and report["first_record_after_last_good_checkpoint"] == 1


def test_shr_prov_deleting_the_tail_after_a_checkpoint_is_caught(chain):
    with Session(chain.engine) as s:
        s.execute(delete(DecisionRecord).where(DecisionRecord.seq >= 5))
        head = s.get(DecisionChainHead, 1)
        head.last_seq = 4
        head.last_hash = s.execute(select(DecisionRecord.hash).where(DecisionRecord.seq == 4)).scalar_one()
        s.commit()
    with Session(chain.engine) as s:
        assert verify_chain(s)["intact"] is True  # the hash chain alone is fooled
    report = verify(chain)
    assert report["intact"] is False and report["broken_at_seq"] == 5 and "missing" in report["reason"]
    assert report["first_record_after_last_good_checkpoint"] == 4


def test_shr_prov_deleted_tail_then_new_decisions_is_caught_by_disagreeing_checkpoints(chain):
    """Deleting records and letting new decisions refill the seqs makes a second, different checkpoint at seq 6."""
    with Session(chain.engine) as s:
        s.execute(delete(DecisionRecord).where(DecisionRecord.seq >= 5))
        head = s.get(DecisionChainHead, 1)
        head.last_seq, head.last_hash = 4, s.execute(select(DecisionRecord.hash).where(DecisionRecord.seq == 4)).scalar_one()
        s.commit()
    for i in range(3):
        append(chain.factory, f"new{i}")
    report = verify(chain)
    assert report["intact"] is False and report["broken_at_seq"] == 6 and "disagree" in report["reason"]
    assert report["first_record_after_last_good_checkpoint"] == 4


def test_shr_prov_forged_checkpoint_is_reported(chain):
    insider_rewrite(chain.engine, 5, {"ok": False})
    with Session(chain.engine) as s:
        head = s.get(DecisionChainHead, 1)
        forged_for = (head.last_seq, head.last_hash)
    insider_key = Ed25519PrivateKey.generate()
    # the insider signs the rewritten head with a key of their own, under the service's key id
    cp = Checkpoint("svc", forged_for[0], forged_for[1], "2026-12-01T00:00:00+00:00", chain.log.kid)
    chain.log.store.append(Checkpoint(**{**cp.as_dict(), "signature": _b64(insider_key.sign(cp.signed_part()))}))
    with chain.log.store.path.open("a") as f:
        f.write("not json\n")
    report = verify(chain)
    assert report["intact"] is False
    assert len(report["checkpoints"]["forged"]) == 2 and any("seq 7 does not verify" in f for f in report["checkpoints"]["forged"])
    assert report["first_record_after_last_good_checkpoint"] == 4


def test_shr_prov_forged_checkpoint_alone_makes_a_clean_chain_not_intact(chain):
    cp = chain.log.sign(7, "f" * 64)
    chain.log.store.append(Checkpoint(**{**cp.as_dict(), "head_hash": "e" * 64}))
    report = verify(chain)
    assert report["intact"] is False and "signature" in report["reason"]


def test_shr_prov_periodic_checkpoint_signs_only_an_intact_head(chain):
    assert chain.log.checkpoint_now(chain.engine).seq == 7
    assert chain.log.checkpoint_now(chain.engine) is None  # nothing new
    append(chain.factory, "s8")
    with Session(chain.engine) as s:  # a crude edit after the last checkpoint, without recomputing
        s.get(DecisionRecord, 8).outcome = {"ok": False}
        s.commit()
    assert chain.log.checkpoint_now(chain.engine) is None
    assert [cp.seq for cp in chain.log.good_checkpoints()[0]] == [3, 6, 7]


def test_shr_prov_rolled_back_or_savepoint_commits_write_no_checkpoint(chain):
    with chain.factory() as s:
        for i in range(3):
            record_decision(s, kind="t", subject_type="thing", subject_id=f"r{i}", inputs={}, outcome={}, basis=[], ruleset_version="t1")
        s.rollback()
    conn = chain.engine.connect()
    outer = conn.begin()
    factory = sessionmaker(bind=conn, join_transaction_mode="create_savepoint", info={"decision_log": chain.log})
    from sqlalchemy import event

    from shared.checkpoints import _after_commit

    event.listen(factory, "after_commit", _after_commit)
    with factory() as s:
        for i in range(3):
            record_decision(s, kind="t", subject_type="thing", subject_id=f"p{i}", inputs={}, outcome={}, basis=[], ruleset_version="t1")
        s.commit()
    outer.rollback()
    conn.close()
    assert [cp.seq for cp in chain.log.good_checkpoints()[0]] == [3, 6]
    assert verify(chain)["intact"] is True


PROD = {
    "environment": "production",
    "database_url": "postgresql://svc:secret@db/svc",
    "jwks_url": "https://idp.example/jwks",
    "jwt_issuer": "https://idp.example",
}


def test_shr_prov_production_refuses_the_development_signing_key(tmp_path: Path, monkeypatch):
    Svc = settings_class("svc", "SVC_")
    dev = DecisionLog.from_settings(Svc(data_dir=tmp_path))
    dev_key = tmp_path / "keys" / "decisions-svc.ed25519.pem"
    assert dev_key.stat().st_mode & 0o077 == 0
    with pytest.raises(ValueError, match="DECISION_SIGNING_KEY"):
        DecisionLog.from_settings(Svc(data_dir=tmp_path, decision_checkpoint_dir=tmp_path / "cp", **PROD))
    with pytest.raises(ValueError, match="refused in production"):
        DecisionLog.from_settings(Svc(data_dir=tmp_path, decision_signing_key_path=dev_key, decision_checkpoint_dir=tmp_path / "cp", **PROD))
    with pytest.raises(ValueError, match="CHECKPOINT_DIR"):
        DecisionLog.from_settings(Svc(data_dir=tmp_path, decision_signing_key_path=tmp_path / "secret.pem", **PROD))
    with pytest.raises(ValueError, match="does not exist"):
        DecisionLog.from_settings(Svc(data_dir=tmp_path, decision_signing_key_path=tmp_path / "secret.pem", decision_checkpoint_dir=tmp_path / "cp", **PROD))
    monkeypatch.setenv("SVC_DECISION_SIGNING_KEY", dev_key.read_text())
    monkeypatch.setenv("SVC_DECISION_CHECKPOINT_DIR", str(tmp_path / "elsewhere"))
    prod = DecisionLog.from_settings(Svc(data_dir=tmp_path, **PROD))
    assert prod.kid == dev.kid and prod.store.path.parent == tmp_path / "elsewhere"


def test_shr_prov_each_replica_appends_its_own_file_and_verify_reads_all(chain):
    other = DecisionLog("svc", chain.log.key, FileCheckpointStore(chain.log.store.directory, "svc", node="replica-2"), every=3)
    other.checkpoint(7, verify(chain)["head_hash"])
    assert other.store.path != chain.log.store.path
    assert [cp.seq for cp in chain.log.good_checkpoints()[0]] == [3, 6, 7] and verify(chain)["intact"] is True


def test_shr_prov_replicas_creating_the_development_key_together_share_one(tmp_path: Path):
    import threading

    from shared.checkpoints import key_id, load_or_create_key

    path = tmp_path / "keys" / "decisions-svc.ed25519.pem"
    kids: list[str] = []
    threads = [threading.Thread(target=lambda: kids.append(key_id(load_or_create_key(path, create=True).public_key()))) for _ in range(8)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert len(kids) == 8 and len(set(kids)) == 1 and sorted(p.name for p in path.parent.iterdir()) == [path.name]
