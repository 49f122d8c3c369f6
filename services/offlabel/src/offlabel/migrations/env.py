from shared.db import Base
from shared.migrations import run_env

from offlabel.models import register_models

register_models()
run_env(Base.metadata)
