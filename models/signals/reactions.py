"""A reporter's reaction to a handled signal, and the administrator's list of standard reasons.

After a signal is *afgehandeld* a handler records how the reporter took it: tevreden or niet
tevreden, one of the standard reasons, and the reporter's own words. "Niet tevreden" for a reason
marked ``reopens`` puts the signal in *verzoek tot heropenen*, with a step in its history; a
handler then accepts (``move_signal`` to in behandeling, with the message to the reporter) or
declines (back to afgehandeld, with the reason). The counts per category, area or street over a
period are on the hotspots page (``models.hotspots.services.satisfaction``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from models.base import utcnow
from models.calendar import add_working_days
from models.common import flush_or_conflict, load_for_edit, save_record
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, allowed, requires
from models.signals.entities import (
    ReactionReason,
    Signal,
    SignalCategory,
    SignalEvent,
    SignalReaction,
    SignalStatus,
)
from models.team.entities import User
from models.validation import Validator

# -- the administrator's reasons -----------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ReasonRecord:
    id: int
    version: int
    name: str
    reopens: bool  # "niet tevreden" for this reason is a request to reopen the signal
    active: bool


@requires(Permission.VIEW_SIGNALS)
def reasons(session: Session, *, include_inactive: bool = False) -> list[ReasonRecord]:
    """The standard reasons, by name."""
    stmt = select(ReactionReason).order_by(ReactionReason.name, ReactionReason.id)
    if not include_inactive:
        stmt = stmt.where(ReactionReason.active)
    return [
        ReasonRecord(id=r.id, version=r.version, name=r.name, reopens=r.reopens, active=r.active)
        for r in session.scalars(stmt)
    ]


@requires(Permission.CONFIGURE_SIGNALS)
def save_reason(
    session: Session,
    name: str,
    reopens: bool,
    *,
    reason_id: int | None = None,
    expected_version: int | None = None,
    active: bool = True,
) -> int:
    """Add a reason or change one (a reason in use is switched off, never removed)."""
    v = Validator()
    v.required("name", name)
    v.max_length("name", name.strip(), 120)
    v.raise_if_any()
    values = {"name": name.strip(), "reopens": reopens, "active": active}
    return save_record(session, ReactionReason, reason_id, expected_version, values).id


# -- recording a reaction ------------------------------------------------------------------------


@dataclass(kw_only=True)
class ReactionInput:
    satisfied: bool | None = None  # None: not chosen yet
    reason_id: int | None = None
    comment: str = ""


@dataclass(frozen=True, kw_only=True)
class ReactionRecord:
    id: int
    at: datetime
    user: str | None
    satisfied: bool
    reason: str | None
    reopens: bool
    comment: str | None  # None for the roles that do not handle signals


@dataclass(frozen=True, kw_only=True)
class ReactionResult:
    reaction_id: int
    reopen_requested: bool  # the signal is now in "verzoek tot heropenen"


COMMENT_LIMIT = 4000


@requires(Permission.HANDLE_SIGNALS)
def record_reaction(
    session: Session,
    signal_id: int,
    expected_version: int,
    data: ReactionInput,
    *,
    today: date | None = None,
) -> ReactionResult:
    """Record the reporter's reaction to a handled signal.

    "Niet tevreden" needs a reason; a reason that warrants it puts the signal in *verzoek tot
    heropenen* (a step in the history, the target counted again from today), for a handler to
    accept or decline. Only a signal that is afgehandeld takes a reaction.
    """
    today = today or date.today()
    signal = load_for_edit(session, Signal, signal_id, expected_version)
    v = Validator()
    if signal.status is not SignalStatus.DONE:
        v.add(
            "satisfied",
            QT_TRANSLATE_NOOP("errors", "A reporter's reaction is recorded once the signal is handled."),
        )
    if data.satisfied is None:
        v.add("satisfied", QT_TRANSLATE_NOOP("errors", "Choose whether the reporter is satisfied."))
    reason = session.get(ReactionReason, data.reason_id) if data.reason_id is not None else None
    if data.reason_id is not None and (reason is None or not reason.active):
        v.add("reason_id", QT_TRANSLATE_NOOP("errors", "Choose one of the reasons in the list."))
    if data.satisfied is False and data.reason_id is None:
        v.add("reason_id", QT_TRANSLATE_NOOP("errors", "Choose why the reporter is not satisfied."))
    comment = data.comment.strip()
    v.max_length("comment", comment, COMMENT_LIMIT)
    v.raise_if_any()
    user_id = session.info.get("user_id")
    reaction = SignalReaction(
        signal_id=signal.id,
        at=utcnow(),
        user_id=user_id,
        satisfied=bool(data.satisfied),
        reason_id=reason.id if reason else None,
        comment=comment or None,
    )
    session.add(reaction)
    reopen = data.satisfied is False and reason is not None and reason.reopens
    if reopen and reason is not None:
        signal.status = SignalStatus.REOPEN_REQUESTED
        category = session.get(SignalCategory, signal.category_id)
        signal.due_date = (
            add_working_days(today, category.target_days) if category and category.target_days else None
        )
        flush_or_conflict(session, signal)
        # The history says why (readable by every role); the reporter's own words stay in the
        # reaction, which only the roles that handle signals read.
        session.add(
            SignalEvent(
                signal_id=signal.id,
                at=reaction.at,
                user_id=user_id,
                from_status=SignalStatus.DONE,
                to_status=SignalStatus.REOPEN_REQUESTED,
                found=reason.name,
            )
        )
    session.flush()
    return ReactionResult(reaction_id=reaction.id, reopen_requested=reopen)


@requires(Permission.VIEW_SIGNALS)
def signal_reactions(session: Session, signal_id: int) -> list[ReactionRecord]:
    """The reporter's reactions to one signal, oldest first (their words only for handlers)."""
    visible = allowed(session, Permission.HANDLE_SIGNALS)
    rows = session.execute(
        select(SignalReaction, User.full_name, ReactionReason.name, ReactionReason.reopens)
        .outerjoin(User, User.id == SignalReaction.user_id)
        .outerjoin(ReactionReason, ReactionReason.id == SignalReaction.reason_id)
        .where(SignalReaction.signal_id == signal_id)
        .order_by(SignalReaction.at, SignalReaction.id)
        .options(*([] if visible else [defer(SignalReaction.comment, raiseload=True)]))
    ).tuples()
    return [
        ReactionRecord(
            id=r.id,
            at=r.at,
            user=user,
            satisfied=r.satisfied,
            reason=reason,
            reopens=bool(reopens),
            comment=r.comment if visible else None,
        )
        for r, user, reason, reopens in rows
    ]
