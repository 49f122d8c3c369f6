"""Signed checkpoints of the decision chain (SHR-PROV), kept outside the service's database.

An insider with write access to the database can edit a decision and recompute every later
hash and the chain head; the hash chain alone cannot tell. So the chain head is signed with
an Ed25519 key that is not in the database, on every N decisions and every few minutes, and
the signed checkpoints are appended to a store outside it (a directory of append-only files).
`verify` compares the chain with every checkpoint whose signature holds.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import socket
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger("shared.checkpoints")

SESSION_KEY = "decision_log"
_PENDING = "decision_checkpoint_due"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def key_id(public: Ed25519PublicKey) -> str:
    """A short, stable name of a public key, written into every checkpoint it signs."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def load_or_create_key(path: Path, create: bool) -> Ed25519PrivateKey:
    """Read a PEM Ed25519 key; in development create it (mode 0600) when it is missing."""
    if not path.exists():
        if not create:
            raise ValueError(f"decision signing key {path} does not exist")
        _create_key(path)
    return _parse_key(path.read_bytes())


def _create_key(path: Path) -> None:
    """Write a new key whole, then link it into place: replicas starting together all end up with the first one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = Ed25519PrivateKey.generate().private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(pem)
            f.flush()
            os.fsync(f.fileno())
        os.link(tmp, path)
    except FileExistsError:
        pass  # another replica created it first: use that one
    finally:
        tmp.unlink(missing_ok=True)


def _parse_key(pem: bytes) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("the decision signing key must be an Ed25519 private key (PEM, PKCS#8)")
    return key


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class Checkpoint:
    """A signed statement: the chain of `service` had `head_hash` at `seq`, at `created_at`."""

    service: str
    seq: int
    head_hash: str
    created_at: str
    kid: str
    signature: str = ""

    def signed_part(self) -> bytes:
        return canonical({"service": self.service, "seq": self.seq, "head_hash": self.head_hash, "created_at": self.created_at, "kid": self.kid})

    def as_dict(self) -> dict[str, Any]:
        return {
            "service": self.service,
            "seq": self.seq,
            "head_hash": self.head_hash,
            "created_at": self.created_at,
            "kid": self.kid,
            "signature": self.signature,
        }


class FileCheckpointStore:
    """Append-only JSON-lines files in a directory outside the database: one per service and host.

    Each replica appends only to its own file (no two writers share a file, even on a network
    volume); verify reads every replica's file.
    """

    def __init__(self, directory: Path, service: str, node: str | None = None):
        self.directory, self.service = Path(directory), service
        self.path = self.directory / f"{service}.{node or socket.gethostname()}.checkpoints.jsonl"
        self._lock = threading.Lock()

    def append(self, cp: Checkpoint) -> None:
        """Append one line with O_APPEND and fsync it (a line is written whole or not at all on a local disk)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(cp.as_dict(), separators=(",", ":")).encode("utf-8") + b"\n"
        with self._lock:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o640)
            try:
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)

    def load(self) -> list[dict[str, Any]]:
        """Every stored line of every replica, parsed; an unreadable line is returned as {'malformed': where}."""
        out: list[dict[str, Any]] = []
        for path in sorted(self.directory.glob(f"{self.service}.*.checkpoints.jsonl")):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if line.strip():
                    out.append(_parse_line(line, f"{path.name}:{n}"))
        return out


def _parse_line(line: str, where: str) -> dict[str, Any]:
    try:
        item = json.loads(line)
    except ValueError:
        return {"malformed": where}
    return item if isinstance(item, dict) else {"malformed": where}


class DecisionLog:
    """A service's signer and checkpoint store; checkpoints are written only after a real commit."""

    def __init__(self, service: str, key: Ed25519PrivateKey, store: FileCheckpointStore, every: int = 100, seconds: float = 300.0):
        self.service, self.key, self.store, self.every, self.seconds = service, key, store, every, seconds
        self.public = key.public_key()
        self.kid = key_id(self.public)

    @classmethod
    def from_settings(cls, settings: Any) -> DecisionLog:
        """Build from a service's settings (shared.decision_settings); production refuses the development defaults."""
        if settings.environment == "production":
            refuse_defaults(settings)
        if settings.decision_signing_key is not None:
            key = _parse_key(settings.decision_signing_key.get_secret_value().encode("utf-8"))
        else:
            path = settings.decision_signing_key_path or Path(settings.data_dir) / "keys" / f"decisions-{settings.service_name}.ed25519.pem"
            key = load_or_create_key(path, create=settings.environment != "production")
        directory = settings.decision_checkpoint_dir or Path(settings.data_dir) / "decision-checkpoints"
        store = FileCheckpointStore(directory, settings.service_name)
        return cls(settings.service_name, key, store, settings.decision_checkpoint_every, settings.decision_checkpoint_seconds)

    # ------------------------------------------------------------------ writing

    def attach(self, factory: sessionmaker) -> None:
        """Let record_decision find this log through the session, and checkpoint after each durable commit."""
        factory.kw.setdefault("info", {})[SESSION_KEY] = self
        event.listen(factory, "after_commit", _after_commit)
        event.listen(factory, "after_rollback", _after_rollback)

    def note_append(self, session: Session, seq: int, head_hash: str) -> None:
        """Called by record_decision: remember the head when it reaches a multiple of N (no signing here)."""
        pending = session.info.get(_PENDING)
        if seq % self.every == 0 or pending is not None:
            session.info[_PENDING] = (seq, head_hash, session.connection())

    def sign(self, seq: int, head_hash: str) -> Checkpoint:
        """A checkpoint of the given head, signed now."""
        cp = Checkpoint(self.service, seq, head_hash, datetime.now(UTC).isoformat(timespec="microseconds"), self.kid)
        return Checkpoint(**{**cp.as_dict(), "signature": _b64(self.key.sign(cp.signed_part()))})

    def checkpoint(self, seq: int, head_hash: str) -> Checkpoint:
        cp = self.sign(seq, head_hash)
        self.store.append(cp)
        return cp

    def checkpoint_now(self, engine: Any) -> Checkpoint | None:
        """Checkpoint the committed head if it moved since the last good checkpoint and the chain since it is intact."""
        from shared.decisions import DecisionChainHead, verify_chain

        good = self.good_checkpoints()[0]
        last = max(good, key=lambda c: c.seq, default=None)
        with Session(engine) as s:
            head = s.get(DecisionChainHead, 1)
            if head is None or head.last_seq == 0 or (last is not None and head.last_seq <= last.seq):
                return None
            report = verify_chain(s, start=(last.seq, last.head_hash) if last else None)
        if not report["intact"]:
            log.error("decision chain of %s is broken at seq %s (%s): no checkpoint signed", self.service, report.get("broken_at_seq"), report.get("reason"))
            return None
        return self.checkpoint(report["checked_to_seq"], report["head_hash"])

    # ------------------------------------------------------------------ reading

    def check(self, item: dict[str, Any]) -> tuple[Checkpoint | None, str | None]:
        """A stored checkpoint and None when its signature holds; else None and why not."""
        if "malformed" in item:
            return None, f"line {item['malformed']} of the checkpoint store is not a checkpoint"
        try:
            cp = Checkpoint(**{k: item[k] for k in ("service", "seq", "head_hash", "created_at", "kid", "signature")})
        except (KeyError, TypeError):
            return None, "a checkpoint lacks a field"
        if cp.service != self.service or cp.kid != self.kid:
            return None, f"checkpoint at seq {cp.seq} is signed by an unknown key or for another service"
        try:
            self.public.verify(_unb64(str(cp.signature)), cp.signed_part())
        except (InvalidSignature, ValueError):
            return None, f"the signature of the checkpoint at seq {cp.seq} does not verify"
        return cp, None

    def good_checkpoints(self) -> tuple[list[Checkpoint], list[str]]:
        """The checkpoints whose signatures hold, and a reason for each one that does not."""
        good: list[Checkpoint] = []
        bad: list[str] = []
        for item in self.store.load():
            cp, why = self.check(item)
            if cp is not None:
                good.append(cp)
            else:
                bad.append(why or "invalid checkpoint")
        return sorted(good, key=lambda c: c.seq), bad

    def verify(self, session: Session) -> dict[str, Any]:
        """The chain checked against every good checkpoint; forged checkpoints are reported and make it not intact."""
        from shared.decisions import verify_chain

        good, forged = self.good_checkpoints()
        report = verify_chain(session, checkpoints=good)
        report["checkpoints"] = {**report.get("checkpoints", {}), "stored": len(good) + len(forged), "forged": forged}
        if forged and report["intact"]:
            report.update(intact=False, reason="a checkpoint's signature does not verify: " + forged[0])
        return report


def refuse_defaults(settings: Any) -> None:
    """In production the key comes from a secret and the checkpoints go to a configured place."""
    problems = []
    keys_dir = Path(settings.data_dir).resolve() / "keys"
    if settings.decision_signing_key is None and settings.decision_signing_key_path is None:
        problems.append("DECISION_SIGNING_KEY or DECISION_SIGNING_KEY_PATH must be set in production (the development key is refused)")
    if settings.decision_signing_key_path is not None and Path(settings.decision_signing_key_path).resolve().is_relative_to(keys_dir):
        problems.append("the development decision signing key under the data folder is refused in production")
    if settings.decision_checkpoint_dir is None:
        problems.append("DECISION_CHECKPOINT_DIR must be set in production (a volume the database's users cannot write)")
    if problems:
        raise ValueError("; ".join(problems))


def _after_commit(session: Session) -> None:
    """Sign the head a committed session appended, when the commit was real (not a savepoint in an outer transaction)."""
    pending = session.info.pop(_PENDING, None)
    dlog = session.info.get(SESSION_KEY)
    if pending is None or dlog is None:
        return
    seq, head_hash, conn = pending
    if conn.in_transaction():  # joined to a caller's transaction (tests): not durable yet, never vouch for it
        return
    try:
        dlog.checkpoint(seq, head_hash)
    except Exception:  # the decision is committed; a failed checkpoint is logged and the next one covers it
        log.exception("could not write the decision checkpoint at seq %s", seq)


def _after_rollback(session: Session) -> None:
    """A rolled-back append never becomes a checkpoint."""
    session.info.pop(_PENDING, None)


def checkpoint_task(app: Any) -> None:
    """Periodic task: checkpoint the committed head every few minutes."""
    dlog = getattr(app.state, "decision_log", None)
    if dlog is not None:
        dlog.checkpoint_now(app.state.engine)
