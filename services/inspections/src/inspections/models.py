"""All of the inspections service's tables, imported so that Base.metadata knows them (migrations, tests)."""


def register_models() -> None:
    """Import every domain package's models module (each adds its tables to shared.db.Base.metadata)."""
    import inspections.centres.models  # noqa: F401
    import inspections.enforcement.models  # noqa: F401
    import inspections.inspections.models  # noqa: F401
    import inspections.reports.models  # noqa: F401
    import shared.decisions  # noqa: F401
    import shared.http  # noqa: F401
