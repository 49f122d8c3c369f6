"""All of the customs service's tables, imported so that Base.metadata knows them (migrations, tests)."""


def register_models() -> None:
    """Import every domain package's models module (each adds its tables to shared.db.Base.metadata)."""
    import customs.declarations.models  # noqa: F401
    import customs.documents.models  # noqa: F401
    import customs.exports.models  # noqa: F401
    import customs.reference.models  # noqa: F401
    import shared.decisions  # noqa: F401
    import shared.http  # noqa: F401
