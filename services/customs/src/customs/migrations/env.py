from customs.models import register_models
from shared.db import Base
from shared.migrations import run_env

register_models()
run_env(Base.metadata)
