import pytest

from customs.main import MIGRATIONS_DIR, Settings, create_app
from shared.testing import ServiceUnderTest


@pytest.fixture(scope="session")
def service() -> ServiceUnderTest:
    return ServiceUnderTest("customs", create_app, Settings, MIGRATIONS_DIR)
