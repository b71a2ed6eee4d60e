"""Reporter satisfaction: a handler records the reaction to a handled signal; "niet tevreden" for a
reason that warrants it is a request to reopen, which a handler accepts or declines, never silently;
the reactions counted per category, area and street over a period (the hotspots page)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from models.db import Database
from models.errors import PermissionDeniedError, ValidationError
from models.hotspots import services as hotspots
from models.migrations import migrate
from models.privacy import scrub
from models.privacy import services as privacy
from models.privacy.services import PersonQuery
from models.signals import categories, reactions
from models.signals import services as svc
from models.signals.entities import SignalStatus
from models.signals.reactions import ReactionInput
from models.signals.services import SignalFilter, SignalInput, TransitionInput
from models.team.entities import Role
from tests.models.conftest import audit_entries, new_area, new_user

TODAY = date(2026, 11, 30)


def _handled(db: Database, category_id: int, area_id: int | None = None, street: str = "Noordereinde") -> int:
    with db.session() as session:
        signal_id = svc.register_signal(
            session,
            SignalInput(
                category_id=category_id,
                description="Losliggende stoeptegels",
                street=street,
                house_number="12",
                area_id=area_id,
                reporter_name="Jan de Melder",
                reporter_email="jan@example.nl",
                wants_contact=True,
                reported_at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC),
            ),
        )
        version = svc.signal(session, signal_id, today=TODAY).version
        svc.move_signal(
            session,
            signal_id,
            version,
            TransitionInput(
                status=SignalStatus.DONE, done="Tegels rechtgelegd", feedback="Beste Jan, opgelost."
            ),
            today=TODAY,
        )
        session.commit()
    return signal_id


def _reasons(db: Database) -> tuple[int, int]:
    with db.session() as session:
        not_solved = reactions.save_reason(session, "Niet opgelost (test)", True)
        too_slow = reactions.save_reason(session, "Te traag (test)", False)
        session.commit()
    return not_solved, too_slow


def _version(db: Database, signal_id: int) -> int:
    with db.session() as session:
        return svc.signal(session, signal_id, today=TODAY).version


def _react(
    db: Database, signal_id: int, data: ReactionInput, user_id: int | None = None
) -> reactions.ReactionResult:
    with db.session(user_id=user_id) as session:
        result = reactions.record_reaction(session, signal_id, _version(db, signal_id), data, today=TODAY)
        session.commit()
    return result


@pytest.fixture
def category_id(db: Database) -> int:
    with db.session() as session:
        found = categories.save_category(session, "Openbare ruimte", 5, None)
        session.commit()
    return found


def test_not_satisfied_for_a_warranting_reason_asks_to_reopen_and_a_handler_accepts(
    db: Database, category_id: int
) -> None:
    not_solved, _slow = _reasons(db)
    handler = new_user(db, "kees", "Kees Jansen", Role.SUPERVISOR)
    signal_id = _handled(db, category_id)
    result = _react(
        db, signal_id, ReactionInput(satisfied=False, reason_id=not_solved, comment="Ligt er nog"), handler
    )
    assert result.reopen_requested
    with db.session() as session:
        record = svc.signal(session, signal_id, today=TODAY)
        assert record.status is SignalStatus.REOPEN_REQUESTED
        assert record.events[-1].to_status is SignalStatus.REOPEN_REQUESTED
        assert record.events[-1].found == "Niet opgelost (test)"  # the reporter's words stay shielded
        assert record.events[-1].user == "Kees Jansen"
        assert record.allowed == [SignalStatus.HANDLING, SignalStatus.DONE]
        # Shown among the open ones, and filterable by itself.
        listed = svc.find_signals(
            session, SignalFilter(statuses=(SignalStatus.REOPEN_REQUESTED,)), today=TODAY
        )
        assert listed == [signal_id]
        assert signal_id in svc.find_signals(session, SignalFilter(statuses=svc.SIGNAL_OPEN), today=TODAY)
        [reaction] = reactions.signal_reactions(session, signal_id)
        assert (reaction.satisfied, reaction.reason, reaction.reopens, reaction.comment) == (
            False,
            "Niet opgelost (test)",
            True,
            "Ligt er nog",
        )
    # Accepting without telling the reporter is refused; with the message it is handled again.
    version = _version(db, signal_id)
    with db.session(user_id=handler) as session, pytest.raises(ValidationError) as caught:
        svc.move_signal(
            session, signal_id, version, TransitionInput(status=SignalStatus.HANDLING), today=TODAY
        )
    assert [e.field for e in caught.value.errors] == ["feedback"]
    with db.session(user_id=handler) as session:
        svc.move_signal(
            session,
            signal_id,
            version,
            TransitionInput(status=SignalStatus.HANDLING, feedback="Beste Jan, we pakken het opnieuw op."),
            today=TODAY,
        )
        session.commit()
    with db.session() as session:
        record = svc.signal(session, signal_id, today=TODAY)
        assert record.status is SignalStatus.HANDLING
        assert record.events[-1].from_status is SignalStatus.REOPEN_REQUESTED
        assert record.events[-1].feedback == "Beste Jan, we pakken het opnieuw op."
        assert record.due_date is not None and record.due_date > TODAY
    # Audited like the signal's other changes: the reaction's creation, the signal's status.
    assert audit_entries(db, "signal_reaction", reaction.id)
    assert "status" in [e.field for e in audit_entries(db, "signal", signal_id)]


def test_a_handler_declines_a_request_with_the_reason(db: Database, category_id: int) -> None:
    not_solved, _slow = _reasons(db)
    signal_id = _handled(db, category_id)
    _react(db, signal_id, ReactionInput(satisfied=False, reason_id=not_solved))
    version = _version(db, signal_id)
    with db.session() as session, pytest.raises(ValidationError) as caught:
        svc.move_signal(
            session,
            signal_id,
            version,
            TransitionInput(status=SignalStatus.DONE, feedback="Nee."),
            today=TODAY,
        )
    assert [e.field for e in caught.value.errors] == ["found"]
    with db.session() as session:
        svc.move_signal(
            session,
            signal_id,
            version,
            TransitionInput(
                status=SignalStatus.DONE,
                found="De tegels liggen volgens de norm",
                feedback="Beste Jan, wij heropenen de melding niet.",
            ),
            today=TODAY,
        )
        session.commit()
        record = svc.signal(session, signal_id, today=TODAY)
        assert record.status is SignalStatus.DONE
        assert record.events[-1].found == "De tegels liggen volgens de norm"
        assert [e.to_status for e in record.events][-3:] == [
            SignalStatus.DONE,
            SignalStatus.REOPEN_REQUESTED,
            SignalStatus.DONE,
        ]


def test_other_reactions_leave_the_signal_closed_and_the_rules_hold(db: Database, category_id: int) -> None:
    not_solved, too_slow = _reasons(db)
    signal_id = _handled(db, category_id)
    assert not _react(db, signal_id, ReactionInput(satisfied=False, reason_id=too_slow)).reopen_requested
    assert not _react(db, signal_id, ReactionInput(satisfied=True, reason_id=not_solved)).reopen_requested
    assert not _react(db, signal_id, ReactionInput(satisfied=True)).reopen_requested
    with db.session() as session:
        assert svc.signal(session, signal_id, today=TODAY).status is SignalStatus.DONE
        assert len(reactions.signal_reactions(session, signal_id)) == 3
    # Niet tevreden needs a reason; the choice is needed; an open signal takes no reaction.
    for data, field in (
        (ReactionInput(satisfied=False), "reason_id"),
        (ReactionInput(), "satisfied"),
    ):
        with db.session() as session, pytest.raises(ValidationError) as caught:
            reactions.record_reaction(session, signal_id, _version(db, signal_id), data)
        assert field in [e.field for e in caught.value.errors]
    with db.session() as session:
        open_one = svc.register_signal(
            session, SignalInput(category_id=category_id, description="Lantaarn kapot", street="Dorpsstraat")
        )
        session.commit()
    with db.session() as session, pytest.raises(ValidationError):
        reactions.record_reaction(session, open_one, 1, ReactionInput(satisfied=True))
    # A request to reopen is not a status anyone moves to by hand.
    with db.session() as session, pytest.raises(ValidationError):
        svc.move_signal(
            session,
            signal_id,
            _version(db, signal_id),
            TransitionInput(status=SignalStatus.REOPEN_REQUESTED, found="x", feedback="x"),
        )


def test_who_may_record_reactions_and_keep_the_reasons(db: Database, category_id: int) -> None:
    not_solved, _slow = _reasons(db)
    signal_id = _handled(db, category_id)
    desk = new_user(db, "balie", "Bea Balie", Role.DESK)
    official = new_user(db, "ambt", "Olga Ambtenaar", Role.OFFICIAL)
    supervisor = new_user(db, "toez", "Tom Toezicht", Role.SUPERVISOR)
    for user in (desk, official):
        with db.session(user_id=user) as session, pytest.raises(PermissionDeniedError):
            reactions.record_reaction(
                session, signal_id, _version(db, signal_id), ReactionInput(satisfied=True)
            )
        with db.session(user_id=user) as session, pytest.raises(PermissionDeniedError):
            reactions.save_reason(session, "Eigen reden", False)
    with db.session(user_id=supervisor) as session, pytest.raises(PermissionDeniedError):
        reactions.save_reason(session, "Eigen reden", False)
    _react(
        db,
        signal_id,
        ReactionInput(satisfied=False, reason_id=not_solved, comment="Jan zegt: nog kapot"),
        supervisor,
    )
    # The reporter's words are for the handlers; the others see that there was a reaction.
    with db.session(user_id=desk) as session:
        [seen] = reactions.signal_reactions(session, signal_id)
        assert seen.comment is None and seen.reason == "Niet opgelost (test)"
    # The administrator keeps the list: renamed, switched off (then no longer offered).
    admin = new_user(db, "beheer", "Bob Beheer", Role.ADMINISTRATOR)
    with db.session(user_id=admin) as session:
        version = next(r.version for r in reactions.reasons(session) if r.id == not_solved)
        reactions.save_reason(
            session, "Niet verholpen", True, reason_id=not_solved, expected_version=version, active=False
        )
        session.commit()
        assert not_solved not in [r.id for r in reactions.reasons(session)]
        assert "Niet verholpen" in [r.name for r in reactions.reasons(session, include_inactive=True)]


def test_satisfaction_per_category_area_and_street_over_a_period(db: Database, category_id: int) -> None:
    not_solved, too_slow = _reasons(db)
    centrum = new_area(db, "Centrum")
    with db.session() as session:
        other = categories.save_category(session, "Verlichting", 5, None)
        session.commit()
    a = _handled(db, category_id, centrum, "Noordereinde")
    b = _handled(db, category_id, centrum, "Kerkstraat")
    c = _handled(db, other, None, "Kerkstraat")
    _react(db, a, ReactionInput(satisfied=True))
    _react(db, b, ReactionInput(satisfied=False, reason_id=too_slow))
    _react(db, c, ReactionInput(satisfied=True))
    _react(db, c, ReactionInput(satisfied=False, reason_id=not_solved))
    today = date.today()
    with db.session() as session:
        rows, total = hotspots.satisfaction(session, today, today, "category")
        assert [(r.label, r.reactions, r.satisfied) for r in rows] == [
            ("Openbare ruimte", 2, 1),
            ("Verlichting", 2, 1),
        ]
        assert (total.reactions, total.satisfied, total.share) == (4, 2, 0.5)
        rows, _total = hotspots.satisfaction(session, today, today, "area")
        assert [(r.label, r.reactions, r.satisfied) for r in rows] == [("Centrum", 2, 1)]
        rows, _total = hotspots.satisfaction(session, today, today, "street")
        assert [(r.label, r.reactions, r.satisfied, r.share) for r in rows] == [
            ("Kerkstraat", 3, 1, 1 / 3),
            ("Noordereinde", 1, 1, 1.0),
        ]
        # Another period: none.
        rows, total = hotspots.satisfaction(session, date(2020, 1, 1), date(2020, 12, 31), "area")
        assert rows == [] and total.reactions == 0 and total.share is None
    # The desk, who views signals but does not handle them, counts them too.
    desk = new_user(db, "balie", "Bea Balie", Role.DESK)
    with db.session(user_id=desk) as session:
        assert hotspots.satisfaction(session, today, today, "area")[1].reactions == 4


def test_the_reporters_words_in_a_reaction_are_anonymised_and_removed_with_the_signal(
    db: Database, category_id: int
) -> None:
    not_solved, _slow = _reasons(db)
    signal_id = _handled(db, category_id)
    result = _react(
        db,
        signal_id,
        ReactionInput(satisfied=False, reason_id=not_solved, comment="Jan de Melder: ligt er nog"),
    )
    # What the municipality holds of the reporter (inzage) includes their reaction.
    with db.session() as session:
        dossier = privacy.person_dossier(session, PersonQuery(name="Jan de Melder"))
    assert "niet tevreden · Niet opgelost (test) · Jan de Melder: ligt er nog" in privacy.dossier_json(
        dossier
    )
    with db.session() as session:
        scrub.anonymise_signal_reporters(session, [signal_id])
        session.commit()
        [reaction] = reactions.signal_reactions(session, signal_id)
    assert (
        reaction.comment is not None
        and "Melder" not in reaction.comment
        and "ligt er nog" in reaction.comment
    )
    trail = audit_entries(db, "signal_reaction", result.reaction_id)
    # On PostgreSQL the trigger recorded the redaction: without the name.
    assert trail and not any("Melder" in f"{e.old_value} {e.new_value}" for e in trail)
    with db.session() as session:
        scrub.remove_signals(session, [signal_id])
        session.commit()
        assert reactions.signal_reactions(session, signal_id) == []
    assert not any(
        "ligt er nog" in f"{e.old_value} {e.new_value}"
        for e in audit_entries(db, "signal_reaction", result.reaction_id)
    )


def test_the_migration_seeds_reasons_and_keeps_the_word_index_triggers(database_url: str) -> None:
    """Revision 0016 adds tables only: the ``signal`` table is not rebuilt, so the triggers of 0011
    that keep its word index stay (SQLite); a few reasons are there for a new database."""
    database = Database(database_url)
    try:
        migrate(database)
        with database.session() as session:
            seeded = reactions.reasons(session)
            assert len(seeded) >= 5 and any(r.reopens for r in seeded) and not all(r.reopens for r in seeded)
            if database.engine.dialect.name == "sqlite":
                triggers = session.scalars(
                    text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'signal'")
                ).all()
                assert {"signal_search_ai", "signal_search_ad", "signal_search_au"} <= set(triggers)
    finally:
        database.dispose()
