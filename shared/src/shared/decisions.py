"""Decision records (SHR-PROV): append-only, hash-chained, verifiable."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime
from typing import Any

from fastapi.encoders import jsonable_encoder
from sqlalchemy import JSON, BigInteger, DateTime, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from shared.db import Base

GENESIS = "0" * 64


class DecisionRecord(Base):
    """One decision: inputs, outcome, basis, ruleset version, time, actor; chained by hash."""

    __tablename__ = "decision_records"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), unique=True, nullable=False)
    decision_id: Mapped[str] = mapped_column(String(36), unique=True, nullable=False)
    kind: Mapped[str] = mapped_column(String(80), nullable=False, index=True)
    subject_type: Mapped[str] = mapped_column(String(40), nullable=False)
    subject_id: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    actor_sub: Mapped[str | None] = mapped_column(String(120))
    actor_role: Mapped[str | None] = mapped_column(String(40))
    actor_org: Mapped[str | None] = mapped_column(String(120))
    inputs: Mapped[Any] = mapped_column(JSON, nullable=False)
    outcome: Mapped[Any] = mapped_column(JSON, nullable=False)
    basis: Mapped[Any] = mapped_column(JSON, nullable=False)
    ruleset_version: Mapped[str] = mapped_column(String(80), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)


class DecisionChainHead(Base):
    """A single row locked while appending, so concurrent appends form one chain."""

    __tablename__ = "decision_chain_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), nullable=False, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), nullable=False, default=GENESIS)


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _utc_iso(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _payload(r: DecisionRecord) -> dict[str, Any]:
    return {
        "seq": r.seq,
        "decision_id": r.decision_id,
        "kind": r.kind,
        "subject_type": r.subject_type,
        "subject_id": r.subject_id,
        "actor_sub": r.actor_sub,
        "actor_role": r.actor_role,
        "actor_org": r.actor_org,
        "inputs": r.inputs,
        "outcome": r.outcome,
        "basis": r.basis,
        "ruleset_version": r.ruleset_version,
        "created_at": _utc_iso(r.created_at),
    }


def compute_hash(prev_hash: str, record: DecisionRecord) -> str:
    """sha256 over the previous hash and the canonical JSON of the record."""
    return hashlib.sha256((prev_hash + canonical_json(_payload(record))).encode("utf-8")).hexdigest()


def record_decision(
    session: Session,
    *,
    kind: str,
    subject_type: str,
    subject_id: str,
    inputs: Any,
    outcome: Any,
    basis: Any,
    ruleset_version: str,
    actor: Any = None,
) -> DecisionRecord:
    """Append a decision to the chain (flushes; the request session commits)."""
    head = session.execute(select(DecisionChainHead).where(DecisionChainHead.id == 1).with_for_update()).scalar_one_or_none()
    if head is None:
        head = DecisionChainHead(id=1, last_seq=0, last_hash=GENESIS)
        session.add(head)
        session.flush()
    rec = DecisionRecord(
        seq=head.last_seq + 1,
        decision_id=str(uuid.uuid4()),
        kind=kind,
        subject_type=subject_type,
        subject_id=str(subject_id),
        actor_sub=getattr(actor, "sub", None),
        actor_role=getattr(actor, "role", None),
        actor_org=getattr(actor, "org", None),
        inputs=jsonable_encoder(inputs),
        outcome=jsonable_encoder(outcome),
        basis=jsonable_encoder(basis),
        ruleset_version=ruleset_version,
        created_at=datetime.now(UTC),
        prev_hash=head.last_hash,
    )
    rec.hash = compute_hash(rec.prev_hash, rec)
    session.add(rec)
    head.last_seq = rec.seq
    head.last_hash = rec.hash
    session.flush()
    dlog = session.info.get("decision_log")
    if dlog is not None:  # signing happens only at checkpoints, after the commit (shared.checkpoints)
        dlog.note_append(session, rec.seq, rec.hash)
    return rec


class _Broken(Exception):
    """The first place where the chain or a checkpoint disagrees."""

    def __init__(self, seq: int, reason: str):
        super().__init__(reason)
        self.seq, self.reason = seq, reason


class _Walk:
    """State of one walk along the chain: the expected next seq and link, and the checkpoints passed."""

    def __init__(self, start: tuple[int, str] | None, checkpoints: Any):
        self.seq, self.prev = (start[0] + 1, start[1]) if start else (1, GENESIS)
        self.first = self.seq
        self.count = 0
        self.expected: dict[int, set[str]] = {}
        self.created: dict[int, str] = {}
        for cp in checkpoints or ():
            self.expected.setdefault(cp.seq, set()).add(cp.head_hash)
            self.created.setdefault(cp.seq, cp.created_at)
        self.last_good: tuple[int, str] | None = None

    def step(self, r: DecisionRecord) -> None:
        """Check one record: its place, its link, its own hash, and any checkpoint signed at its seq."""
        if r.seq != self.seq:
            raise _Broken(self.seq, "a record is missing")
        if r.prev_hash != self.prev:
            raise _Broken(r.seq, "link to the previous record does not match")
        if compute_hash(self.prev, r) != r.hash:
            raise _Broken(r.seq, "record content does not match its hash")
        self.check_checkpoint(r.seq, r.hash)
        self.prev = r.hash
        self.seq += 1
        self.count += 1

    def check_checkpoint(self, seq: int, hash_: str) -> None:
        want = self.expected.get(seq)
        if not want:
            return
        if len(want) > 1:
            raise _Broken(seq, "two signed checkpoints disagree about this record: the chain was rewritten after one of them")
        if hash_ not in want:
            raise _Broken(seq, "the chain does not match the signed checkpoint at this record: a record at or before it was rewritten")
        self.last_good = (seq, hash_)

    def check_tail(self, session: Session) -> None:
        """Records a signed checkpoint vouches for, or the chain head counts, must all be there."""
        beyond = [s for s in self.expected if s >= self.seq]
        if beyond:
            raise _Broken(self.seq, f"records up to seq {max(beyond)} were signed in a checkpoint but are missing")
        head = session.get(DecisionChainHead, 1)
        if head is not None and (head.last_seq != self.seq - 1 or head.last_hash != self.prev):
            raise _Broken(self.seq, "records after the last one are missing")

    def summary(self) -> dict[str, Any]:
        if self.last_good is None:
            return {"last_good": None}
        seq, h = self.last_good
        return {"last_good": {"seq": seq, "head_hash": h, "created_at": self.created.get(seq)}}


def verify_chain(session: Session, batch: int = 1000, checkpoints: Any = None, start: tuple[int, str] | None = None) -> dict[str, Any]:
    """Walk the chain in order: every link and hash, and every signed checkpoint given (shared.checkpoints).

    `start` (seq, hash) begins after a trusted checkpoint instead of at the genesis record.
    A broken chain is reported with the first record after the last good checkpoint: from
    there on nothing is vouched for.
    """
    w = _Walk(start, checkpoints)
    try:
        if start is not None and start[0] > 0:
            _check_start(session, start)
        while rows := session.execute(select(DecisionRecord).where(DecisionRecord.seq >= w.seq).order_by(DecisionRecord.seq).limit(batch)).scalars().all():
            for r in rows:
                w.step(r)
        w.check_tail(session)
    except _Broken as b:
        good = w.last_good[0] if w.last_good else (w.first - 1)
        return {
            "intact": False,
            "checked": w.count,
            "broken_at_seq": b.seq,
            "reason": b.reason,
            "first_record_after_last_good_checkpoint": good + 1,
            "checkpoints": w.summary(),
        }
    return {"intact": True, "checked": w.count, "checked_to_seq": w.seq - 1, "head_hash": w.prev, "checkpoints": w.summary()}


def _check_start(session: Session, start: tuple[int, str]) -> None:
    rec = session.execute(select(DecisionRecord).where(DecisionRecord.seq == start[0])).scalar_one_or_none()
    if rec is None or rec.hash != start[1]:
        raise _Broken(start[0], "the chain does not match the last signed checkpoint")


def decision_view(r: DecisionRecord) -> dict[str, Any]:
    out = _payload(r)
    out["hash"] = r.hash
    out["prev_hash"] = r.prev_hash
    return out
