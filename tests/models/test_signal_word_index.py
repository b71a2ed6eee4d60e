"""The signals list's word search by index (revision 0011): the same signals as a scan finds."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select, text

from models.db import Database
from models.migrations import include_object
from models.signals import categories
from models.signals import services as svc
from models.signals.entities import Signal
from models.signals.services import SignalFilter, SignalInput
from models.text import fold
from tests.models.conftest import new_company

MONDAY = date(2026, 11, 23)
WORDS = [
    "stoep",  # 3+ letters
    "Café",  # accented, found as cafe
    "cafe zwaan",  # several words
    "de",  # 2 letters: no trigram, the LIKE
    "12 noordereinde",  # a short and a long word
    "kerkstr",  # part of a word
    "jansen",  # the reporter
    "0612345678",  # the phone as dialled
    "zzz",  # nothing
    "ak",  # inside words
]


def _signals(db: Database) -> dict[str, int]:
    with db.session() as session:
        category_id = categories.save_category(session, "Groen", 5, None)
        session.commit()
    company_id = new_company(db, "Café De Zwaan")
    made = {}
    for name, values in {
        "tak": {
            "description": "Laaghangende tak boven de stoep",
            "street": "Noordereinde",
            "house_number": "12",
        },
        "terras": {
            "description": "Terras blokkeert de stoep",
            "street": "Kerkstraat",
            "house_number": "3",
            "company_id": company_id,
        },
        "afval": {"description": "Afval naast de container", "street": "Dorpsstraat", "house_number": "120"},
    }.items():
        data = SignalInput(
            category_id=category_id,
            postcode="1243jj",
            city="'s-Graveland",
            reporter_name="Els Jansen" if name == "tak" else "Piet Bakker",
            reporter_phone="06 12345678" if name == "tak" else "",
            wants_contact=False,
            reported_at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC),
            **values,  # type: ignore[arg-type]
        )
        with db.session(user_id=None) as session:
            made[name] = svc.register_signal(session, data, today=MONDAY)
            session.commit()
    return made


def _scanned(db: Database, words: str) -> list[int]:
    """What a scan of the stored search text finds: the search as it was before the index."""
    with db.session() as session:
        rows = session.execute(select(Signal.id, Signal.search_text)).all()
    return sorted((i for i, doc in rows if all(w in doc for w in fold(words).split())), reverse=True)


def _found(db: Database, words: str) -> list[int]:
    with db.session() as session:
        return svc.find_signals(session, SignalFilter(text=words), today=MONDAY)


def test_the_word_search_finds_what_a_scan_finds(db: Database) -> None:
    made = _signals(db)
    for words in WORDS:
        assert _found(db, words) == _scanned(db, words), words
    assert _found(db, "cafe zwaan") == [made["terras"]]
    assert _found(db, "café") == [made["terras"]]
    assert _found(db, "de stoep") == sorted([made["tak"], made["terras"]], reverse=True)
    assert _found(db, "120") == [made["afval"]]
    assert _found(db, "zzz") == []


def test_the_index_follows_a_correction(db: Database) -> None:
    made = _signals(db)
    with db.session() as session:
        record = svc.signal(session, made["afval"], today=MONDAY)
        data = SignalInput(
            category_id=record.category_id,
            description="Grofvuil bij de glasbak",
            street="Dorpsstraat",
            house_number="120",
            postcode="1243jj",
            city="'s-Graveland",
            reporter_name="Piet Bakker",
            wants_contact=False,
        )
        svc.update_signal(session, made["afval"], record.version, data)
        session.commit()
    assert _found(db, "glasbak") == [made["afval"]]
    assert _found(db, "container") == []
    assert _found(db, "container") == _scanned(db, "container")


def test_the_index_exists_and_is_used(db: Database) -> None:
    _signals(db)
    with db.session() as session:
        stmt = svc.filtered(session, SignalFilter(text="stoep"), select(Signal.id), today=MONDAY)
        sql = str(stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
        if db.is_sqlite:
            names = set(session.scalars(text("SELECT name FROM sqlite_master")))
            assert {"signal_search", "signal_search_ai", "signal_search_au", "signal_search_ad"} <= names
            plan = " ".join(str(r[-1]) for r in session.execute(text("EXPLAIN QUERY PLAN " + sql)))
            assert "signal_search VIRTUAL TABLE INDEX" in plan
        else:
            indexes = set(
                session.scalars(text("SELECT indexname FROM pg_indexes WHERE tablename = 'signal'"))
            )
            assert "ix_signal_search_text" in indexes
            session.execute(text("SET LOCAL enable_seqscan = off"))  # a few rows: a scan would be cheaper
            plan = " ".join(session.scalars(text("EXPLAIN " + sql)))
            assert "ix_signal_search_text" in plan


def test_alembic_leaves_the_word_indexes_out_of_its_comparison() -> None:
    assert not include_object(None, "ix_signal_search_text", "index", True, None)
    assert not include_object(None, "signal_search", "table", True, None)
    assert not include_object(None, "signal_search_data", "table", True, None)
    assert include_object(None, "signal", "table", True, None)
