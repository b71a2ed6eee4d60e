"""Removing a row finds what still refers to it through an index, never by reading a whole table."""

from __future__ import annotations

import warnings

from sqlalchemy import PrimaryKeyConstraint, UniqueConstraint, inspect
from sqlalchemy.exc import SAWarning

from models import schema
from models.db import Database

# Rows that are never removed, only switched off (an official, an area, a category, a template, a
# reason, an ambition and its plan keep their history): references to them need no index.
NEVER_REMOVED = {
    "app_user",
    "area",
    "signal_category",
    "feedback_template",
    "signal_reaction_reason",
    "ambition",
    "ambition_plan",
}


def _unindexed(indexed_first: dict[str, set[str]], references: list[tuple[str, str, str]]) -> list[str]:
    return sorted(
        f"{table}.{column} -> {referred}"
        for table, column, referred in references
        if referred not in NEVER_REMOVED and column not in indexed_first[table]
    )


def test_every_reference_to_rows_the_application_removes_is_indexed() -> None:
    """The daily retention run removed 300 cancelled signals in 6 s at municipal scale, each
    removal reading all 100,000 observations for one naming it (revision 0023)."""
    indexed_first: dict[str, set[str]] = {}
    references: list[tuple[str, str, str]] = []
    for table in schema.metadata.sorted_tables:
        firsts = {next(iter(index.columns)).name for index in table.indexes if index.columns}
        firsts |= {
            next(iter(c.columns)).name
            for c in table.constraints
            if isinstance(c, UniqueConstraint | PrimaryKeyConstraint) and c.columns
        }
        indexed_first[table.name] = firsts
        references += [(table.name, fk.parent.name, fk.column.table.name) for fk in table.foreign_keys]
    assert _unindexed(indexed_first, references) == []


def test_a_migrated_database_has_those_indexes(db: Database) -> None:
    found = inspect(db.engine)
    indexed_first: dict[str, set[str]] = {}
    references: list[tuple[str, str, str]] = []
    with warnings.catch_warnings():  # an index of expressions (a lowercased name) is left out
        warnings.simplefilter("ignore", SAWarning)
        for table in found.get_table_names():
            firsts = {i["column_names"][0] for i in found.get_indexes(table) if i["column_names"]}
            firsts |= {u["column_names"][0] for u in found.get_unique_constraints(table)}
            firsts |= set(found.get_pk_constraint(table)["constrained_columns"][:1])
            indexed_first[table] = firsts
            references += [
                (table, fk["constrained_columns"][0], fk["referred_table"])
                for fk in found.get_foreign_keys(table)
            ]
    assert _unindexed(indexed_first, references) == []
