"""LISTEN/NOTIFY between two desks: one notification per committed transaction, none for a
rollback, with the kinds, ids and companies concerned and the sender's origin.

The channel is shared by every schema of the test server (other tests run at the same
time), so each test looks only at notifications from its own desk's origin.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from models.base import utcnow
from models.companies import services as svc
from models.consultations import services as consultations
from models.consultations.entities import AgreementStatus, Channel
from models.consultations.services import AgreementInput, InteractionInput
from models.db import Database
from models.notify import MAX_PAYLOAD, Change, origin
from tests.models.conftest import company, new_company, new_user
from views.common.live import PgListener


class Inbox:
    """What a listener on the other desk heard from one sender."""

    def __init__(self, sender: str) -> None:
        self.sender = sender
        self.changes: list[Change] = []
        self.lock = threading.Lock()

    def __call__(self, change: Change) -> None:
        if change.origin == self.sender:
            with self.lock:
                self.changes.append(change)

    def wait(self, count: int, seconds: float = 5) -> list[Change]:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.changes) >= count:
                    return list(self.changes)
            time.sleep(0.02)
        return list(self.changes)


@pytest.fixture
def heard(desks: tuple[Database, Database]) -> Iterator[Inbox]:
    """Desk two listening (as views/common/live.py does) to what desk one changes."""
    first, second = desks
    inbox = Inbox(origin(first.engine))
    listener = PgListener(second.engine, inbox, ignore_origin=origin(second.engine), poll_seconds=0.1)
    listener.start()
    assert listener.listening.wait(5)
    yield inbox
    listener.stop()
    assert not listener.running


def test_a_rename_reaches_the_other_desk_within_seconds(
    desks: tuple[Database, Database], heard: Inbox
) -> None:
    first, _ = desks
    anna = new_user(first, "anna", "Anna de Vries")
    company_id = new_company(first, "Bakkerij Jansen", user_id=anna)
    created = heard.wait(2)  # the user, then the company with its main establishment
    assert any(c.touches("company") and company_id in (c.kinds["company"] or ()) for c in created)

    before = len(heard.changes)
    started = time.monotonic()
    with first.session(anna) as session:
        svc.update_company(session, company_id, 1, company("Bakkerij Jansen & Zn"))
        session.commit()
    changes = heard.wait(before + 1)[before:]
    assert time.monotonic() - started < 5
    assert len(changes) == 1, "one notification per transaction"
    change = changes[0]
    assert change.kinds["company"] == {company_id}
    assert change.companies == {company_id}
    assert change.user_id == anna
    # The main establishment traded under the old name and followed the rename, in the same
    # transaction: named in the same notification.
    assert "establishment" in change.kinds


def test_a_rollback_sends_nothing(desks: tuple[Database, Database], heard: Inbox) -> None:
    first, _ = desks
    company_id = new_company(first, "Bakkerij Jansen")
    heard.wait(1)
    before = len(heard.changes)
    with first.session() as session:
        svc.update_company(session, company_id, 1, company("Never saved"))
        session.flush()
        session.rollback()
    with first.session() as session:  # leaving without commit rolls back as well
        svc.update_company(session, company_id, 1, company("Never saved either"))
    # Then a committed change, so the test knows the listener was awake all along.
    with first.session() as session:
        svc.update_company(session, company_id, 1, company("Saved"))
        session.commit()
    # And one more after it: notifications arrive in the order of the commits, so once this one is
    # heard, anything the rollbacks or the saved change sent would have been heard before it.
    sentinel = new_company(first, "Slagerij Na Afloop")
    changes = heard.wait(before + 2)[before:]
    assert len(changes) == 2, changes
    assert changes[0].kinds["company"] == {company_id}
    assert sentinel in changes[1].kinds["company"]


def test_agreements_name_their_company(desks: tuple[Database, Database], heard: Inbox) -> None:
    first, _ = desks
    anna = new_user(first, "anna", "Anna de Vries")
    company_id = new_company(first, "Bakkerij Jansen", user_id=anna)
    with first.session(anna) as session:
        consultations.log_interaction(
            session,
            company_id,
            InteractionInput(
                occurred_at=utcnow(),
                channel=Channel.VISIT,
                subject="Terras",
                official_ids=[anna],
                agreements=[AgreementInput(description="Vergunning nakijken", assignee_id=anna)],
            ),
        )
        session.commit()
    with first.session(anna) as session:
        agreement_id = consultations.open_agreements(session, company_id, today=utcnow().date())[0].id
        before = len(heard.wait(3))
        consultations.set_agreement_status(session, agreement_id, 1, AgreementStatus.IN_PROGRESS)
        session.commit()
    change = heard.wait(before + 1)[-1]
    assert change.kinds == {"agreement": {agreement_id}}
    assert change.companies == {company_id}


def test_the_own_echo_is_ignored(desks: tuple[Database, Database]) -> None:
    first, second = desks
    everything: list[Change] = []
    listener = PgListener(
        first.engine, everything.append, ignore_origin=origin(first.engine), poll_seconds=0.1
    )
    listener.start()
    try:
        assert listener.listening.wait(5)
        new_company(first, "Bakkerij Jansen")
        # A colleague's change committed after it: heard in commit order, so an echo of our own
        # would have come first.
        new_company(second, "Slagerij Na Afloop")
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not [
            c for c in everything if c.origin == origin(second.engine)
        ]:
            time.sleep(0.02)
        assert [c for c in everything if c.origin == origin(second.engine)], (
            "the colleague's change was heard"
        )
        assert not [c for c in everything if c.origin == origin(first.engine)]
    finally:
        listener.stop()


def test_many_ids_collapse_to_the_kind() -> None:
    change = Change(origin="x")
    for i in range(5000):
        change.add("company", i, i)
    payload = change.payload()
    assert len(payload.encode()) <= MAX_PAYLOAD
    parsed = Change.parse(payload)
    assert parsed is not None
    assert parsed.kinds == {"company": None}
    assert parsed.companies is None
    assert parsed.touches_company(42)

    small = Change(origin="x")
    small.add("agreement", 7, 3)
    back = Change.parse(small.payload())
    assert back is not None and back.kinds == {"agreement": {7}} and back.companies == {3}
    assert Change.parse("not json") is None
    assert Change.parse('{"k": 5}') is None
