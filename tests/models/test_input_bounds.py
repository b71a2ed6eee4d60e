"""Hostile input at the service boundary (issue 19): a number beyond what the database stores, or
a pasted page of text, in every search and every typed record number, on both databases. Each
gives a sentence for a person (``OutOfBoundsError``, a ``DomainError``) or finds nothing; never
"integer out of range", an overflow, or "LIKE or GLOB pattern too complex"."""

from __future__ import annotations

from datetime import date

import pytest

from models.companies.search import SearchService
from models.consultations import services as consultations
from models.db import Database
from models.desk import knowledge
from models.desk.knowledge import ArticleScope
from models.documents import services as documents
from models.errors import NotFoundError
from models.i18n import translate
from models.importing.undo import undo_import
from models.offline import sets
from models.offline.sets import COMPANIES, ROUND, SetDefinition
from models.privacy import services as privacy
from models.privacy.dossier import PersonQuery
from models.signals import services as signals
from models.signals.services import SignalFilter
from models.validation import MAX_ID, MAX_SEARCH, OutOfBoundsError, record_number, search_words
from tests.models.conftest import new_company

TODAY = date(2026, 12, 3)
PASTED = "Dorpsstraat " * 83_334  # a million characters, pasted
HUGE_NUMBERS = ["2147483648", "99999999999999999999", "0"]


def test_the_helpers_bound_numbers_and_searches() -> None:
    assert record_number("12") == 12
    assert record_number(str(MAX_ID)) == MAX_ID
    for typed in [*HUGE_NUMBERS, "-1", "12a", "٣"]:
        with pytest.raises(OutOfBoundsError):
            record_number(typed)
    assert search_words("x" * MAX_SEARCH) == "x" * MAX_SEARCH
    with pytest.raises(OutOfBoundsError) as info:
        search_words(PASTED)
    assert info.value.params == {"limit": MAX_SEARCH, "length": len(PASTED)}
    text = translate("errors", info.value.message).format(**info.value.params)
    assert text.startswith("Een zoekopdracht") and "1000008" in text


@pytest.mark.parametrize("number", HUGE_NUMBERS)
def test_a_signal_number_beyond_any_is_said_in_words(db: Database, number: str) -> None:
    with db.session() as s, pytest.raises(OutOfBoundsError) as info:
        signals.find_signals(s, SignalFilter(text=f"M-{number}"), today=TODAY)
    assert info.value.params["value"].startswith("M-")
    with db.session() as s:  # a number that can exist and does not: nothing found, no message
        assert signals.find_signals(s, SignalFilter(text=f"M-{MAX_ID}"), today=TODAY) == []


def test_a_pasted_page_in_the_signals_search_is_refused_in_words(db: Database) -> None:
    with db.session() as s, pytest.raises(OutOfBoundsError):
        signals.find_signals(s, SignalFilter(text=PASTED), today=TODAY)
    with db.session() as s:  # the longest search allowed runs (the LIKE pattern SQLite takes)
        assert signals.find_signals(s, SignalFilter(text="ab " * 66), today=TODAY) == []


def test_the_knowledge_base_search_refuses_a_pasted_page(db: Database) -> None:
    with db.session() as s, pytest.raises(OutOfBoundsError):
        knowledge.search_articles(s, PASTED, today=TODAY)
    with db.session() as s, pytest.raises(OutOfBoundsError):
        knowledge.list_articles(s, ArticleScope.ALL, today=TODAY, text=PASTED)
    with db.session() as s:
        assert knowledge.search_articles(s, "9" * 30, today=TODAY) == []


def test_the_company_search_takes_a_pasted_page_and_huge_numbers(db: Database) -> None:
    new_company(db, "Dorpsstraat Bakkerij")
    with db.session() as s:
        search = SearchService(s)
        for typed in [PASTED, "99999999999999999999", "M-2147483648", "-2147483649", "9" * 200]:
            search.search(typed)  # no error: it reads the first 200 characters
        assert [h.name for h in search.search(PASTED)] == ["Dorpsstraat Bakkerij"]


def test_the_privacy_search_refuses_a_pasted_page(db: Database) -> None:
    for query in (PersonQuery(name=PASTED), PersonQuery(phone=PASTED), PersonQuery(email=PASTED)):
        with db.session() as s, pytest.raises(OutOfBoundsError):
            privacy.find_person(s, query)


@pytest.mark.parametrize("number", [99999999999999999999, 2147483648, 0, -1])
def test_a_record_number_beyond_any_is_not_found(db: Database, number: int) -> None:
    """``admin pdf report --interaction 99999999999999999999`` reaches the services as an int."""
    with db.session() as s, pytest.raises(NotFoundError):
        consultations.interaction(s, number, today=TODAY)
    with db.session() as s, pytest.raises(NotFoundError):
        documents.report(s, number, today=TODAY)


@pytest.mark.parametrize("number", [99999999999999999999, 2147483648])
def test_an_import_number_beyond_any_is_not_found(db: Database, number: int) -> None:
    """``admin import --undo 99999999999999999999``: an overflow on SQLite, out of range on PostgreSQL."""
    with db.session() as s, pytest.raises(NotFoundError):
        undo_import(s, number)


@pytest.mark.parametrize("number", [99999999999999999999, 2147483648, 0])
def test_a_signal_number_beyond_any_is_not_found(db: Database, number: int) -> None:
    """``admin pdf letter --signal M-99999999999999999999``: an overflow on SQLite before."""
    with db.session() as s, pytest.raises(NotFoundError):
        signals.signal(s, number, today=TODAY)


@pytest.mark.parametrize("number", [99999999999999999999, 2147483648])
def test_a_set_taken_along_refuses_numbers_beyond_any(db: Database, number: int) -> None:
    """``admin offline take --round 9999…`` and ``--ids 9999…``: an overflow (SQLite) or "integer
    out of range" (PostgreSQL) before; now a sentence naming the number."""
    for definition in (
        SetDefinition(kind=ROUND, round_id=number),
        SetDefinition(kind=COMPANIES, company_ids=(1, number)),
    ):
        with db.session() as s, pytest.raises(OutOfBoundsError) as info:
            sets.company_ids(s, definition, None)
        assert str(number)[:20] in info.value.params["value"]


def test_a_set_taken_along_refuses_a_pasted_page_as_its_filter(db: Database) -> None:
    """``admin offline take --companies <a page>``: "LIKE or GLOB pattern too complex" on SQLite."""
    new_company(db, "Dorpsstraat Bakkerij")
    with db.session() as s, pytest.raises(OutOfBoundsError):
        sets.company_ids(s, SetDefinition(kind=COMPANIES, text=PASTED), None)
    with db.session() as s:  # the longest filter allowed runs
        found, _areas = sets.company_ids(s, SetDefinition(kind=COMPANIES, text="x" * MAX_SEARCH), None)
    assert found == set()
