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
