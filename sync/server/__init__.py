"""The central sync service (FastAPI): app factory, API, services, database, admin CLI."""
