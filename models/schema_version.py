"""The schema this version of the application works on, without SQLAlchemy or Alembic: the
migrations compare a database with it (models/migrations), and the start reads its first screen
only from a database already at it (models/companies/first_rows.py)."""

VERSION_TABLE = "alembic_version"
# The newest revision in migrations/versions/. Kept here so that a start on an up-to-date database
# costs one query and no Alembic import (~0.2 s of a 1.5 s start); a test checks it against Alembic.
HEAD = "0023"
