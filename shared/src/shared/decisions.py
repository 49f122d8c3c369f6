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
    return rec


def verify_chain(session: Session, batch: int = 1000) -> dict[str, Any]:
    """Walk the chain in order; report whether every record's hash and link are intact."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    last_id = 0
    while True:
        rows = session.execute(select(DecisionRecord).where(DecisionRecord.seq >= expected_seq).order_by(DecisionRecord.seq).limit(batch)).scalars().all()
        if not rows:
            break
        for r in rows:
            if r.seq != expected_seq:
                return {"intact": False, "checked": count, "broken_at_seq": expected_seq, "reason": "a record is missing"}
            if r.prev_hash != prev:
                return {"intact": False, "checked": count, "broken_at_seq": r.seq, "reason": "link to the previous record does not match"}
            if compute_hash(prev, r) != r.hash:
                return {"intact": False, "checked": count, "broken_at_seq": r.seq, "reason": "record content does not match its hash"}
            prev = r.hash
            expected_seq += 1
            count += 1
            last_id = r.seq
    head = session.get(DecisionChainHead, 1)
    if head is not None and (head.last_seq != count or head.last_hash != prev):
        return {"intact": False, "checked": count, "broken_at_seq": last_id + 1, "reason": "records after the last one are missing"}
    return {"intact": True, "checked": count, "head_hash": prev}


def decision_view(r: DecisionRecord) -> dict[str, Any]:
    out = _payload(r)
    out["hash"] = r.hash
    out["prev_hash"] = r.prev_hash
    return out
