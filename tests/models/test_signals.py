"""Signals: registering, the status machine, feedback rules, templates, recognition, overdue."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from models.db import Database
from models.errors import ValidationError
from models.signals import categories, feedback, reactions
from models.signals import services as svc
from models.signals.entities import SignalSource, SignalStatus
from models.signals.services import SignalFilter, SignalInput, TransitionInput
from tests.models.conftest import new_area, new_company

S = SignalStatus
MONDAY = date(2026, 11, 23)


def _category(db: Database, name: str = "Groen", days: int | None = 5, parent: int | None = None) -> int:
    with db.session() as session:
        category_id = categories.save_category(session, name, days, parent)
        session.commit()
    return category_id


def _signal(db: Database, category_id: int, **values: object) -> int:
    data = SignalInput(
        category_id=category_id,
        description="Laaghangende tak boven de stoep",
        street="Noordereinde",
        house_number="12",
        postcode="1243jj",
        city="'s-Graveland",
        reporter_name="Els Jansen",
        reporter_phone="06 12345678",
        reporter_email="Els@Example.nl",
        wants_contact=True,
        reported_at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC),
    )
    for key, value in values.items():
        setattr(data, key, value)
    with db.session(user_id=None) as session:
        signal_id = svc.register_signal(session, data, today=MONDAY)
        session.commit()
    return signal_id


def _move(db: Database, signal_id: int, data: TransitionInput, today: date = MONDAY) -> int:
    with db.session() as session:
        version = svc.signal(session, signal_id, today=today).version
        event_id = svc.move_signal(session, signal_id, version, data, today=today)
        session.commit()
    return event_id


def test_register_normalises_and_sets_the_due_date(db: Database) -> None:
    signal_id = _signal(db, _category(db, days=5))
    with db.session() as session:
        record = svc.signal(session, signal_id, today=MONDAY)
    assert record.status is S.REPORTED
    assert record.postcode == "1243 JJ"
    assert record.reporter_phone == "+31612345678"
    assert record.reporter_email == "els@example.nl"
    assert record.due_date == date(2026, 11, 30)
    assert [e.to_status for e in record.events] == [S.REPORTED]


def test_register_says_what_is_wrong_at_the_field(db: Database) -> None:
    category_id = _category(db)
    with db.session() as session, pytest.raises(ValidationError) as caught:
        svc.register_signal(
            session,
            SignalInput(category_id=category_id, postcode="12345", wants_contact=True, reporter_phone=""),
        )
    fields = {e.field for e in caught.value.errors}
    assert {"description", "postcode", "reporter_phone"} <= fields


def test_anonymous_reporter_keeps_no_personal_data(db: Database) -> None:
    signal_id = _signal(db, _category(db), anonymous=True)
    with db.session() as session:
        record = svc.signal(session, signal_id, today=MONDAY)
    assert record.reporter_name is None and record.reporter_phone is None
    assert not record.wants_contact


ALL_PAIRS = [(a, b) for a in SignalStatus for b in SignalStatus if a is not b and a is not S.REPORTED]


def _bring_to(db: Database, signal_id: int, status: SignalStatus) -> None:
    path = {
        S.HANDLING: [S.HANDLING],
        S.SCHEDULED: [S.SCHEDULED],
        S.DONE: [S.DONE],
        S.CANCELLED: [S.CANCELLED],
        S.REOPENED: [S.DONE, S.REOPENED],
        S.REOPEN_REQUESTED: [S.DONE],
    }[status]
    for step in path:
        _move(db, signal_id, _full(step))
    if status is S.REOPEN_REQUESTED:
        # Only a reporter's "niet tevreden" for a reason that warrants it (models.signals.reactions).
        with db.session() as session:
            reason = reactions.save_reason(session, "Niet opgelost", True)
            version = svc.signal(session, signal_id, today=MONDAY).version
            reactions.record_reaction(
                session, signal_id, version, reactions.ReactionInput(satisfied=False, reason_id=reason)
            )
            session.commit()


def _full(status: SignalStatus) -> TransitionInput:
    return TransitionInput(
        status=status,
        found="Tak hangt laag",
        done="Tak gesnoeid",
        planned="Snoeironde",
        planned_on=MONDAY + timedelta(days=30),
        feedback="Beste Els, wij hebben uw melding bekeken.",
    )


def test_status_machine_allows_exactly_the_listed_transitions(db: Database) -> None:
    category_id = _category(db)
    for start in SignalStatus:
        for target in SignalStatus:
            signal_id = _signal(db, category_id)
            if start is not S.REPORTED:
                _bring_to(db, signal_id, start)
            allowed = target in svc.TRANSITIONS[start]
            if allowed:
                _move(db, signal_id, _full(target))
                with db.session() as session:
                    assert svc.signal(session, signal_id, today=MONDAY).status is target
            else:
                with pytest.raises(ValidationError) as caught:
                    _move(db, signal_id, _full(target))
                assert caught.value.for_field("status") is not None, (start, target)
    assert S.SCHEDULED not in svc.TRANSITIONS[S.DONE]  # afgehandeld → ingepland is refused


def test_feedback_is_required_when_the_reporter_wants_contact(db: Database) -> None:
    category_id = _category(db)
    wants = _signal(db, category_id)
    silent = _signal(db, category_id, wants_contact=False)
    with pytest.raises(ValidationError) as caught:
        _move(db, wants, TransitionInput(status=S.HANDLING))
    assert caught.value.for_field("feedback") is not None
    _move(db, silent, TransitionInput(status=S.HANDLING))  # no contact wanted: no feedback needed
    with pytest.raises(ValidationError) as caught:
        _move(db, silent, TransitionInput(status=S.DONE))
    assert caught.value.for_field("done") is not None  # "afgehandeld" alone is never the answer
    with pytest.raises(ValidationError) as caught:
        _move(db, silent, TransitionInput(status=S.SCHEDULED, planned_on=MONDAY - timedelta(days=1)))
    assert {e.field for e in caught.value.errors} == {"planned", "planned_on"}


def test_the_history_keeps_who_when_and_the_feedback(db: Database, anna: int) -> None:
    signal_id = _signal(db, _category(db))
    with db.session(user_id=anna) as session:
        version = svc.signal(session, signal_id, today=MONDAY).version
        svc.move_signal(session, signal_id, version, _full(S.SCHEDULED), today=MONDAY)
        session.commit()
    with db.session() as session:
        record = svc.signal(session, signal_id, today=MONDAY)
    last = record.events[-1]
    assert (last.from_status, last.to_status, last.user) == (S.REPORTED, S.SCHEDULED, "Anna de Vries")
    assert last.feedback == "Beste Els, wij hebben uw melding bekeken."
    assert last.planned_on == MONDAY + timedelta(days=30)


def test_a_template_is_filled_without_reading_typed_text_as_a_placeholder(db: Database) -> None:
    with db.session() as session:
        with pytest.raises(ValidationError) as caught:
            feedback.save_template(session, "Ingepland", "Beste {naam}, {onbekend} en {adres}", S.SCHEDULED)
        assert "{onbekend}" in str(caught.value.for_field("body").params["names"])
        template_id = feedback.save_template(
            session,
            "Ingepland",
            "Beste {naam},\n\nWij vonden: {bevinding}. Gepland: {planning} op {plandatum}.",
            S.SCHEDULED,
        )
        session.commit()
        body = next(t.body for t in feedback.templates(session) if t.id == template_id)
    values = {
        "naam": "Els <b>Jansen</b>",
        "bevinding": "een tak {naam}",
        "planning": "snoeien",
        "plandatum": "1 december 2026",
    }
    filled = feedback.fill_template(body, values)
    assert filled.startswith("Beste Els <b>Jansen</b>,")
    assert "een tak {naam}." in filled  # a value is never filled in again
    assert "1 december 2026" in filled


def test_reporter_is_recognised_by_phone_or_email(db: Database) -> None:
    category_id = _category(db)
    first = _signal(db, category_id)
    _move(db, first, _full(S.SCHEDULED))
    _signal(db, category_id, reporter_phone="0351234567", reporter_email="iemand@anders.nl")
    with db.session() as session:
        by_phone = svc.earlier_signals(session, phone="+31 6 1234 5678")
        by_email = svc.earlier_signals(session, email="ELS@example.nl")
        unfinished = svc.earlier_signals(session, phone="06 123")
    assert [e.id for e in by_phone] == [first] == [e.id for e in by_email]
    assert by_phone[0].last_feedback == "Beste Els, wij hebben uw melding bekeken."
    assert unfinished == []


def test_overdue_at_the_boundary(db: Database) -> None:
    signal_id = _signal(db, _category(db, days=5))  # due Monday 30 November
    due = date(2026, 11, 30)
    with db.session() as session:
        assert not svc.signal(session, signal_id, today=due).overdue
        assert svc.signal(session, signal_id, today=due + timedelta(days=1)).overdue
        assert svc.find_signals(session, SignalFilter(overdue_only=True), today=due) == []
        assert svc.find_signals(session, SignalFilter(overdue_only=True), today=due + timedelta(days=1)) == [
            signal_id
        ]
        assert svc.counts(session, today=due + timedelta(days=1)) == {"open": 1, "overdue": 1}
    _move(db, signal_id, _full(S.SCHEDULED))  # answered: no longer overdue
    with db.session() as session:
        assert not svc.signal(session, signal_id, today=due + timedelta(days=10)).overdue


def test_reopening_starts_a_new_handling_time(db: Database) -> None:
    signal_id = _signal(db, _category(db, days=2))
    _move(db, signal_id, _full(S.DONE))
    later = date(2026, 12, 10)  # a Thursday
    _move(
        db,
        signal_id,
        TransitionInput(status=S.REOPENED, found="Tak groeit terug", feedback="Wij kijken opnieuw."),
        today=later,
    )
    with db.session() as session:
        record = svc.signal(session, signal_id, today=later)
    assert record.status is S.REOPENED
    assert record.due_date == date(2026, 12, 14)


def test_find_by_reporter_address_company_and_words(db: Database) -> None:
    category_id = _category(db)
    company_id = new_company(db, "Café De Zwaan")
    tak = _signal(db, category_id)
    terras = _signal(
        db,
        category_id,
        description="Terras blokkeert de stoep",
        company_id=company_id,
        street="Kerkstraat",
        postcode="1241 AB",
        reporter_name="Piet Bakker",
        reporter_phone="",
        reporter_email="",
        wants_contact=False,
    )
    with db.session() as session:

        def find(text: str) -> list[int]:
            return svc.find_signals(session, SignalFilter(text=text), today=MONDAY)

        assert find("jansen") == [tak]
        assert find("noordereinde 12") == [tak]
        assert find("1243JJ") == [tak]
        assert find("0612345678") == [tak]
        assert find("cafe zwaan") == [terras]
        assert find("stoep") == sorted([tak, terras], reverse=True)
        assert find(f"M-{terras}") == [terras]
        rows = svc.signal_rows(session, [terras], today=MONDAY)
    assert rows[0].company == "Café De Zwaan" and rows[0].reporter == "Piet Bakker"


def test_filter_by_category_tree_area_and_period(db: Database) -> None:
    groen = _category(db, "Groen")
    bomen = _category(db, "Bomen", parent=groen)
    afval = _category(db, "Afval")
    kern = new_area(db, "'s-Graveland")
    a = _signal(db, bomen, area_id=kern)
    b = _signal(db, afval, reported_at=datetime(2026, 10, 1, 10, tzinfo=UTC))
    with db.session() as session:
        assert svc.find_signals(session, SignalFilter(category_id=groen), today=MONDAY) == [a]
        assert svc.find_signals(session, SignalFilter(area_id=kern), today=MONDAY) == [a]
        assert svc.find_signals(session, SignalFilter(until=date(2026, 10, 31)), today=MONDAY) == [b]
        ordered = svc.find_signals(session, SignalFilter(sort="reported_at", descending=False), today=MONDAY)
        assert ordered == [b, a]
        with pytest.raises(ValidationError):
            categories.save_category(session, "Groen", 5, bomen, category_id=groen, expected_version=1)


def test_sources_are_kept(db: Database) -> None:
    signal_id = _signal(db, _category(db), source=SignalSource.SOCIAL_MEDIA)
    with db.session() as session:
        assert svc.signal(session, signal_id, today=MONDAY).source is SignalSource.SOCIAL_MEDIA


def test_a_letter_with_a_hole_or_a_placeholder_left_is_refused_with_the_reason() -> None:
    from models.signals.letters import letter_problems

    assert letter_problems("Beste Els,\n\nWij vonden een tak. Inmiddels is die gesnoeid.") == []
    assert letter_problems("Tijd: 10:00. Zie www.wijdemeren.nl. Vragen? Bel 14 035.") == []
    assert letter_problems("Beste Karel, ... en zo verder") == []  # an ellipsis is written on purpose
    [(_, hole)] = letter_problems("Beste Els,\n\nWij vonden . Inmiddels is .")
    assert hole == {"sentence": "Wij vonden ."}
    assert letter_problems("Melding over afval ().")
    assert letter_problems("Wat wij deden: .")
    [(_, left)] = letter_problems("Beste {naam}, dank u.")
    assert left == {"names": "{naam}"}
