import shared.decisions  # noqa: F401
import shared.http  # noqa: F401
from shared.db import Base
from shared.migrations import run_env

run_env(Base.metadata)
