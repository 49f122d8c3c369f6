"""Issue 15, item 7: mixed traffic through the gateway from CONNECTIONS concurrent connections for DURATION s.

Without BASE_URL it starts the end-to-end platform of the tests (tests/e2e/harness.py: the four
services on fresh PostgreSQL databases, the gateway in front, HAProxy when REGPLAT_GATEWAY=haproxy)
with the rate limits raised (this driver is one client address), seeds a few records, then runs the
mix below from one asyncio client (httpx, one pooled connection per worker). With BASE_URL it drives a
platform that is already running and signs tokens with $REGPLAT_DATA_DIR/keys/private.pem.

Prints throughput, p50/p99 overall and per kind, answers by status per kind, and exits 1 on any 5xx
or request that got no answer.
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DURATION = float(os.environ.get("DURATION", "60"))
CONNECTIONS = int(os.environ.get("CONNECTIONS", "100"))
WARMUP = float(os.environ.get("WARMUP", "3"))
RAISED_LIMITS = {
    "GATEWAY_RATE_PER_MINUTE": "1000000000",
    **{f"{svc}_PUBLIC_RATE_PER_MINUTE": "1000000000" for svc in ("CUSTOMS", "CLAIMS", "OFFLABEL", "INSPECTIONS")},
}
ITEMS = [
    {"name": "Losartan 50mg", "dosage_form": "tablet", "quantity": 3, "units_per_pack": 30, "daily_dose": 1},
    {"name": "Xanax 0.5", "dosage_form": "tablet", "quantity": 1, "units_per_pack": 30, "daily_dose": 1},
    {"name": "متفورمین", "dosage_form": "قرص", "quantity": "۲", "units_per_pack": 100, "daily_dose": 2},
]


@dataclass
class Tally:
    """Latencies (ms) and statuses per kind of request; transport errors by exception name."""

    latency: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    status: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def record(self, kind: str, ms: float, status: int | str) -> None:
        self.latency[kind].append(ms)
        self.status[kind][status] += 1


class Tokens:
    """Bearer headers for the roles the mix uses, signed with the platform's private key."""

    def __init__(self, private_pem: bytes) -> None:
        from shared.auth import mint_token

        def h(role, org=None, **claims):
            return {"Authorization": f"Bearer {mint_token(private_pem, role=role, org=org, sub=f'load-{role}', **claims)}"}

        self.officer = h("customs_officer", "THR-IKA")
        self.deputy = h("university_deputy", "QUMS")
        self.supervisor = h("ministry_supervisor")
        self.admin = h("admin", "SSO")
        self.physician = h("physician", council_no="12345", specialty="ophthalmology")


def national_code(rng: random.Random) -> str:
    """A valid random national code (check digit), so written declarations differ."""
    from shared.text import national_code_check_digit

    first9 = "1" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return first9 + str(national_code_check_digit(first9))


def declaration(rng: random.Random) -> dict:
    """A passenger declaration of the three bench items (a workflow's first write)."""
    return {
        "channel": "passenger",
        "purpose": "personal_use",
        "customs_office": "THR-IKA",
        "warehouse_receipt_no": f"WR-LOAD-{uuid.uuid4().hex[:10]}",
        "owner": {"kind": "natural", "name": "Load Test", "national_code": national_code(rng)},
        "medical_documents_attached": True,
        "prescription_attached": True,
        "items": ITEMS,
    }


def centre() -> dict:
    """A university deputy's new centre (inspections' workflow starts here)."""
    s = uuid.uuid4().hex[:8].upper()
    return {
        "name": f"مرکز بار {s}",
        "province": "Qazvin",
        "status": "active",
        "kinds": ["cell_therapy"],
        "registered_on": "1404/06/01",
        "licence": {"number": f"1404-{s}", "valid_from": "1404/01/01", "valid_to": "1407/01/01"},
        "technical_manager": {"name": "دکتر الف"},
        "physical_space": {"certified": True, "certificate_ref": "SP-1"},
    }


def the_mix(tok: Tokens, seeded: dict) -> list[tuple[str, int, object]]:
    """(kind, weight, request maker): public pre-checks, authenticated reads, workflow writes."""
    decl_ids, centre_ids = seeded["declarations"], seeded["centres"]
    return [
        ("public precheck", 25, lambda rng: ("POST", "/customs/v1/precheck", {"json": {"items": ITEMS}, "headers": {"Accept-Language": "fa"}})),
        ("public centre search", 10, lambda rng: ("GET", "/inspections/v1/public/centers", {"params": {"q": "مرکز"}})),
        ("read declaration", 15, lambda rng: ("GET", f"/customs/v1/declarations/{rng.choice(decl_ids)}", {"headers": tok.officer})),
        ("read declarations list", 10, lambda rng: ("GET", "/customs/v1/declarations", {"headers": tok.officer})),
        ("read centre", 10, lambda rng: ("GET", f"/inspections/v1/centers/{rng.choice(centre_ids)}", {"headers": tok.deputy})),
        ("read agencies", 5, lambda rng: ("GET", "/claims/v1/agencies", {"headers": tok.admin})),
        ("read offlabel requests", 5, lambda rng: ("GET", "/offlabel/v1/requests", {"headers": tok.physician})),
        (
            "write declaration",
            12,
            lambda rng: ("POST", "/customs/v1/declarations", {"json": declaration(rng), "headers": {**tok.officer, "Idempotency-Key": uuid.uuid4().hex}}),
        ),
        (
            "write centre",
            8,
            lambda rng: ("POST", "/inspections/v1/centers", {"json": centre(), "headers": {**tok.deputy, "Idempotency-Key": uuid.uuid4().hex}}),
        ),
    ]


def seed(client: httpx.Client, tok: Tokens) -> dict:
    """A few declarations and centres for the reads to find."""
    rng = random.Random(15)
    decls = [client.post("/customs/v1/declarations", json=declaration(rng), headers=tok.officer) for _ in range(5)]
    centres = [client.post("/inspections/v1/centers", json=centre(), headers=tok.deputy) for _ in range(5)]
    for r in decls + centres:
        if r.status_code != 201:
            raise SystemExit(f"seeding failed: {r.request.method} {r.request.url} -> {r.status_code} {r.text[:500]}")
    return {"declarations": [r.json()["id"] for r in decls], "centres": [r.json()["id"] for r in centres]}


async def worker(client: httpx.AsyncClient, mix, weights, stop_at: float, tally: Tally | None, rng: random.Random) -> None:
    """One connection's loop: draw a request from the mix, send it, record latency and status, until stop_at."""
    while time.monotonic() < stop_at:
        kind, _, make = mix[rng.choices(range(len(mix)), weights)[0]]
        method, path, kw = make(rng)
        started = time.perf_counter()
        try:
            status: int | str = (await client.request(method, path, **kw)).status_code
        except httpx.HTTPError as exc:
            status = type(exc).__name__
        if tally is not None:
            tally.record(kind, (time.perf_counter() - started) * 1000, status)


async def drive(base_url: str, mix, seconds: float, tally: Tally | None) -> float:
    """CONNECTIONS workers on one pooled client (one connection each) for `seconds`; returns the wall time."""
    limits = httpx.Limits(max_connections=CONNECTIONS, max_keepalive_connections=CONNECTIONS)
    weights = [w for _, w, _ in mix]
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30.0) as client:
        started = time.monotonic()
        stop_at = started + seconds
        await asyncio.gather(*(worker(client, mix, weights, stop_at, tally, random.Random(i)) for i in range(CONNECTIONS)))
        return time.monotonic() - started


def pct(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank) of latencies in ms."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))] if ordered else 0.0


def report(tally: Tally, wall: float) -> int:
    """Print the figures; the exit status is 1 when any answer was a 5xx or never came."""
    every = [ms for v in tally.latency.values() for ms in v]
    statuses = sum(tally.status.values(), Counter())
    print(
        f"\n{len(every)} requests in {wall:.1f} s: {len(every) / wall:.0f} requests/s, "
        f"p50 {pct(every, 50):.1f} ms, p99 {pct(every, 99):.1f} ms, mean {statistics.fmean(every):.1f} ms"
    )
    print(f"answers by status: {dict(sorted(statuses.items(), key=str))}")
    print(f"\n{'kind':<24} {'requests':>9} {'p50 ms':>8} {'p99 ms':>8}  statuses")
    for kind in sorted(tally.latency):
        v = tally.latency[kind]
        print(f"{kind:<24} {len(v):>9} {pct(v, 50):>8.1f} {pct(v, 99):>8.1f}  {dict(sorted(tally.status[kind].items(), key=str))}")
    bad = {s: n for s, n in statuses.items() if not isinstance(s, int) or s >= 500}
    print(f"\n5xx or no answer: {sum(bad.values())} {bad if bad else ''}")
    return 1 if bad else 0


def run(base_url: str, private_pem: bytes) -> int:
    """Seed, warm up, drive for DURATION s, report."""
    tok = Tokens(private_pem)
    with httpx.Client(base_url=base_url, timeout=30.0) as client:
        seeded = seed(client, tok)
    mix = the_mix(tok, seeded)
    print(
        f"target {base_url}; {CONNECTIONS} connections, {DURATION:.0f} s after a {WARMUP:.0f} s warm-up; "
        f"mix (weight): {', '.join(f'{k} ({w})' for k, w, _ in mix)}"
    )
    print(f"machine: {os.cpu_count()} CPUs, load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    asyncio.run(drive(base_url, mix, WARMUP, None))
    tally = Tally()
    wall = asyncio.run(drive(base_url, mix, DURATION, tally))
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return report(tally, wall)


def main() -> int:
    """Drive BASE_URL, or start the e2e platform on PostgreSQL and drive it."""
    if os.environ.get("BASE_URL"):
        keys = Path(os.environ.get("REGPLAT_DATA_DIR", ROOT / "data")) / "keys" / "private.pem"
        return run(os.environ["BASE_URL"].rstrip("/"), keys.read_bytes())
    from tests.e2e.harness import gateway_kind, start_platform

    with tempfile.TemporaryDirectory(prefix="regplat-load-") as tmp, ExitStack() as stack:
        platform = start_platform(stack, Path(tmp), extra_env={**RAISED_LIMITS, "GATEWAY_ACCESS_LOG": "false"}, db_prefix="load")
        print(f"platform: four services on PostgreSQL, gateway: {gateway_kind()}")
        return run(platform.url, platform.keys.private_pem)


if __name__ == "__main__":
    sys.exit(main())
