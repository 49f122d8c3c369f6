import pytest

from inspections.main import MIGRATIONS_DIR, Settings, create_app
from shared.testing import ServiceUnderTest


@pytest.fixture(scope="session")
def service() -> ServiceUnderTest:
    return ServiceUnderTest("inspections", create_app, Settings, MIGRATIONS_DIR)
