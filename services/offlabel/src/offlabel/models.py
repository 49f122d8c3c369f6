"""All of the offlabel service's tables, imported so that Base.metadata knows them (migrations, tests)."""


def register_models() -> None:
    """Import every domain package's models module (each adds its tables to shared.db.Base.metadata)."""
    import offlabel.courses.models  # noqa: F401
    import offlabel.coverage.models  # noqa: F401
    import offlabel.guidelines.models  # noqa: F401
    import offlabel.requests.models  # noqa: F401
    import shared.decisions  # noqa: F401
    import shared.http  # noqa: F401
