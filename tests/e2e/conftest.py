"""The end-to-end suite: the five real processes, reached only through the gateway."""

from contextlib import ExitStack

import pytest

from tests.e2e.harness import start_platform


@pytest.fixture(scope="session")
def platform(tmp_path_factory):
    with ExitStack() as stack:
        yield start_platform(stack, tmp_path_factory.mktemp("platform"))


@pytest.fixture
def gw(platform):
    with platform.client() as c:
        yield c
