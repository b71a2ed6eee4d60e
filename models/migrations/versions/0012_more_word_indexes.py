"""more word indexes

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03

Word search by index for observations and desk questions, and for the signals of the roles that
may not read who reported them (issue 17), the way 0011 did it for the signals' handlers:

- ``observation.search_text`` and ``desk_question.search_text``: the folded words a record is
  found by (an observation's address, company, finding, advice and with whom was spoken; a
  question's company, visitor, question and answer);
- ``signal.public_search_text``: a signal's ``search_text`` without the reporter's name, e-mail
  and phone, so that a search by a role that may not read them cannot match on them (on a shared
  server that role's login may not read ``search_text`` at all);
- each indexed as in 0011: a pg_trgm GIN index on the column on PostgreSQL; on SQLite an FTS5
  trigram table over the column (external content), kept by triggers.

The columns are filled here for the rows that exist, with this revision's own copy of the folding
(a revision imports no live code), without touching the rows' version or audit trail (the
server's triggers let the schema's owner write rows as given with ``ondernemersdesk.audit = off``).
The columns are added with ALTER TABLE (batch mode without a table copy), so 0011's triggers on
``signal`` stay.
"""

import re
import unicodedata
from collections.abc import Callable, Iterable

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

BATCH = 5_000

# (table, column, FTS5 table, PostgreSQL index)
INDEXES = [
    ("observation", "search_text", "observation_search", "ix_observation_search_text"),
    ("desk_question", "search_text", "desk_question_search", "ix_desk_question_search_text"),
    ("signal", "public_search_text", "signal_public_search", "ix_signal_public_search_text"),
]


def sqlite_ddl(table: str, column: str, fts: str) -> list[str]:
    """The FTS5 table over ``table.column`` and the triggers that keep it (as 0011's)."""
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({column}, content = '{table}', "
        f"content_rowid = 'id', tokenize = 'trigram')",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts} (rowid, {column}) VALUES (new.id, new.{column}); END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts} ({fts}, rowid, {column}) VALUES ('delete', old.id, old.{column}); END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {column} ON {table} BEGIN "
        f"INSERT INTO {fts} ({fts}, rowid, {column}) VALUES ('delete', old.id, old.{column}); "
        f"INSERT INTO {fts} (rowid, {column}) VALUES (new.id, new.{column}); END",
        f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')",
    ]


# -- this revision's copy of models.text.fold -----------------------------------------------------

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_SPECIAL = str.maketrans(
    {"ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "œ": "oe", "ĳ": "ij", "þ": "th", "ð": "d", "ı": "i"}
)


def _fold(value: str | None) -> str:
    if not value:
        return ""
    if value.isascii():
        return _NON_ALNUM.sub(" ", value.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", value.lower().translate(_SPECIAL))
    return _NON_ALNUM.sub(" ", "".join(c for c in decomposed if not unicodedata.combining(c))).strip()


def _doc(parts: Iterable[str | None]) -> str:
    return " " + " ".join(_fold(p) for p in parts if p) + " "


def _observation(row: sa.Row) -> str:
    street, number, company, finding, action, spoke_with = row[1:]
    return _doc((street, number, company, finding, action, spoke_with))


def _question(row: sa.Row) -> str:
    company, visitor, question, answer = row[1:]
    return _doc((company, visitor, question, answer))


def _signal(row: sa.Row) -> str:
    street, number, postcode, city, company, description = row[1:]
    return _doc((street, number, (postcode or "").replace(" ", ""), city, company, description))


FILL: dict[str, tuple[str, Callable[[sa.Row], str]]] = {
    "observation": (
        "SELECT o.id, o.street, o.house_number, c.name, o.finding, o.action, o.spoke_with "
        "FROM observation o LEFT JOIN company c ON c.id = o.company_id WHERE o.id > :after ORDER BY o.id",
        _observation,
    ),
    "desk_question": (
        "SELECT q.id, c.name, q.visitor, q.question, q.answer "
        "FROM desk_question q LEFT JOIN company c ON c.id = q.company_id WHERE q.id > :after ORDER BY q.id",
        _question,
    ),
    "signal": (
        "SELECT s.id, s.street, s.house_number, s.postcode, s.city, c.name, s.description "
        "FROM signal s LEFT JOIN company c ON c.id = s.company_id WHERE s.id > :after ORDER BY s.id",
        _signal,
    ),
}


def _fill(table: str, column: str) -> None:
    bind = op.get_bind()
    query, make = FILL[table]
    update = sa.text(f"UPDATE {table} SET {column} = :doc WHERE id = :row_id")
    after = 0
    while True:
        rows = bind.execute(sa.text(query + f" LIMIT {BATCH}"), {"after": after}).all()
        if not rows:
            return
        bind.execute(update, [{"row_id": row[0], "doc": make(row)} for row in rows])
        after = rows[-1][0]


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if not sqlite:
        # Rows filled in as they are: no version bump, no audit entry (honoured for the owner only).
        op.execute("SET LOCAL ondernemersdesk.audit = 'off'")
    for table, column, fts, index in INDEXES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column(column, sa.Text(), nullable=False, server_default=""))
        _fill(table, column)
        if sqlite:
            for statement in sqlite_ddl(table, column, fts):
                op.execute(statement)
        else:
            op.execute(f"CREATE INDEX {index} ON {table} USING gin ({column} gin_trgm_ops)")
    if not sqlite:
        op.execute("RESET ondernemersdesk.audit")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, column, fts, index in reversed(INDEXES):
        if sqlite:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
        else:
            op.execute(f"DROP INDEX IF EXISTS {index}")
        # Not batch mode: a copy of ``signal`` would lose 0011's triggers (SQLite drops a column
        # itself since 3.35, and these columns are in no index or trigger once the above are gone).
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
