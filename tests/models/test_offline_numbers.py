"""A signal or contact moment made offline has no number until the server gives it (issue 22):
the local file gives it an id the server never gives, its number reads ``M-…``, and the sync
brings the server's number back — also when a colleague took the next number meanwhile."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from models.consultations.entities import Interaction
from models.db import Database
from models.numbers import OFFLINE_FIRST_ID, reference
from models.offline import sync
from models.signals import services as signals
from models.signals.entities import Signal, SignalSource

from .test_offline import _setup, _sync, _take, work_offline


def _register(database: Database, user_id: int, description: str, company_id: int) -> int:
    with database.session(user_id) as session:
        category = session.scalars(select(Signal.category_id)).first()
        made = signals.register_signal(
            session,
            signals.SignalInput(
                category_id=category,
                source=SignalSource.SUPERVISOR,
                description=description,
                company_id=company_id,
                reported_at=datetime.now(UTC),
            ),
        )
        session.commit()
        return made


def test_numbers_are_the_servers_never_made_up_offline(db: Database, tmp_path: Path) -> None:
    s = _setup(db)
    path = tmp_path / "ronde.odset"
    _take(db, s, path)
    work_offline(path, s["official"], s["inside"][0])  # a contact moment (with an agreement)
    local = sync.open_local(path)
    try:
        mine = _register(local, s["official"], "Kapotte stoeptegel", s["inside"][1])
        with local.session(s["official"]) as session:
            record = signals.signal(session, mine, today=date.today())
            moment = session.scalars(select(Interaction.id)).one()
    finally:
        local.dispose()
    assert mine >= OFFLINE_FIRST_ID and moment >= OFFLINE_FIRST_ID
    assert record.number == "M-…" and reference("CM", moment) == "CM-…"

    theirs = _register(db, s["other"], "Fiets tegen de gevel", s["inside"][0])  # the server's next
    report = _sync(db, s, path)
    assert report.done
    [given] = report.created["signal"].values()
    assert given > theirs
    assert next(iter(report.created["interaction"].values())) < OFFLINE_FIRST_ID
    local = sync.open_local(path)
    try:
        with local.session(s["official"]) as session:
            assert signals.signal(session, given, today=date.today()).number == f"M-{given}"
            assert session.get(Signal, mine) is None
    finally:
        local.dispose()
