import pytest

from offlabel.main import MIGRATIONS_DIR, Settings, create_app
from shared.testing import ServiceUnderTest


@pytest.fixture(scope="session")
def service() -> ServiceUnderTest:
    return ServiceUnderTest("offlabel", create_app, Settings, MIGRATIONS_DIR)
