"""Persistence: SQLAlchemy models, the database file and its migrations, the photo store, change tracking."""
