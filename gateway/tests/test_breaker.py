"""The circuit breaker's state machine alone (pure logic, a fake clock); test_failures.py runs it against a real process."""

from gateway.breaker import CLOSED, HALF_OPEN, OPEN, CircuitBreaker
from gateway.routes import PublicRoutes


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_opens_after_n_consecutive_failures_only():
    clock = Clock()
    b = CircuitBreaker(failures=3, cooldown=10, clock=clock)
    b.failure()
    b.failure()
    b.success()  # a success resets the count: failures must be consecutive
    b.failure()
    b.failure()
    assert b.state == CLOSED and b.allow()
    b.failure()
    assert b.state == OPEN and not b.allow()
    assert b.retry_after() == 10


def test_half_open_lets_one_trial_through_and_its_outcome_decides():
    clock = Clock()
    b = CircuitBreaker(failures=1, cooldown=5, clock=clock)
    b.failure()
    clock.now += 5
    assert b.state == HALF_OPEN
    assert b.allow() is True
    assert b.allow() is False, "only one trial at a time"
    b.failure()
    assert b.state == OPEN and b.retry_after() == 5
    clock.now += 5
    assert b.allow() is True
    b.success()
    assert b.state == CLOSED and b.allow() and b.allow()


def test_a_trial_that_tells_nothing_frees_the_slot():
    clock = Clock()
    b = CircuitBreaker(failures=1, cooldown=1, clock=clock)
    b.failure()
    clock.now += 1
    assert b.allow()
    b.release()  # e.g. the client went away
    assert b.allow()


def test_public_allow_list():
    p = PublicRoutes()
    assert p.is_public("GET", "/customs/v1/regulations")
    assert p.is_public("GET", "/claims/v1/regulations/1000/99/9958")
    assert p.is_public("POST", "/customs/v1/precheck")
    assert p.is_public("GET", "/inspections/v1/centers/42/public-status")
    assert p.is_public("GET", "/inspections/v1/public/centers")
    assert p.is_public("GET", "/offlabel/v1/guidelines/BEV-IVT")
    # a decoded newline or backslash in a public route's parameter does not make it ask for a token (fuzz, issue 16)
    assert p.is_public("GET", "/offlabel/v1/guidelines/a\nb")
    assert p.is_public("GET", "/inspections/v1/regulations/1\n2\\3")
    assert not p.is_public("GET", "/offlabel/v1/guidelinesX")
    assert not p.is_public("GET", "/customs/v1/regulationsX")
    assert not p.is_public("POST", "/customs/v1/regulations")
    assert not p.is_public("GET", "/customs/v1/precheck/../declarations")  # shape only; dot segments are refused earlier
    assert not p.is_public("GET", "/inspections/v1/centers/42/x/public-status")
    assert not p.is_public("GET", "/customs/v1/declarations")
    assert not p.is_public("GET", "/offlabel/metrics")


def test_production_settings_refuse_development_keys(tmp_path):
    import pytest
    from pydantic import ValidationError

    from gateway.settings import GatewaySettings

    with pytest.raises(ValidationError):
        GatewaySettings(environment="production", data_dir=tmp_path)
    with pytest.raises(ValidationError):
        GatewaySettings(environment="production", data_dir=tmp_path, jwks_path=tmp_path / "keys" / "jwks.json")
    ok = GatewaySettings(environment="production", data_dir=tmp_path, jwks_url="https://idp.example/jwks.json")
    assert ok.database_url is None  # the gateway has no database, and production does not ask for one
