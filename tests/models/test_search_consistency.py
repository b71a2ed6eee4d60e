"""The search document follows the committed data under any interleaving of two desks' saves.

Anna changes an establishment's street while Bert saves the company's notes. Each save rebuilds
the company's search document from what its own transaction sees; without a lock, Bert's rebuild
read the old street and overwrote Anna's document after she committed, so the company could no
longer be found by its new street. ``search.refresh`` now locks the company row first
(SELECT … FOR UPDATE on PostgreSQL), so the rebuilds run one after the other and the later one
reads the earlier one's committed rows.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from models.companies import search
from models.companies import services as svc
from models.companies.search import SearchService
from models.db import Database
from tests.models.conftest import company, establishment, new_company, new_user
from tests.models.test_conflict_pg import _wait_until_blocked


def _street_of_anna(database: Database, user_id: int, company_id: int) -> Callable[[Any], None]:
    def save(session: Any) -> None:
        est = svc.company_file(session, company_id).establishments[0]
        svc.update_establishment(session, est.id, est.version, establishment(street="Zuidereinde"))

    return save


def _notes_of_bert(company_id: int) -> Callable[[Any], None]:
    def save(session: Any) -> None:
        file = svc.company_file(session, company_id)
        svc.update_company(session, company_id, file.version, company(file.name, notes="Belt terug"))

    return save


def _found(database: Database, words: str) -> list[int]:
    with database.session() as session:
        return [hit.company_id for hit in SearchService(session).search(words)]


@pytest.mark.parametrize("first_saver", ["street", "notes"])
def test_two_editors_leave_the_company_findable_by_its_new_street(
    desks: tuple[Database, Database], first_saver: str
) -> None:
    first, second = desks
    anna = new_user(first, "anna", "Anna de Vries")
    bert = new_user(first, "bert", "Bert Bakker")
    company_id = new_company(first, "Bakkerij Jansen", user_id=anna)
    street, notes = _street_of_anna(first, anna, company_id), _notes_of_bert(company_id)
    # The one that saves first holds its transaction open while the other saves in a thread.
    held, other = (street, notes) if first_saver == "street" else (notes, street)
    held_db, held_user, other_db, other_user = (
        (first, anna, second, bert) if first_saver == "street" else (second, bert, first, anna)
    )
    outcome: dict[str, Any] = {}

    with held_db.session(user_id=held_user) as session:
        held(session)  # flushed, search document rebuilt, not committed

        def other_saves() -> None:
            try:
                with other_db.session(user_id=other_user) as own:
                    outcome["pid"] = own.execute(text("SELECT pg_backend_pid()")).scalar()
                    other(own)
                    own.commit()
                outcome["saved"] = True
            except Exception as exc:  # reported by the assertions below
                outcome["error"] = exc

        thread = threading.Thread(target=other_saves)
        thread.start()
        _wait_until_blocked(held_db, thread, outcome)
        session.commit()
    thread.join(timeout=30)

    assert not thread.is_alive()
    assert outcome.get("saved"), outcome
    assert _found(first, "Zuidereinde") == [company_id]
    assert _found(first, "Noordereinde") == []
    with first.session() as session:
        assert search.drift(session) == search.Drift(checked=1, missing=[], stale=[], orphaned=[])


def test_the_check_finds_and_repairs_drift(db: Database) -> None:
    kept = new_company(db, "Bakkerij Jansen")
    stale = new_company(db, "Slagerij Pietersen", main=establishment(postcode="1234 AB"))
    missing = new_company(db, "Kapsalon Knip", main=establishment(postcode="1235 AC"))
    with db.session() as session:
        dialect = session.get_bind().dialect.name
        key = "rowid" if dialect == "sqlite" else search.KEY
        session.execute(text(f"DELETE FROM {search.TABLE} WHERE {key} = :id"), {"id": missing})
        search.write_documents(session, [{"id": stale, "doc": "#n iets anders"}], replace=True)
        session.commit()
    assert _found(db, "Kapsalon") == []
    with db.session() as session:
        assert search.drift(session) == search.Drift(checked=3, missing=[missing], stale=[stale], orphaned=[])
        assert search.repair(session) == search.Drift(
            checked=3, missing=[missing], stale=[stale], orphaned=[]
        )
        session.commit()
    with db.session() as session:
        assert search.drift(session) == search.Drift(checked=3, missing=[], stale=[], orphaned=[])
    assert _found(db, "Kapsalon") == [missing]
    assert _found(db, "Slagerij") == [stale]
    assert _found(db, "Bakkerij") == [kept]
