"""A substring index over folded text documents, the same shape on both databases.

The piece of ``models.companies.search`` that is not about companies, made reusable: one document of
folded text per record, in an FTS5 table with the trigram tokenizer on SQLite (the record's
id is the rowid) and in a plain table with a pg_trgm GIN index on PostgreSQL. Both answer
"which documents contain every one of these fragments" from the index; fragments shorter
than three characters cannot use trigrams and are checked on the documents the longer ones
found (or, when there are only short ones, by a scan, which is only acceptable for small
tables such as the knowledge base).

This is the one writer of every search index: the company search (whose PostgreSQL id column is
``company_id``, hence ``key``), the knowledge base, the demo generator and the transfer all
store their documents through :func:`write`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, SQLColumnExpression, bindparam, literal_column, select, table, text
from sqlalchemy.orm import Session

from models.text import fold


def create_ddl(table: str, references: str, dialect: str, *, key: str = "id") -> list[str]:
    """The statements that create the index ``table`` for documents of rows of ``references``.

    ``key`` names the id column on PostgreSQL; on SQLite the id is the FTS5 table's rowid.
    """
    if dialect == "sqlite":
        return [f"CREATE VIRTUAL TABLE {table} USING fts5(doc, tokenize = 'trigram')"]
    return [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        f"CREATE TABLE {table} ({key} INTEGER PRIMARY KEY REFERENCES {references} (id) ON DELETE CASCADE, "
        "doc TEXT NOT NULL)",
        f"CREATE INDEX ix_{table}_doc ON {table} USING gin (doc gin_trgm_ops)",
    ]


def drop_ddl(table: str) -> list[str]:
    return [f"DROP TABLE IF EXISTS {table}"]


def _key(dialect: str, key: str) -> str:
    return "rowid" if dialect == "sqlite" else key


def write(
    session: Session, table: str, docs: Sequence[dict], *, replace: bool = True, key: str = "id"
) -> None:
    """Store documents given as ``{"id": …, "doc": folded text}``; ``replace`` those that exist.

    ``replace=False`` is for documents known to be new (a bulk import, a rebuild after emptying
    the table): SQLite then skips the delete. ``key`` is the id column on PostgreSQL.
    """
    if not docs:
        return
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        if replace:
            session.execute(
                text(f"DELETE FROM {table} WHERE rowid IN :ids").bindparams(bindparam("ids", expanding=True)),
                {"ids": [d["id"] for d in docs]},
            )
        session.execute(text(f"INSERT INTO {table} (rowid, doc) VALUES (:id, :doc)"), list(docs))
    else:
        # One statement for the whole batch (two arrays), not one per document: the company index's
        # statement triggers (the names' words, revision 0022) then run once per batch. Given
        # row by row, an import of 50,000 companies ran them 50,000 times (35-50 s -> 75 s).
        # The last document of an id wins, as it did row by row.
        latest = {d["id"]: d["doc"] for d in docs}
        session.execute(
            text(
                f"INSERT INTO {table} ({key}, doc) "
                "SELECT * FROM unnest(CAST(:ids AS bigint[]), CAST(:docs AS text[])) "
                f"ON CONFLICT ({key}) DO UPDATE SET doc = excluded.doc"
            ),
            {"ids": list(latest), "docs": list(latest.values())},
        )


@dataclass(frozen=True, kw_only=True)
class Match:
    """The condition "the document contains every token", to put in a query of one's own.

    ``key`` is the index's id column and ``where`` the condition, both qualified with the
    index's table name, so the index can be joined to the table whose rows it describes.
    """

    key: str
    where: str
    params: dict[str, object]


def match(dialect: str, table: str, tokens: Sequence[str], *, key: str = "id") -> Match | None:
    """None when there is nothing to look for."""
    tokens = [t for t in tokens if t]
    if not tokens:
        return None
    params: dict[str, object] = {}
    where: list[str] = []
    if dialect == "sqlite":
        long = [t for t in tokens if len(t) >= 3]
        if long:
            where.append(f"{table} MATCH :ft_match")
            params["ft_match"] = " AND ".join('"' + t.replace('"', '""') + '"' for t in long)
        for i, token in enumerate(t for t in tokens if len(t) < 3):
            where.append(f"instr({table}.doc, :ft_s{i}) > 0")
            params[f"ft_s{i}"] = token
    else:
        for i, token in enumerate(tokens):
            where.append(f"{table}.doc LIKE :ft_t{i}")
            params[f"ft_t{i}"] = (
                "%" + token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            )
    return Match(key=f"{table}.{_key(dialect, key)}", where=" AND ".join(where), params=params)


def containing(session: Session, table: str, tokens: Sequence[str], limit: int) -> list[int]:
    """Ids of the documents that contain every (folded) token as a substring."""
    found = match(session.get_bind().dialect.name, table, tokens)
    if found is None:
        return []
    sql = f"SELECT {found.key} FROM {table} WHERE {found.where} LIMIT :limit"
    return list(session.scalars(text(sql), {**found.params, "limit": limit}))


# -- the word search of a list (signals, observations, desk questions) ---------------------------

# A trigram index finds only fragments of three characters or more.
MIN_INDEXED = 3
# What one search may hold at most. Words past these are left out (the search then finds more, never
# less than the first ones allow): a pasted page must not become thousands of conditions, which
# SQLite refuses beyond its expression depth of 1,000.
MAX_WORDS = 12
MAX_WORD = 100


def search_words(typed: str) -> list[str]:
    """The folded words to look for in a list's search text: only a-z and 0-9, each once, the
    longest first (the index looks them up), none inside another already kept."""
    words: list[str] = []
    for word in sorted(set(fold(typed).split()), key=lambda w: (-len(w), w)):
        word = word[:MAX_WORD]
        if not any(word in kept for kept in words):
            words.append(word)
    return words[:MAX_WORDS]


def too_short(words: Sequence[str]) -> bool:
    """Whether these words ask for a search no index can answer: none has three characters.

    A list searched as one types waits for the third character rather than read every row for
    one or two (a word of two is still checked, on the rows a longer word found).
    """
    return not any(len(w) >= MIN_INDEXED for w in words)


def where_containing(
    stmt: Select[Any],
    dialect: str,
    key: SQLColumnExpression[Any],
    doc: SQLColumnExpression[str],
    index: str,
    words: Sequence[str],
) -> Select[Any]:
    """``stmt`` limited to the rows whose folded text ``doc`` holds every word of ``search_words``.

    On SQLite the words of three characters or more are looked up in the FTS5 trigram table
    ``index`` (external content over ``doc``, its rowid the row's ``key``); shorter ones have no
    trigram and are checked with LIKE on the rows the index found. On PostgreSQL ``LIKE`` itself
    uses the pg_trgm GIN index on ``doc``. Folded words hold only a-z and 0-9: nothing to escape
    in the quoted FTS5 strings nor in the LIKE patterns.
    """
    if not words:
        return stmt
    long = [w for w in words if len(w) >= MIN_INDEXED]
    if long and dialect == "sqlite":
        found: Select[Any] = (
            select(literal_column("rowid"))
            .select_from(table(index))
            .where(literal_column(index).op("MATCH")(" AND ".join(f'"{w}"' for w in long)))
        )
        stmt = stmt.where(key.in_(found))
        words = [w for w in words if len(w) < MIN_INDEXED]
    return stmt.where(*(doc.like(f"%{word}%") for word in words))
