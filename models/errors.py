"""Domain errors: what a person did or met, told in words a person understands.

Every error carries an English source text (marked for translation) and parameters;
``views`` translates and formats it. A bug is anything else and gets a crash report.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from models.i18n import QT_TRANSLATE_NOOP


class DomainError(Exception):
    """An expected error with a message fit for a person."""

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.params = params


@dataclass(kw_only=True)
class FieldError:
    field: str
    message: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


class ValidationError(DomainError):
    """One or more fields hold values that cannot be saved."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Please correct the marked fields."))
        self.errors = errors

    def for_field(self, name: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == name), None)

    def __str__(self) -> str:
        return "; ".join(f"{e.field}: {e.message.format(**e.params)}" for e in self.errors)


class NotFoundError(DomainError):
    """The record was removed or never existed."""


class ConflictError(DomainError):
    """Somebody else saved the record after it was loaded here."""

    def __init__(self, entity: str, changed_by: str | None, changed_at: datetime | None) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This record was changed by {who} at {when} after you opened it. "
                "Reload it to see their changes; what you typed is kept until you do.",
            ),
            who=changed_by or "?",
            when=changed_at,
        )
        self.entity = entity
        self.changed_by = changed_by
        self.changed_at = changed_at


@dataclass(kw_only=True)
class DuplicateCandidate:
    company_id: int
    name: str
    kvk_number: str | None
    address: str
    reason: str


class DuplicateCompanyError(DomainError):
    """A company with the same KvK number, or a very similar name at the same postcode, exists."""

    def __init__(self, candidates: list[DuplicateCandidate]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "This company may already exist: {names}."),
            names=", ".join(c.name for c in candidates),
        )
        self.candidates = candidates


# -- what the database said, classified by its code (models.db.database_error) ------------------
#
# Each kind has one behaviour, the same wherever it happens:
#   DatabaseUnavailableError  unreachable: the retry banner; a form keeps its input and saves again
#   AuthenticationError       the login or password refused: ask for the password
#   DatabasePermissionError   refused for this login or file: a plain refusal, trying again won't help
#   TransactionConflictError  collided with a colleague's transaction: nothing saved, save again
#   ConstraintError           data the database's rules refuse: nothing saved, check the input
#   DatabaseBugError          a bug in the program (no such column, a syntax error): a crash report


class DatabaseUnavailableError(DomainError):
    """The database cannot be reached or opened: the environment, not the user, is at fault."""


class UnencryptedServerError(DatabaseUnavailableError):
    """The connection requires encryption (SSL/TLS) and the server does not offer it: nothing was
    sent in plain text. Its own kind, so the one who required it can be named (the connection's
    setting, or IT's rule for the computer: views/connection/profiles.py)."""


class DiskFullError(DatabaseUnavailableError):
    """The disk holding the database (or a copy of it) is full (SQLITE_FULL, or an I/O error on a
    disk without room, ENOSPC): nothing was saved; it will be once room is made."""


class AuthenticationError(DomainError):
    """The server refused the login or its password (SQLSTATE class 28): ask for the password."""


class DatabasePermissionError(DomainError):
    """The database refuses this to this login, or the file may not be written (SQLSTATE 42501,
    SQLite's READONLY): a plain refusal; trying again will not help."""


class TransactionConflictError(DomainError):
    """A colleague's transaction collided with this one (SQLSTATE 40001, 40P01): the database undid
    this one, so nothing was saved; saving again will do."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "A colleague saved related data at the same moment, so nothing was saved. "
                "What you typed is kept: save again.",
            )
        )


class ConstraintError(DomainError):
    """The database refused data that breaks one of its rules (SQLSTATE class 23, SQLite's
    CONSTRAINT): a number that must be unique taken meanwhile, a link to a removed record."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database refused this change: it clashes with data saved meanwhile, "
                "such as a number that must be unique. Nothing was saved; check what you typed.",
            )
        )


class DatabaseBugError(Exception):
    """Not a DomainError: the query itself is wrong (SQLSTATE class 42, SQLite's ERROR), which no
    person at the desk can mend. It gets the crash report; ``code`` names the driver's code."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code


class SchemaTooNewError(DomainError):
    """The database was created by a newer version of the application."""


class PermissionDeniedError(DomainError):
    """The signed-in official's role does not allow this (see models/permissions.py)."""

    def __init__(self, permission: str, message: str) -> None:
        super().__init__(message)
        self.permission = permission


# -- what the database said in English, as advice (issue 19) -----------------------------------------
#
# A failure no service expected reaches the person as "Unexpected error: …" with the driver's own
# English text ("database disk image is malformed", "database is locked", "disk I/O error",
# "attempt to write a readonly database"). Those known by their code (SQLite's primary result
# code, PostgreSQL's SQLSTATE) get a sentence that says what to do instead; the rest stays a bug.

SQLITE_ADVICE: dict[int, str] = {
    5: QT_TRANSLATE_NOOP(  # SQLITE_BUSY
        "errors",
        "The database is in use by another program. Wait a moment, or close that program, then try again.",
    ),
    6: QT_TRANSLATE_NOOP(  # SQLITE_LOCKED
        "errors",
        "The database is in use by another program. Wait a moment, or close that program, then try again.",
    ),
    8: QT_TRANSLATE_NOOP(  # SQLITE_READONLY
        "errors",
        "The database file may only be read, not written. Check that the file and its folder may be "
        "written (not read-only, not on a locked drive), then try again.",
    ),
    10: QT_TRANSLATE_NOOP(  # SQLITE_IOERR
        "errors",
        "Reading or writing the disk failed. Check the disk or the network drive (is it still connected, "
        "is there room?), then try again.",
    ),
    11: QT_TRANSLATE_NOOP(  # SQLITE_CORRUPT
        "errors",
        "The database file is damaged. Stop working in it, and restore the latest backup or ask IT to.",
    ),
    13: QT_TRANSLATE_NOOP("errors", "The disk is full. Make room, then try again."),  # SQLITE_FULL
    14: QT_TRANSLATE_NOOP(  # SQLITE_CANTOPEN
        "errors",
        "The database file cannot be opened. Check that it is there and may be read, then try again.",
    ),
    26: QT_TRANSLATE_NOOP(  # SQLITE_NOTADB
        "errors", "The file is not a database. Choose another file, or restore a backup."
    ),
}
SQLSTATE_ADVICE: dict[str, str] = {
    "53100": SQLITE_ADVICE[13],  # disk_full
    "58030": SQLITE_ADVICE[10],  # io_error
    "25006": QT_TRANSLATE_NOOP(  # read_only_sql_transaction
        "errors",
        "The server only reads at the moment (a standby or read-only server). Ask your administrator.",
    ),
    "XX001": QT_TRANSLATE_NOOP(  # data_corrupted
        "errors",
        "The server reports damaged data. Stop working and ask your administrator to restore a backup.",
    ),
    "XX002": QT_TRANSLATE_NOOP(  # index_corrupted
        "errors", "The server reports a damaged index. Ask your administrator to rebuild it (REINDEX)."
    ),
}


class DatabaseAdviceError(DomainError):
    """A database failure known by its code, told as what to do (``database_advice``)."""


def database_advice(exc: BaseException) -> DatabaseAdviceError | None:
    """The advice for a failure the database reported by a known code, or None. Looks through
    SQLAlchemy's wrapper (``orig``) and the exceptions it was raised from."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        original = getattr(current, "orig", None) or current
        code = getattr(original, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in SQLITE_ADVICE:
            return DatabaseAdviceError(SQLITE_ADVICE[code & 0xFF])
        state = getattr(original, "sqlstate", None)
        if isinstance(state, str) and state in SQLSTATE_ADVICE:
            return DatabaseAdviceError(SQLSTATE_ADVICE[state])
        current = current.__cause__ or current.__context__
    return None
