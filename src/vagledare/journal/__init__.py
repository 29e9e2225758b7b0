"""The journal: SQLAlchemy models, the database gateway and the rules of each aggregate."""
