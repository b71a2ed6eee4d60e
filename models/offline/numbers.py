"""Records with a number people quote, made in a set taken along, get ids the server never gives.

SQLite would give a new signal the id after the highest taken along: the very number the server
may give a colleague's signal before this one is synchronised. In the local file a new signal or
contact moment gets an id from ``models.numbers.OFFLINE_FIRST_ID`` up instead, and shows ``M-…``
(``models.numbers.reference``) until the sync sends it without its id and the server numbers it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from models.consultations.entities import Interaction
from models.numbers import OFFLINE_FIRST_ID
from models.signals.entities import Signal

LOCAL_DRIVER = "sqlite+pysqlcipher"  # the driver of a local file, and of nothing else
NUMBERED: tuple[type[Any], ...] = (Signal, Interaction)


@event.listens_for(Session, "before_flush")
def _offline_ids(session: Session, _context: Any, _instances: Any) -> None:
    new = [o for o in session.new if isinstance(o, NUMBERED) and o.id is None]
    if not new:
        return
    connection = session.connection()
    if connection.engine.url.drivername != LOCAL_DRIVER:
        return
    for entity in NUMBERED:
        made = [o for o in new if isinstance(o, entity)]
        if not made:
            continue
        highest = connection.scalar(select(func.max(entity.id)).where(entity.id >= OFFLINE_FIRST_ID))
        for next_id, record in enumerate(made, start=(highest or OFFLINE_FIRST_ID - 1) + 1):
            record.id = next_id
