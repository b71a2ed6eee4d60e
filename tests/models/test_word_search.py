"""Word search by index for observations, desk questions and the signals of roles that may not read
reporters (revision 0012), on both databases: what a scan would find, by the index, on any input."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from alembic import command
from sqlalchemy import select, text
from sqlalchemy.orm import Session

import models.migrations as migrations
from models import fulltext
from models.consultations.entities import Channel
from models.db import Database
from models.desk import services as desk
from models.desk.entities import DeskQuestion
from models.migrations import include_object, migrate
from models.privacy import scrub
from models.rounds import services as rounds
from models.rounds.entities import Observation
from models.rounds.services import ObservationInput, RoundInput
from models.signals import categories
from models.signals import services as signals
from models.signals.entities import Signal
from models.signals.services import SignalFilter, SignalInput
from models.team.entities import Role
from models.text import fold
from models.validation import MAX_SEARCH, OutOfBoundsError
from tests.models.conftest import new_area, new_company, new_user

DAY = date(2026, 11, 20)
AT = datetime(2026, 11, 20, 10, 15, tzinfo=UTC)
WEEK = (DAY - timedelta(days=7), DAY)

# What a person may paste or type into a search box: quotes, FTS5 and LIKE syntax, NUL, a page.
HOSTILE = [
    "",
    " ",
    '"',
    "'",
    '""',
    "\"'",
    'a"b',
    "NEAR(a b)",
    "terras AND",
    "OR OR OR",
    "NOT",
    "*",
    "ter*",
    "^terras",
    "terras:stoep",
    "(terras",
    "col:val -x +y",
    "{a b}",
    "%",
    "_",
    "%_%",
    "\\",
    "\\%",
    "\x00",
    "ter\x00ras",
    "!@#$%^&*()_+-=[]{};':\",./<>?|`~",
    "…—–‘’“”",
    "🙂🙂🙂",
    "ﬁ ß Ĳ",
    "a" * 10_000,
    "ab " * 3_400,
    " ".join(f"w{i}x" for i in range(2_000)),
    "x" * 3,
    "12",
    "M-" + "9" * 30,  # a signal's number beyond any integer column
    "m-" + "9" * 5_000,  # beyond what Python turns into a number from text
]


def _hostile(seed: int, count: int) -> list[str]:
    """Random strings over an alphabet of what breaks query languages, of random lengths."""
    rng = random.Random(seed)
    alphabet = list("aé1 \"'*^:()-+{}%_\\\x00\t\n,;.!?&|<>~`@#$") + ["NEAR", "AND", "OR", "NOT", "🙂", "ß"]
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.choice((1, 2, 3, 5, 20, 300)))) for _ in range(count)
    ]


# -- observations -------------------------------------------------------------------------------------


def _round(db: Database, user: int, held_on: date = DAY, title: str = "Winkelstraten") -> tuple[int, int]:
    area = new_area(db, f"Loosdrecht {title}")
    with db.session(user_id=user) as session:
        category = categories.save_category(session, f"Terras {title}", 5)
        round_id = rounds.save_round(
            session, RoundInput(held_on=held_on, title=title, area_id=area, official_ids=[user])
        )
        session.commit()
    return round_id, category


def _observe(db: Database, round_id: int, category: int, **values: object) -> int:
    data = ObservationInput(observed_at=AT, category_id=category, street="Noordereinde", house_number="12")
    for key, value in values.items():
        setattr(data, key, value)
    with db.session() as session:
        found = rounds.add_observation(session, round_id, data)
        session.commit()
    return found


def _observations(db: Database, user: int) -> dict[str, int]:
    round_id, category = _round(db, user)
    company = new_company(db, "Café De Zwaan")
    return {
        "terras": _observe(
            db,
            round_id,
            category,
            company_id=company,
            finding="Terras blokkeert de stoep",
            action="Ondernemer gewezen op 1,5 meter doorloop",
            spoke_with="Anneke van der Berg",
        ),
        "afval": _observe(
            db, round_id, category, street="Kerkstraat", house_number="3", finding="Afval naast de container"
        ),
        "bord": _observe(db, round_id, category, finding="Reclamebord op de stoep", action="Verwijderd"),
    }


def _found_observations(db: Database, typed: str, period: tuple[date, date] = WEEK) -> list[int]:
    with db.session() as session:
        return sorted(o.id for r in rounds.search_rounds(session, typed, *period) for o in r.observations)


def _scanned(db: Database, entity: type[Observation] | type[DeskQuestion], typed: str) -> list[int]:
    words = fold(typed).split()
    with db.session() as session:
        rows = session.execute(select(entity.id, entity.search_text)).all()
    return sorted(i for i, doc in rows if all(w in doc for w in words))


def test_observations_are_found_by_their_words(db: Database, anna: int) -> None:
    made = _observations(db, anna)
    assert _found_observations(db, "stoep") == sorted([made["terras"], made["bord"]])
    assert _found_observations(db, "café zwaan") == [made["terras"]]  # the company, accents folded
    assert _found_observations(db, "CAFE") == [made["terras"]]
    assert _found_observations(db, "van der berg") == [made["terras"]]  # with whom was spoken
    assert _found_observations(db, "doorloop") == [made["terras"]]  # the advice
    assert _found_observations(db, "kerkstraat 3") == [made["afval"]]  # a short word beside a long one
    assert _found_observations(db, "containr") == []
    for typed in ("stoep", "de stoep", "noordereinde 12", "ak", "erk", "zzz"):
        if not fulltext.too_short(fulltext.search_words(typed)):
            assert _found_observations(db, typed) == _scanned(db, Observation, typed), typed


def test_a_search_of_observations_keeps_to_the_period_and_shows_only_the_hits(
    db: Database, anna: int
) -> None:
    made = _observations(db, anna)
    old_round, category = _round(db, anna, held_on=DAY - timedelta(days=60), title="Avondronde")
    old = _observe(db, old_round, category, finding="Terras te laat open")
    assert _found_observations(db, "terras") == [made["terras"]]
    assert _found_observations(db, "terras", (DAY - timedelta(days=90), DAY)) == sorted([made["terras"], old])
    with db.session() as session:
        [found] = rounds.search_rounds(session, "container", *WEEK)
    assert found.title == "Winkelstraten" and [o.id for o in found.observations] == [made["afval"]]


def test_one_or_two_letters_find_nothing_until_a_third(db: Database, anna: int) -> None:
    _observations(db, anna)
    for typed in ("s", "st", "12", "a b", "de 3"):
        assert _found_observations(db, typed) == [], typed
    assert _found_observations(db, "sto") != []


def test_the_observation_index_follows_a_correction_and_an_erasure(db: Database, anna: int) -> None:
    made = _observations(db, anna)
    with db.session() as session:
        record = rounds.round_record(session, rounds.search_rounds(session, "container", *WEEK)[0].id)
        o = next(o for o in record.observations if o.id == made["afval"])
        rounds.update_observation(
            session,
            o.id,
            o.version,
            ObservationInput(
                observed_at=o.observed_at, category_id=o.category_id, street="Kerkstraat", finding="Grofvuil"
            ),
        )
        session.commit()
    assert _found_observations(db, "grofvuil") == [made["afval"]]
    assert _found_observations(db, "container") == []
    with db.session() as session:
        scrub.anonymise_conversations(session, [made["terras"]])
        session.commit()
    assert _found_observations(db, "anneke") == []
    assert _found_observations(db, "terras") == [made["terras"]]


# -- desk questions -----------------------------------------------------------------------------------


def _ask(db: Database, user: int, question: str, *, at: datetime = AT, **values: object) -> int:
    with db.session(user_id=user) as session:
        logged = desk.log_question(session, desk.QuestionInput(question=question, asked_at=at, **values))  # type: ignore[arg-type]
        session.commit()
    return logged.id


def _questions(db: Database) -> tuple[dict[str, int], int]:
    clerk = new_user(db, "desk1", "Dirk Balie", Role.DESK)
    company = new_company(db, "Bakkerij Jansen")
    return {
        "terras": _ask(
            db,
            clerk,
            "Hoe vraag ik een terrasvergunning aan?",
            answer="Via het omgevingsloket",
            company_id=company,
            at=AT - timedelta(days=400),
        ),
        "starter": _ask(
            db, clerk, "Wat moet ik regelen als starter?", visitor="Piet Starter", channel=Channel.PHONE
        ),
        "reclame": _ask(
            db, clerk, "Mag een reclamebord op de stoep?", visitor="Els de Vries", at=AT + timedelta(hours=1)
        ),
    }, clerk


def _found_questions(db: Database, user: int, typed: str) -> list[int]:
    with db.session(user_id=user) as session:
        return [q.id for q in desk.search_questions(session, typed)]


def test_desk_questions_are_found_by_their_words_newest_first(db: Database) -> None:
    made, clerk = _questions(db)
    assert _found_questions(db, clerk, "terras") == [made["terras"]]  # asked more than a year ago
    assert _found_questions(db, clerk, "omgevingsloket") == [made["terras"]]  # the answer
    assert _found_questions(db, clerk, "bakkerij jansen") == [made["terras"]]  # the company
    assert _found_questions(db, clerk, "piet starter") == [made["starter"]]  # the visitor
    assert _found_questions(db, clerk, "vries") == [made["reclame"]]
    assert _found_questions(db, clerk, "wat ik") == [made["starter"]]  # a short word beside a long one
    assert _found_questions(db, clerk, "aan") == [made["terras"]]
    assert _found_questions(db, clerk, "ik") == []  # two letters: wait for a third
    assert _found_questions(db, clerk, "vergunnig") == []
    for typed in ("terras", "de stoep", "ar", "een aan", "starter"):
        if not fulltext.too_short(fulltext.search_words(typed)):
            expected = _scanned(db, DeskQuestion, typed)
            assert sorted(_found_questions(db, clerk, typed)) == expected, typed
    with db.session(user_id=clerk) as session:
        [record] = desk.search_questions(session, "reclamebord")
    assert record.who == "Els de Vries" and record.channel is Channel.DESK
    with db.session(user_id=clerk) as session:
        newest = desk.search_questions(session, "een")
    assert [q.asked_at for q in newest] == sorted((q.asked_at for q in newest), reverse=True)


def test_an_erased_visitor_is_no_longer_found(db: Database) -> None:
    made, clerk = _questions(db)
    with db.session() as session:
        scrub.anonymise_desk_visitors(session, [made["starter"]])
        session.commit()
    assert _found_questions(db, clerk, "piet") == []
    assert _found_questions(db, clerk, "regelen") == [made["starter"]]


# -- signals for a role that may not read reporters -----------------------------------------------------


def _signals(db: Database) -> dict[str, int]:
    with db.session() as session:
        category_id = categories.save_category(session, "Groen", 5, None)
        session.commit()
    company_id = new_company(db, "Café De Zwaan", allow_duplicate=True)
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
            "company_id": company_id,
        },
    }.items():
        data = SignalInput(
            category_id=category_id,
            postcode="1243 JJ",
            city="'s-Graveland",
            reporter_name="Els Jansen" if name == "tak" else "Piet Bakker",
            reporter_email="els@voorbeeld.nl" if name == "tak" else "",
            reporter_phone="06 12345678" if name == "tak" else "",
            wants_contact=False,
            reported_at=AT,
            **values,  # type: ignore[arg-type]
        )
        with db.session(user_id=None) as session:
            made[name] = signals.register_signal(session, data, today=DAY)
            session.commit()
    return made


def _found_signals(db: Database, user: int | None, typed: str) -> list[int]:
    with db.session(user_id=user) as session:
        return sorted(signals.find_signals(session, SignalFilter(text=typed), today=DAY))


def test_a_role_without_reporters_finds_signals_by_index_but_never_by_the_reporter(db: Database) -> None:
    made = _signals(db)
    clerk = new_user(db, "desk2", "Dora Balie", Role.DESK)
    handler = new_user(db, "handler", "Hans Handel", Role.SUPERVISOR)
    both = sorted(made.values())
    for typed, expected in {
        "stoep": both,
        "cafe zwaan": [made["terras"]],
        "noordereinde 12": [made["tak"]],
        "graveland": both,
        "1243jj": both,
    }.items():
        assert _found_signals(db, clerk, typed) == expected, typed
        assert _found_signals(db, handler, typed) == expected, typed
    for reporter in ("jansen", "els", "voorbeeld", "els@voorbeeld.nl", "0612345678", "piet bakker"):
        assert _found_signals(db, clerk, reporter) == [], reporter
    assert _found_signals(db, handler, "jansen") == [made["tak"]]
    assert _found_signals(db, handler, "piet bakker") == [made["terras"]]
    with db.session() as session:
        scrub.anonymise_signal_reporters(session, [made["tak"]])
        session.commit()
    assert _found_signals(db, clerk, "laaghangende") == [made["tak"]]


def test_the_reporter_blind_search_uses_its_own_index(db: Database) -> None:
    _signals(db)
    clerk = new_user(db, "desk3", "Daan Balie", Role.DESK)
    with db.session(user_id=clerk) as session:
        stmt = signals.filtered(session, SignalFilter(text="stoep"), select(Signal.id), today=DAY)
        sql = str(stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
        assert "public_search_text" in sql or "signal_public_search" in sql
        assert "reporter" not in sql and " signal.search_text" not in sql
        _assert_index_used(db, session, sql, "signal_public_search", "ix_signal_public_search_text")


# -- the indexes ------------------------------------------------------------------------------------------


def _assert_index_used(db: Database, session: object, sql: str, fts: str, index: str) -> None:
    if db.is_sqlite:
        plan = " ".join(str(r[-1]) for r in session.execute(text("EXPLAIN QUERY PLAN " + sql)))  # type: ignore[attr-defined]
        assert f"{fts} VIRTUAL TABLE INDEX" in plan, plan
    else:
        session.execute(text("SET LOCAL enable_seqscan = off"))  # type: ignore[attr-defined]
        plan = " ".join(session.scalars(text("EXPLAIN " + sql)))  # type: ignore[attr-defined]
        assert index in plan, plan


def test_the_indexes_exist_and_are_used(db: Database, anna: int) -> None:
    _observations(db, anna)
    _questions(db)
    with db.session() as session:
        if db.is_sqlite:
            names = set(session.scalars(text("SELECT name FROM sqlite_master")))
            for fts in ("observation_search", "desk_question_search", "signal_public_search"):
                assert {fts, f"{fts}_ai", f"{fts}_au", f"{fts}_ad"} <= names
        for entity, fts, index in (
            (Observation, "observation_search", "ix_observation_search_text"),
            (DeskQuestion, "desk_question_search", "ix_desk_question_search_text"),
        ):
            stmt = fulltext.where_containing(
                select(entity.id), db.engine.dialect.name, entity.id, entity.search_text, fts, ["stoep"]
            )
            sql = str(stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
            _assert_index_used(db, session, sql, fts, index)


def test_alembic_leaves_the_new_word_indexes_out_of_its_comparison() -> None:
    for index in (
        "ix_observation_search_text",
        "ix_desk_question_search_text",
        "ix_signal_public_search_text",
    ):
        assert not include_object(None, index, "index", True, None)
    for table in ("observation_search", "desk_question_search_data", "signal_public_search_idx"):
        assert not include_object(None, table, "table", True, None)
    for table in ("observation", "desk_question", "signal"):
        assert include_object(None, table, "table", True, None)


def test_the_revision_fills_the_texts_of_the_records_there_are(db: Database, anna: int) -> None:
    observed = _observations(db, anna)
    asked, clerk = _questions(db)
    signalled = _signals(db)
    with db.engine.begin() as connection:
        config = migrations._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0011")
    migrate(db)
    assert _found_observations(db, "café zwaan") == [observed["terras"]]
    assert _found_questions(db, clerk, "piet starter") == [asked["starter"]]
    assert _found_signals(db, clerk, "cafe zwaan") == [signalled["terras"]]
    assert _found_signals(db, clerk, "jansen") == []
    with db.session() as session:  # filled as they were, without a new version
        assert set(session.scalars(select(Observation.version))) == {1}
        assert set(session.scalars(select(DeskQuestion.version))) == {1}


# -- any input ------------------------------------------------------------------------------------------


def test_no_input_breaks_a_search_box(db: Database, anna: int) -> None:
    _observations(db, anna)
    _made, clerk = _questions(db)
    _signals(db)

    def signals_found(session: Session, typed: str) -> list | None:
        """A list, or a search refused with a message (too long, a number beyond any: models/validation.py)."""
        try:
            return signals.find_signals(session, SignalFilter(text=typed), today=DAY)
        except OutOfBoundsError as refused:
            assert len(typed) > MAX_SEARCH or typed.startswith("M-"), refused
            return None

    for typed in [*HOSTILE, *_hostile(17, 150)]:
        with db.session(user_id=clerk) as session:
            assert isinstance(desk.search_questions(session, typed), list)
            signals_found(session, typed)
        with db.session(user_id=anna) as session:
            assert isinstance(rounds.search_rounds(session, typed, *WEEK), list)
            signals_found(session, typed)


def test_search_words_are_few_bounded_and_plain() -> None:
    assert fulltext.search_words("De  Stoep, de STOEP!") == ["stoep", "de"]
    assert fulltext.search_words("kerk kerkstraat") == ["kerkstraat"]  # one inside another: once
    assert fulltext.search_words('"terras" AND NEAR(*)') == ["terras", "near", "and"]
    assert fulltext.search_words("\x00'\"%_") == []
    many = fulltext.search_words(" ".join(f"w{i}x" for i in range(2_000)))
    assert len(many) == fulltext.MAX_WORDS
    assert fulltext.search_words("a" * 10_000) == ["a" * fulltext.MAX_WORD]
    assert fulltext.too_short(["de", "12"]) and not fulltext.too_short(["de", "123"])
