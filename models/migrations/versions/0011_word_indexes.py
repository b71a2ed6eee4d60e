"""word indexes

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

The signals list's word search by index instead of a scan of every signal (issue 17): on
PostgreSQL a pg_trgm GIN index on ``signal.search_text`` (the extension comes from 0001), which
``LIKE '%word%'`` uses as it is; on SQLite an FTS5 trigram table over the same column
(external content: it stores only the index, the text stays in ``signal``), kept by triggers on
``signal`` so that every writer (the services, the demo, a transfer, a privacy erasure) keeps it
without knowing of it. The statements are written out here so that this revision never changes.

A later revision that rebuilds ``signal`` in batch mode on SQLite drops these triggers with the
old table: it must create them again (``SQLITE_TRIGGERS``) and rebuild the index.
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

SQLITE_TRIGGERS = [
    "CREATE TRIGGER signal_search_ai AFTER INSERT ON signal BEGIN "
    "INSERT INTO signal_search (rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER signal_search_ad AFTER DELETE ON signal BEGIN "
    "INSERT INTO signal_search (signal_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER signal_search_au AFTER UPDATE OF search_text ON signal BEGIN "
    "INSERT INTO signal_search (signal_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO signal_search (rowid, search_text) VALUES (new.id, new.search_text); END",
]
SQLITE_DDL = [
    "CREATE VIRTUAL TABLE signal_search USING fts5(search_text, content = 'signal', "
    "content_rowid = 'id', tokenize = 'trigram')",
    *SQLITE_TRIGGERS,
    "INSERT INTO signal_search (signal_search) VALUES ('rebuild')",
]
POSTGRES_DDL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_signal_search_text ON signal USING gin (search_text gin_trgm_ops)",
]


def upgrade() -> None:
    for statement in SQLITE_DDL if op.get_bind().dialect.name == "sqlite" else POSTGRES_DDL:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("signal_search_ai", "signal_search_ad", "signal_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS signal_search")
    else:
        op.execute("DROP INDEX IF EXISTS ix_signal_search_text")
