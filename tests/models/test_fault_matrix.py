"""The fault matrix of issue 19: each fault a tester found, on SQLite and on PostgreSQL.

One row per fault, run on both databases (the ``backend`` parameter): what was done, and what a
person must meet instead of a crash, a lost or a doubled record. The detailed tests of each fault
live beside their feature (named in each row); this module is the one table to count from:
``pytest tests/models/test_fault_matrix.py -q`` runs faults × databases.

On SQLite writers are serialised by the file's lock, so "at once" is tested as the closest
interleaving one connection allows: the second desk starts after the first wrote.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from models.ambitions import services as ambitions
from models.ambitions.entities import AmbitionPlan, PlanStatus
from models.ambitions.services import AmbitionInput
from models.companies import search
from models.companies import services as companies
from models.companies.entities import Company
from models.companies.search import SearchService
from models.consultations import services as consultations
from models.db import Database
from models.desk import knowledge
from models.errors import DatabaseAdviceError, DomainError, NotFoundError, database_advice
from models.migrations import HEAD, migrate, migration_lock
from models.offline import sets as offline_sets
from models.offline.sets import COMPANIES, ROUND, SetDefinition
from models.privacy import services as privacy
from models.privacy.dossier import PersonQuery
from models.signals import services as signals
from models.signals.services import SignalFilter
from models.team.entities import Role
from models.validation import OutOfBoundsError
from tests.models.conftest import company, establishment, new_company, new_user
from tests.models.test_ambitions import adopt
from tests.models.test_conflict_pg import _wait_until_blocked
from tests.models.test_migration_lock import _waiting_for_the_lock

TODAY = date(2026, 12, 3)
PASTED = "Dorpsstraat " * 83_334


def _found(database: Database, words: str) -> list[int]:
    with database.session() as s:
        return [hit.company_id for hit in SearchService(s).search(words)]


def _street_and_notes_at_once(db: Database, _empty: Callable[[], str]) -> None:
    """Issue 19: A changes a street while B saves the notes; the company stays findable by the street."""
    second = Database(db.url)
    try:
        company_id = new_company(db, "Bakkerij Jansen")
        with db.session() as a:
            est = companies.company_file(a, company_id).establishments[0]
            companies.update_establishment(a, est.id, est.version, establishment(street="Zuidereinde"))
            outcome: dict[str, Any] = {}

            def notes() -> None:
                with second.session() as b:
                    outcome["pid"] = (
                        b.execute(text("SELECT pg_backend_pid()")).scalar() if not db.is_sqlite else 0
                    )
                    file = companies.company_file(b, company_id)
                    companies.update_company(
                        b, company_id, file.version, company(file.name, notes="Belt terug")
                    )
                    b.commit()
                outcome["saved"] = True

            if db.is_sqlite:
                a.commit()  # one writer at a time: B starts after A wrote
                notes()
            else:
                thread = threading.Thread(target=notes)
                thread.start()
                _wait_until_blocked(db, thread, outcome)  # B waits for A's lock on the company
                a.commit()
                thread.join(timeout=30)
        assert outcome.get("saved")
        assert _found(db, "Zuidereinde") == [company_id]
        with db.session() as s:
            assert search.drift(s).clean
    finally:
        second.dispose()


def _drifted_index_repaired(db: Database, _empty: Callable[[], str]) -> None:
    """A search document left stale (an older version's race, a hand edit): admin check repairs it."""
    company_id = new_company(db, "Kapsalon Knip")
    with db.session() as s:
        search.write_documents(s, [{"id": company_id, "doc": "#n iets anders"}], replace=True)
        s.commit()
    with db.session() as s:
        assert search.repair(s).stale == [company_id]
        s.commit()
    assert _found(db, "Kapsalon") == [company_id]


def _two_drafts_of_a_plan(db: Database, _empty: Callable[[], str]) -> None:
    """Two officials press Nieuwe versie at once: one draft; the second is told who made it."""
    anna = new_user(db, "anna", "Anna de Vries", Role.OFFICIAL)
    with db.session() as s:
        plan_id = ambitions.create_plan(s, "Koers op ondernemen")
        ambitions.save_ambition(s, plan_id, AmbitionInput(theme="arbeidsmarkt", title="Banen"))
        s.commit()
    adopt(db, plan_id)
    with db.session(user_id=anna) as s:
        ambitions.new_version(s, plan_id)
        s.commit()
    with db.session() as s, pytest.raises(DomainError) as info:
        ambitions.new_version(s, plan_id)
    assert info.value.params["who"] == "Anna de Vries"
    with db.session() as s:  # past the service's check, the index refuses it too
        s.add(AmbitionPlan(title="Nog een concept", number=3, status=PlanStatus.DRAFT))
        with pytest.raises(Exception, match="(?i)unique"):
            s.flush()


def _two_migrations_at_once(db: Database, empty: Callable[[], str]) -> None:
    """Two admin migrate at once on an empty database: the second waits and finds it current."""
    url = empty()
    holder, first, second = Database(url), Database(url), Database(url)
    results: list[Any] = []
    try:
        if holder.is_sqlite:  # the file's own lock serialises them
            results = [migrate(first), migrate(second)]
        else:
            threads = [
                threading.Thread(target=lambda d=d: results.append(migrate(d))) for d in (first, second)
            ]
            with migration_lock(holder):
                for thread in threads:
                    thread.start()
                _waiting_for_the_lock(holder, 2, [])
            for thread in threads:
                thread.join(timeout=120)
        assert sorted((r.before or "", r.after) for r in results) == [("", HEAD), (HEAD, HEAD)]
    finally:
        for database in (holder, first, second):
            database.dispose()


def _retried_create(db: Database, _empty: Callable[[], str]) -> None:
    """A create whose answer was lost, retried with the form's token: one company."""
    token = str(uuid.uuid4())
    ids = []
    for _attempt in range(2):
        with db.session() as s:
            ids.append(
                companies.create_company(s, company("Kapsalon Knip"), establishment(), client_token=token)
            )
            s.commit()
    assert ids[0] == ids[1]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Company)) == 1


def _huge_numbers(db: Database, _empty: Callable[[], str]) -> None:
    """M-2147483648 and M-99999999999999999999 in the Meldingen search; --interaction, --signal,
    --round and --ids 9999… on the command line"""
    for typed in ("M-2147483648", "M-99999999999999999999"):
        with db.session() as s, pytest.raises(OutOfBoundsError):
            signals.find_signals(s, SignalFilter(text=typed), today=TODAY)
    with db.session() as s, pytest.raises(NotFoundError):
        consultations.interaction(s, 99999999999999999999, today=TODAY)
    with db.session() as s, pytest.raises(NotFoundError):  # admin pdf letter --signal M-9999…
        signals.signal(s, 99999999999999999999, today=TODAY)
    for definition in (  # admin offline take --round 9999… / --ids 9999…
        SetDefinition(kind=ROUND, round_id=2147483648),
        SetDefinition(kind=COMPANIES, company_ids=(99999999999999999999,)),
    ):
        with db.session() as s, pytest.raises(OutOfBoundsError):
            offline_sets.company_ids(s, definition, None)


def _pasted_page(db: Database, _empty: Callable[[], str]) -> None:
    """A million characters pasted into every search box: a sentence, or the first 200 read."""
    for find in (
        lambda s: signals.find_signals(s, SignalFilter(text=PASTED), today=TODAY),
        lambda s: knowledge.search_articles(s, PASTED, today=TODAY),
        lambda s: privacy.find_person(s, PersonQuery(name=PASTED)),
        lambda s: offline_sets.company_ids(s, SetDefinition(kind=COMPANIES, text=PASTED), None),
    ):
        with db.session() as s, pytest.raises(OutOfBoundsError):
            find(s)
    with db.session() as s:
        SearchService(s).search(PASTED)


def _english_database_texts(db: Database, _empty: Callable[[], str]) -> None:
    """What the database says in English, known by its code, becomes advice (not by its wording)."""
    with db.engine.connect() as connection:
        if db.is_sqlite:
            connection.exec_driver_sql("PRAGMA query_only = ON")
            with pytest.raises(DBAPIError) as info:
                connection.exec_driver_sql("CREATE TABLE fault_matrix (id INTEGER)")
            assert isinstance(info.value.orig, sqlite3.Error)
        else:
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")
            with pytest.raises(DBAPIError) as info:
                connection.execute(text("CREATE TABLE fault_matrix (id INTEGER)"))
    advice = database_advice(info.value)
    assert isinstance(advice, DatabaseAdviceError)


FAULTS: dict[str, Callable[[Database, Callable[[], str]], None]] = {
    "street and notes saved at once (search document)": _street_and_notes_at_once,
    "search index drifted from the data (admin check)": _drifted_index_repaired,
    "Nieuwe versie twice at once": _two_drafts_of_a_plan,
    "admin migrate twice at once on an empty database": _two_migrations_at_once,
    "create retried after a lost answer": _retried_create,
    "record numbers beyond any (search, --interaction)": _huge_numbers,
    "a million characters pasted into a search": _pasted_page,
    "English database text after a Dutch sentence": _english_database_texts,
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_fault(
    db: Database, fault: str, backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    def empty() -> str:
        if backend == "sqlite":
            return f"sqlite:///{tmp_path / 'empty.db'}"
        return str(request.getfixturevalue("pg_schema"))

    FAULTS[fault](db, empty)
