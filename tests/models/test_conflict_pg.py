"""Two officials, two desks, one company file: the second save never overwrites the first.

Each desk has its own ``Database`` (its own engine and connections) on the same database,
as two running applications would.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import text

import models.companies.services as companies_module
from models.common import load_for_edit
from models.companies import listing
from models.companies import services as svc
from models.db import Database
from models.errors import ConflictError, DuplicateCompanyError, ValidationError
from models.migrations import migrate
from tests.models.conftest import company, establishment, new_company, new_user


@pytest.fixture
def two_desks(database_url: str) -> Iterator[tuple[Database, Database]]:
    """Two desks on each backend: a shared SQLite file works the same for these races."""
    first, second = Database(database_url), Database(database_url)
    migrate(first)
    yield first, second
    first.dispose()
    second.dispose()


@pytest.fixture
def people(desks: tuple[Database, Database]) -> tuple[int, int, int]:
    """Anna and Bert, and the file of Bakkerij Jansen at version 1."""
    first, _ = desks
    anna = new_user(first, "anna", "Anna de Vries")
    bert = new_user(first, "bert", "Bert Bakker")
    company_id = new_company(first, "Bakkerij Jansen", user_id=anna)
    return anna, bert, company_id


def opened(database: Database, company_id: int) -> svc.CompanyFile:
    with database.session() as session:
        return svc.company_file(session, company_id)


def test_the_second_save_names_who_saved_first(
    desks: tuple[Database, Database], people: tuple[int, int, int]
) -> None:
    first, second = desks
    anna, bert, company_id = people
    annas_copy, berts_copy = opened(first, company_id), opened(second, company_id)
    assert annas_copy.version == berts_copy.version == 1

    with first.session(user_id=anna) as session:
        svc.update_company(session, company_id, annas_copy.version, company("Bakkerij Jansen & Zn."))
        session.commit()
    with second.session(user_id=bert) as session, pytest.raises(ConflictError) as info:
        svc.update_company(session, company_id, berts_copy.version, company("Bakker Jansen"))

    assert info.value.changed_by == "Anna de Vries"
    assert info.value.entity == "company"
    now = opened(second, company_id)
    assert (now.name, now.version) == ("Bakkerij Jansen & Zn.", 2)
    # Reloaded, Bert saves on top of Anna's version.
    with second.session(user_id=bert) as session:
        assert svc.update_company(session, company_id, now.version, company("Bakker Jansen")) == 3
        session.commit()
    assert opened(first, company_id).name == "Bakker Jansen"


def test_both_pass_the_version_check_and_the_update_catches_it(
    desks: tuple[Database, Database], people: tuple[int, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bert's check passes; Anna saves in that very instant; Bert's UPDATE finds no row with
    the version he loaded (StaleDataError) and flush_or_conflict turns that into the message."""
    first, second = desks
    anna, bert, company_id = people

    def anna_saves() -> None:
        with first.session(user_id=anna) as session:
            svc.update_company(session, company_id, 1, company("Bakkerij Jansen & Zn."))
            session.commit()

    monkeypatch.setattr(companies_module, "load_for_edit", _then(load_for_edit, anna_saves))
    with second.session(user_id=bert) as session:
        with pytest.raises(ConflictError) as info:
            svc.update_company(session, company_id, 1, company("Bakker Jansen"))
        assert info.value.changed_by == "Anna de Vries"
        assert info.value.changed_at is not None
        # The session is usable again: it was rolled back, not left half-flushed.
        assert session.execute(text("SELECT name FROM company")).scalar() == "Bakkerij Jansen & Zn."

    assert opened(first, company_id).name == "Bakkerij Jansen & Zn."
    assert opened(first, company_id).version == 2


def test_archive_racing_an_edit(
    desks: tuple[Database, Database], people: tuple[int, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = desks
    anna, bert, company_id = people

    def anna_archives() -> None:
        with first.session(user_id=anna) as session:
            svc.set_archived(session, company_id, 1, True)
            session.commit()

    monkeypatch.setattr(companies_module, "load_for_edit", _then(load_for_edit, anna_archives))
    with second.session(user_id=bert) as session, pytest.raises(ConflictError) as info:
        svc.update_company(session, company_id, 1, company("Bakker Jansen"))
    assert info.value.changed_by == "Anna de Vries"
    now = opened(second, company_id)
    assert (now.name, now.archived_at is not None) == ("Bakkerij Jansen", True)


def test_an_establishment_edited_at_two_desks(
    desks: tuple[Database, Database], people: tuple[int, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = desks
    anna, bert, company_id = people
    main_id = opened(first, company_id).main.id

    def anna_moves_it() -> None:
        with first.session(user_id=anna) as session:
            svc.update_establishment(session, main_id, 1, establishment(city="Hilversum"))
            session.commit()

    monkeypatch.setattr(companies_module, "load_for_edit", _then(load_for_edit, anna_moves_it))
    with second.session(user_id=bert) as session, pytest.raises(ConflictError) as info:
        svc.update_establishment(session, main_id, 1, establishment(city="Baarn"))
    assert (info.value.changed_by, info.value.entity) == ("Anna de Vries", "establishment")
    assert opened(first, company_id).main.city == "Hilversum"


def test_the_same_instant_on_a_locked_row(
    desks: tuple[Database, Database], people: tuple[int, int, int]
) -> None:
    """Anna's UPDATE holds the row; Bert's waits for it, then finds the version changed."""
    first, second = desks
    anna, bert, company_id = people
    outcome: dict[str, Any] = {}

    with first.session(user_id=anna) as session:
        svc.update_company(session, company_id, 1, company("Bakkerij Jansen & Zn."))  # flushed, not committed

        def bert_saves() -> None:
            try:
                with second.session(user_id=bert) as other:
                    outcome["pid"] = other.execute(text("SELECT pg_backend_pid()")).scalar()
                    svc.update_company(other, company_id, 1, company("Bakker Jansen"))
                    other.commit()
                outcome["saved"] = True
            except ConflictError as exc:
                outcome["conflict"] = exc
            except Exception as exc:  # reported by the assertions below
                outcome["error"] = exc

        thread = threading.Thread(target=bert_saves)
        thread.start()
        _wait_until_blocked(first, thread, outcome)
        session.commit()
    thread.join(timeout=30)

    assert not thread.is_alive()
    assert "saved" not in outcome
    assert "error" not in outcome, outcome
    assert outcome["conflict"].changed_by == "Anna de Vries"
    assert opened(first, company_id).name == "Bakkerij Jansen & Zn."


def test_the_same_kvk_number_saved_at_two_desks_at_once(
    two_desks: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both desks check the KvK number before either saves: the unique index refuses the
    second, and the desk hears which company has it instead of a database error."""
    first, second = two_desks

    def anna_creates() -> None:
        new_company(first, "Bakkerij Jansen", kvk_number="69599084")

    monkeypatch.setattr(
        companies_module, "find_duplicates", _then(companies_module.find_duplicates, anna_creates)
    )
    with second.session() as session, pytest.raises(DuplicateCompanyError) as info:
        svc.create_company(
            session,
            company("Jansen Brood", kvk_number="69599084"),
            establishment(postcode="1234 AB"),
            allow_duplicate=True,
        )
    assert [c.name for c in info.value.candidates] == ["Bakkerij Jansen"]
    with second.session() as session:
        assert listing.list_company_ids(session, listing.CompanyFilter()) == [1]


def test_the_same_establishment_number_saved_at_two_desks_at_once(
    two_desks: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = two_desks

    def anna_creates() -> None:
        new_company(first, "Bakkerij Jansen", main=establishment(establishment_number="000012345678"))

    check = companies_module._check_unique_establishment_number
    monkeypatch.setattr(companies_module, "_check_unique_establishment_number", _then(check, anna_creates))
    with second.session() as session, pytest.raises(ValidationError) as info:
        svc.create_company(
            session,
            company("Pietersen"),
            establishment(postcode="1234 AB", establishment_number="000012345678"),
        )
    assert [e.field for e in info.value.errors] == ["main.establishment_number"]


def _then(load: Callable[..., Any], meanwhile: Callable[[], None]) -> Callable[..., Any]:
    """load_for_edit, after which (once) a colleague saves before this desk does."""
    pending = [meanwhile]

    def patched(*args: Any, **kwargs: Any) -> Any:
        obj = load(*args, **kwargs)
        if pending:
            pending.pop()()  # the colleague's own save goes through load_for_edit too
        return obj

    return patched


def _wait_until_blocked(database: Database, thread: threading.Thread, outcome: dict[str, Any]) -> None:
    """Until the other desk's connection waits for the row lock."""
    deadline = time.monotonic() + 10
    with database.engine.connect() as probe:
        while time.monotonic() < deadline and thread.is_alive():
            waiting = (
                "pid" in outcome
                and probe.execute(
                    text("SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = :pid"),
                    {"pid": outcome["pid"]},
                ).scalar()
            )
            if waiting:
                return
            probe.rollback()  # pg_stat_activity is read once per transaction: read it anew
            time.sleep(0.02)
    pytest.fail(f"the second desk never waited for the row lock: {outcome}")
