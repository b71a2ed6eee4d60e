"""Signals as a team handles them: a handler per signal, in their Mijn werk; when it came in;
the source as a filter; a reporter's postal address (a reporter's detail like the others)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from models.db import Database
from models.documents import services as documents
from models.errors import PermissionDeniedError, ValidationError
from models.exporting import lists
from models.privacy import scrub
from models.signals import categories
from models.signals import services as svc
from models.signals.entities import SignalSource, SignalStatus
from models.signals.services import NO_HANDLER, SignalFilter, SignalInput, TransitionInput
from models.team.entities import Role, User
from tests.models.conftest import new_user
from views.documents.feedback_letter import render_feedback_letter

MONDAY = date(2026, 11, 23)


def _category(db: Database, days: int | None = 5) -> int:
    with db.session() as session:
        category_id = categories.save_category(session, "Afval", days, None)
        session.commit()
    return category_id


def _signal(db: Database, category_id: int, **values: object) -> int:
    data = SignalInput(
        category_id=category_id,
        description="Dozen naast de container",
        street="Noordereinde",
        house_number="12",
        reported_at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC),
    )
    for key, value in values.items():
        setattr(data, key, value)
    with db.session() as session:
        signal_id = svc.register_signal(session, data)
        session.commit()
    return signal_id


def test_a_handler_is_assigned_filtered_on_and_has_the_open_ones_in_their_work(db: Database) -> None:
    category_id = _category(db)
    kees = new_user(db, "kjansen", "Kees Jansen", Role.SUPERVISOR)
    petra = new_user(db, "pvdam", "Petra van Dam")
    late = _signal(db, category_id, handler_id=kees, reported_at=datetime(2026, 11, 2, 9, tzinfo=UTC))
    soon = _signal(db, category_id, handler_id=kees)
    nobody = _signal(db, category_id)
    petras = _signal(db, category_id, handler_id=petra)
    with db.session() as session:
        record = svc.signal(session, soon, today=MONDAY)
        assert (record.handler_id, record.handler) == (kees, "Kees Jansen")
        # Reassigned by correcting the signal.
        data = SignalInput(
            category_id=category_id, description=record.description, street="Noordereinde", handler_id=petra
        )
        svc.update_signal(session, nobody, svc.signal(session, nobody, today=MONDAY).version, data)
        session.commit()
    with db.session() as session:
        mine = svc.my_signals(session, kees, today=MONDAY)
        assert [row.id for row in mine] == [late, soon]  # the first target date first
        assert mine[0].overdue and mine[0].handler == "Kees Jansen"
        assert set(svc.find_signals(session, SignalFilter(handler_id=petra), today=MONDAY)) == {
            nobody,
            petras,
        }
        assert svc.find_signals(session, SignalFilter(handler_id=NO_HANDLER), today=MONDAY) == []
        version = svc.signal(session, late, today=MONDAY).version
        svc.move_signal(session, late, version, TransitionInput(status=SignalStatus.DONE, done="Opgeruimd"))
        session.commit()
    with db.session() as session:
        assert [row.id for row in svc.my_signals(session, kees, today=MONDAY)] == [soon]


def test_an_inactive_official_cannot_be_made_the_handler(db: Database) -> None:
    category_id = _category(db)
    gone = new_user(db, "weg", "Oud Collega")
    with db.session() as session:
        user = session.get(User, gone)
        assert user is not None
        user.active = False
        session.commit()
    with db.session() as session, pytest.raises(ValidationError) as caught:
        svc.register_signal(
            session, SignalInput(category_id=category_id, description="x", street="y", handler_id=gone)
        )
    assert {e.field for e in caught.value.errors} == {"handler_id"}


def test_a_signal_taken_earlier_counts_from_when_it_came_in_skipping_holidays(db: Database) -> None:
    category_id = _category(db, days=1)
    # Taken by phone on Christmas Eve 2025 (a Wednesday), entered later: one working day after it
    # is Monday 29 December, Christmas (Thursday and Friday) and the weekend skipped.
    signal_id = _signal(db, category_id, reported_at=datetime(2025, 12, 24, 15, 30, tzinfo=UTC))
    with db.session() as session:
        record = svc.signal(session, signal_id, today=MONDAY)
    assert record.reported_at == datetime(2025, 12, 24, 15, 30, tzinfo=UTC)
    assert record.due_date == date(2025, 12, 29)
    with db.session() as session, pytest.raises(ValidationError) as caught:
        svc.register_signal(
            session,
            SignalInput(
                category_id=category_id,
                description="x",
                street="y",
                reported_at=datetime(2099, 1, 1, tzinfo=UTC),
            ),
        )
    assert {e.field for e in caught.value.errors} == {"reported_at"}


def test_the_source_is_a_column_and_a_filter(db: Database) -> None:
    category_id = _category(db)
    survey = _signal(db, category_id, source=SignalSource.SURVEY)
    _signal(db, category_id, source=SignalSource.CITIZEN)
    with db.session() as session:
        found = svc.find_signals(session, SignalFilter(source=SignalSource.SURVEY), today=MONDAY)
        assert found == [survey]
        assert svc.signal_rows(session, found, today=MONDAY)[0].source is SignalSource.SURVEY
        by_source = svc.find_signals(session, SignalFilter(sort="source", descending=False), today=MONDAY)
        assert len(by_source) == 2


def test_a_postal_address_is_enough_to_be_contacted_and_is_a_reporter_s_detail(db: Database) -> None:
    category_id = _category(db)
    signal_id = _signal(
        db,
        category_id,
        reporter_name="Els Jansen",
        reporter_address="  Kerkstraat 3,\n1243 JK  's-Graveland ",
        wants_contact=True,
    )
    with db.session() as session:
        record = svc.signal(session, signal_id, today=MONDAY)
    assert record.reporter_address == "Kerkstraat 3, 1243 JK 's-Graveland"
    assert record.feedback_required

    # A role that does not handle signals reads no reporter's details, this one neither.
    desk = new_user(db, "balie", "Bea Balie", Role.DESK)
    with db.session(user_id=desk) as session:
        shielded = svc.signal(session, signal_id, today=MONDAY)
    assert shielded.shielded and shielded.reporter_address is None

    # Anonymous: no address kept.
    anonymous = _signal(db, category_id, anonymous=True, reporter_address="Kerkstraat 3")
    with db.session() as session:
        assert svc.signal(session, anonymous, today=MONDAY).reporter_address is None

    # Erasure (retention or a person's request) blanks it with the other details.
    with db.session() as session:
        scrub.anonymise_signal_reporters(session, [signal_id])
        session.commit()
    with db.session() as session:
        erased = svc.signal(session, signal_id, today=MONDAY)
    assert erased.reporter_address is None and erased.reporter_name == scrub.MARKER


def test_the_letter_to_a_reporter_without_e_mail_carries_their_postal_address(db: Database) -> None:
    category_id = _category(db)
    signal_id = _signal(
        db,
        category_id,
        reporter_name="Els Jansen",
        reporter_address="Kerkstraat 3, 1243 JK 's-Graveland",
        wants_contact=True,
    )
    with db.session() as session:
        version = svc.signal(session, signal_id, today=MONDAY).version
        event_id = svc.move_signal(
            session,
            signal_id,
            version,
            TransitionInput(
                status=SignalStatus.HANDLING, feedback="Beste mevrouw Jansen, wij kijken ernaar."
            ),
        )
        session.commit()
    with db.session() as session:
        letter = documents.feedback_letter(session, event_id, today=MONDAY)
    assert letter.reporter_address == "Kerkstraat 3, 1243 JK 's-Graveland"
    out = io.BytesIO()
    render_feedback_letter(letter, out)
    lines = [
        line.strip()
        for line in (PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text() or "").splitlines()
    ]
    at = lines.index("Els Jansen")
    assert lines[at + 1 : at + 3] == ["Kerkstraat 3", "1243 JK 's-Graveland"]


def test_the_export_of_the_list_has_source_and_handler(db: Database, tmp_path: Path) -> None:
    category_id = _category(db)
    kees = new_user(db, "kjansen", "Kees Jansen", Role.SUPERVISOR)
    _signal(db, category_id, source=SignalSource.SURVEY, handler_id=kees)
    target = tmp_path / "meldingen.xlsx"
    with db.session() as session:
        lists.export_signals(session, SignalFilter(), target, translate=lambda _c, text: text, today=MONDAY)
    header, row = (list(r) for r in openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert row[header.index("Source")] == "survey"
    assert row[header.index("Handler")] == "Kees Jansen"


def test_an_official_takes_a_signal_on(db: Database) -> None:
    category_id = _category(db)
    kees = new_user(db, "kjansen", "Kees Jansen", Role.SUPERVISOR)
    signal_id = _signal(db, category_id)
    with db.session(user_id=kees) as session:
        version = svc.signal(session, signal_id, today=MONDAY).version
        svc.assign_signal(session, signal_id, version, kees)
        session.commit()
    with db.session(user_id=kees) as session:
        assert [row.id for row in svc.my_signals(session, kees, today=MONDAY)] == [signal_id]
    desk = new_user(db, "balie", "Bea Balie", Role.DESK)
    with db.session(user_id=desk) as session, pytest.raises(PermissionDeniedError):
        svc.assign_signal(session, signal_id, version + 1, desk)
