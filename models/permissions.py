"""What each role may see and do: one table, enforced in the services.

``ROLE_PERMISSIONS`` is the only place that says what a role may do. Every public service
function declares what it needs with ``@requires(Permission.X)`` (or ``@requires()`` when
anybody signed in may call it); the decorator refuses a call from an official whose role lacks
it with a ``PermissionDeniedError``. Views hide what a role cannot use as a courtesy, and read
this same table for it; the administrator's screen shows it as a matrix.

A session without a user (the administrator's command line, demo generation, the benchmark)
is the system itself and may do everything.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, Protocol, TypeVar, cast

from models.i18n import QT_TRANSLATE_NOOP
from models.roles import CURRENT_USER, Role

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Nothing of SQLAlchemy (nor models.errors) is imported at the top: the window's page registry reads this module for
# the first screen, before the database stack is there (desktop/bootstrap.py). The query below
# imports it when a session first asks (by then it is loaded).

P = ParamSpec("P")
R = TypeVar("R")


class Guarded(Protocol[P, R]):
    """A service function behind its permission check (what ``requires`` makes of one)."""

    __permissions__: frozenset[Permission]
    __wrapped__: Callable[P, R]  # the function itself, without the check

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R: ...


_ROLE_CACHE = "permissions.role"


class Permission(enum.StrEnum):
    VIEW_COMPANIES = "companies.view"
    EDIT_COMPANIES = "companies.edit"
    VIEW_COMPANY_HISTORY = "companies.history"
    VIEW_CONSULTATIONS = "consultations.view"
    VIEW_CONTACT_SUMMARY = "consultations.summary"
    RECORD_CONSULTATIONS = "consultations.record"
    VIEW_SIGNALS = "signals.view"
    REPORT_SIGNALS = "signals.report"
    HANDLE_SIGNALS = "signals.handle"
    CONFIGURE_SIGNALS = "signals.configure"
    VIEW_AMBITIONS = "ambitions.view"
    EDIT_AMBITIONS = "ambitions.edit"
    VIEW_ROUNDS = "rounds.view"
    EDIT_ROUNDS = "rounds.edit"
    DESK = "desk.work"
    VIEW_KNOWLEDGE = "knowledge.view"
    EDIT_KNOWLEDGE = "knowledge.edit"
    MANAGE_ACCOUNTS = "accounts.manage"
    MANAGE_IDENTITY = "identity.manage"
    VIEW_AUDIT_LOG = "audit.view"
    MANAGE_PRIVACY = "privacy.manage"
    IMPORT_COMPANIES = "companies.import"
    MERGE_COMPANIES = "companies.merge"
    LEAD_ACTIONS = "ambitions.lead"  # update the actions of an ambition one leads (kartrekker)
    MANAGE_AREAS = "areas.manage"  # create and edit the kernen and areas


# What the administrator's matrix shows, in this order (context "labels", like the role names).
PERMISSION_LABELS: dict[Permission, str] = {
    Permission.VIEW_COMPANIES: QT_TRANSLATE_NOOP("labels", "View companies"),
    Permission.EDIT_COMPANIES: QT_TRANSLATE_NOOP("labels", "Edit companies, establishments and contacts"),
    Permission.VIEW_COMPANY_HISTORY: QT_TRANSLATE_NOOP("labels", "View a company's change history"),
    Permission.VIEW_CONSULTATIONS: QT_TRANSLATE_NOOP("labels", "Read contact moments and agreements"),
    Permission.RECORD_CONSULTATIONS: QT_TRANSLATE_NOOP("labels", "Record contact moments and agreements"),
    Permission.VIEW_CONTACT_SUMMARY: QT_TRANSLATE_NOOP(
        "labels", "See when and about what a company was contacted, and its open agreements (no reports)"
    ),
    Permission.VIEW_SIGNALS: QT_TRANSLATE_NOOP("labels", "View signals"),
    Permission.REPORT_SIGNALS: QT_TRANSLATE_NOOP("labels", "Report signals"),
    Permission.HANDLE_SIGNALS: QT_TRANSLATE_NOOP("labels", "Handle signals"),
    Permission.CONFIGURE_SIGNALS: QT_TRANSLATE_NOOP("labels", "Manage signal categories and letters"),
    Permission.VIEW_AMBITIONS: QT_TRANSLATE_NOOP("labels", "View ambitions"),
    Permission.EDIT_AMBITIONS: QT_TRANSLATE_NOOP("labels", "Edit ambitions, indicators and actions"),
    Permission.VIEW_ROUNDS: QT_TRANSLATE_NOOP("labels", "View supervision rounds"),
    Permission.EDIT_ROUNDS: QT_TRANSLATE_NOOP("labels", "Record rounds and observations"),
    Permission.DESK: QT_TRANSLATE_NOOP("labels", "Desk: company summaries and questions"),
    Permission.VIEW_KNOWLEDGE: QT_TRANSLATE_NOOP("labels", "Read the knowledge base"),
    Permission.EDIT_KNOWLEDGE: QT_TRANSLATE_NOOP("labels", "Write in the knowledge base"),
    Permission.MANAGE_ACCOUNTS: QT_TRANSLATE_NOOP("labels", "Manage accounts"),
    Permission.MANAGE_IDENTITY: QT_TRANSLATE_NOOP("labels", "Set the municipality's identity"),
    Permission.VIEW_AUDIT_LOG: QT_TRANSLATE_NOOP("labels", "View the audit log of the whole database"),
    Permission.MANAGE_PRIVACY: QT_TRANSLATE_NOOP(
        "labels", "Privacy: inspection, erasure and retention periods"
    ),
    Permission.IMPORT_COMPANIES: QT_TRANSLATE_NOOP("labels", "Import company lists and undo imports"),
    Permission.MERGE_COMPANIES: QT_TRANSLATE_NOOP(
        "labels", "Merge duplicate companies and contact persons, and undo a merge"
    ),
    Permission.LEAD_ACTIONS: QT_TRANSLATE_NOOP("labels", "Update the actions of an ambition one leads"),
    Permission.MANAGE_AREAS: QT_TRANSLATE_NOOP("labels", "Create and edit kernen and areas"),
}

# What a refused official reads (context "errors": the view translates it like every domain error).
DENIED_MESSAGES: dict[Permission, str] = {
    Permission.VIEW_COMPANIES: QT_TRANSLATE_NOOP("errors", "Your role does not allow viewing companies."),
    Permission.EDIT_COMPANIES: QT_TRANSLATE_NOOP("errors", "Your role does not allow editing companies."),
    Permission.VIEW_COMPANY_HISTORY: QT_TRANSLATE_NOOP(
        "errors", "Your role does not allow viewing a company's change history."
    ),
    Permission.VIEW_CONSULTATIONS: QT_TRANSLATE_NOOP(
        "errors", "Your role does not allow reading contact moments and agreements."
    ),
    Permission.RECORD_CONSULTATIONS: QT_TRANSLATE_NOOP(
        "errors", "Your role does not allow recording contact moments and agreements."
    ),
    Permission.VIEW_CONTACT_SUMMARY: QT_TRANSLATE_NOOP(
        "errors", "Your role does not allow seeing a company's recent contact and open agreements."
    ),
    Permission.VIEW_SIGNALS: QT_TRANSLATE_NOOP("errors", "Your role does not allow viewing signals."),
    Permission.REPORT_SIGNALS: QT_TRANSLATE_NOOP("errors", "Your role does not allow reporting signals."),
    Permission.HANDLE_SIGNALS: QT_TRANSLATE_NOOP("errors", "Your role does not allow handling signals."),
    Permission.CONFIGURE_SIGNALS: QT_TRANSLATE_NOOP(
        "errors", "Your role does not allow managing signal categories and letters."
    ),
    Permission.VIEW_AMBITIONS: QT_TRANSLATE_NOOP("errors", "Your role does not allow viewing ambitions."),
    Permission.EDIT_AMBITIONS: QT_TRANSLATE_NOOP("errors", "Your role does not allow editing ambitions."),
    Permission.VIEW_ROUNDS: QT_TRANSLATE_NOOP(
        "errors", "Your role does not allow viewing supervision rounds."
    ),
    Permission.EDIT_ROUNDS: QT_TRANSLATE_NOOP(
        "errors", "Your role does not allow recording rounds and observations."
    ),
    Permission.DESK: QT_TRANSLATE_NOOP("errors", "Your role does not allow working at the desk."),
    Permission.VIEW_KNOWLEDGE: QT_TRANSLATE_NOOP(
        "errors", "Your role does not allow reading the knowledge base."
    ),
    Permission.EDIT_KNOWLEDGE: QT_TRANSLATE_NOOP(
        "errors", "Your role does not allow writing in the knowledge base."
    ),
    Permission.MANAGE_ACCOUNTS: QT_TRANSLATE_NOOP("errors", "Only an administrator may manage accounts."),
    Permission.MANAGE_IDENTITY: QT_TRANSLATE_NOOP(
        "errors", "Only an administrator may set the municipality's identity."
    ),
    Permission.VIEW_AUDIT_LOG: QT_TRANSLATE_NOOP(
        "errors", "Only an administrator may view the audit log of the whole database."
    ),
    Permission.MANAGE_PRIVACY: QT_TRANSLATE_NOOP(
        "errors", "Only an administrator may inspect or erase personal data and set retention periods."
    ),
    Permission.IMPORT_COMPANIES: QT_TRANSLATE_NOOP(
        "errors", "Your role does not allow importing company lists."
    ),
    Permission.MERGE_COMPANIES: QT_TRANSLATE_NOOP(
        "errors", "Your role does not allow merging duplicates or undoing a merge."
    ),
    Permission.LEAD_ACTIONS: QT_TRANSLATE_NOOP(
        "errors",
        "Only the kartrekker of this ambition, or an official who edits ambitions, may change its actions.",
    ),
    Permission.MANAGE_AREAS: QT_TRANSLATE_NOOP(
        "errors", "Only an administrator may create and edit kernen and areas."
    ),
}

P = Permission
# The desk question (decided in issue 18): the desk may see *that* a company was contacted, when and
# about what, and which agreements are open (to hand a question over to the right person and not
# twice), but never a conversation report nor a confidential contact moment. That is its own
# permission, VIEW_CONTACT_SUMMARY, which every role that reads contact moments holds as well;
# reading the moments themselves (reports, people present) stays VIEW_CONSULTATIONS.
_EVERYONE = frozenset(
    {P.VIEW_COMPANIES, P.VIEW_SIGNALS, P.REPORT_SIGNALS, P.VIEW_AMBITIONS, P.VIEW_KNOWLEDGE}
)

# THE table. Everything else (services, views, the administrator's matrix) reads it.
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.BUSINESS_MANAGER: _EVERYONE
    | {
        P.EDIT_COMPANIES,
        P.VIEW_COMPANY_HISTORY,
        P.VIEW_CONSULTATIONS,
        P.VIEW_CONTACT_SUMMARY,
        P.RECORD_CONSULTATIONS,
        P.HANDLE_SIGNALS,
        P.CONFIGURE_SIGNALS,
        P.VIEW_ROUNDS,
        P.EDIT_ROUNDS,
        P.DESK,
        P.EDIT_KNOWLEDGE,
        P.IMPORT_COMPANIES,
        P.MERGE_COMPANIES,
        P.LEAD_ACTIONS,
    },
    Role.OFFICIAL: _EVERYONE
    | {
        P.VIEW_CONSULTATIONS,
        P.VIEW_CONTACT_SUMMARY,
        P.RECORD_CONSULTATIONS,
        P.EDIT_AMBITIONS,
        P.EDIT_KNOWLEDGE,
    },
    Role.DESK: _EVERYONE | {P.DESK, P.VIEW_CONTACT_SUMMARY, P.EDIT_KNOWLEDGE},
    Role.SUPERVISOR: _EVERYONE
    | {P.VIEW_CONSULTATIONS, P.VIEW_CONTACT_SUMMARY, P.HANDLE_SIGNALS, P.VIEW_ROUNDS, P.EDIT_ROUNDS},
    Role.ADMINISTRATOR: frozenset(Permission),
}

ALL_PERMISSIONS: frozenset[Permission] = frozenset(Permission)


def permissions_of(role: Role) -> frozenset[Permission]:
    return ROLE_PERMISSIONS.get(role, frozenset())


def session_permissions(session: Session) -> frozenset[Permission]:
    """What the official of this unit of work may do; everything for the system (no user)."""
    user_id = session.info.get(CURRENT_USER)
    if user_id is None:
        return ALL_PERMISSIONS
    cached = session.info.get(_ROLE_CACHE)
    if cached is not None and cached[0] == user_id:
        return cached[1]
    from sqlalchemy import select

    from models.team.entities import User

    row = session.execute(select(User.role, User.active).where(User.id == user_id)).one_or_none()
    granted = permissions_of(row.role) if row is not None and row.active else frozenset()
    session.info[_ROLE_CACHE] = (user_id, granted)
    return granted


def check(session: Session, *needed: Permission) -> None:
    """Raise PermissionDeniedError unless the session's official has every permission in ``needed``."""
    if not needed or session.info.get(CURRENT_USER) is None:
        return
    granted = session_permissions(session)
    for permission in needed:
        if permission not in granted:
            from models.errors import PermissionDeniedError  # loaded by then; not at the start

            raise PermissionDeniedError(permission, DENIED_MESSAGES[permission])


def allowed(session: Session, permission: Permission) -> bool:
    return permission in session_permissions(session)


def requires(*needed: Permission) -> Callable[[Callable[P, R]], Guarded[P, R]]:
    """Declare what a service function needs; ``@requires()`` marks it open to everyone signed in.

    The function's first parameter must be the session.
    """

    def decorate(fn: Callable[P, R]) -> Guarded[P, R]:
        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            check(cast("Session", args[0] if args else kwargs["session"]), *needed)
            return fn(*args, **kwargs)

        wrapper.__permissions__ = frozenset(needed)  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate


open_to_all = requires()
