"""Root conftest: every member's tests share the fixtures of shared.testing (PostgreSQL, tokens, clients)."""

pytest_plugins = ["shared.testing"]
