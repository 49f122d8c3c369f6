"""All of the claims service's tables, imported so that Base.metadata knows them (migrations, tests)."""


def register_models() -> None:
    """Import every domain package's models module (each adds its tables to shared.db.Base.metadata)."""
    import claims.agencies.models  # noqa: F401
    import claims.cases.models  # noqa: F401
    import claims.training.models  # noqa: F401
    import shared.decisions  # noqa: F401
    import shared.http  # noqa: F401
    from claims.cases import held

    held.install()  # issue 18: cases.held follows the lines on every flush
