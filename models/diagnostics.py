"""What a crash report and the log may say about a failure: where it happened and what kind of
failure it was, never a value somebody typed.

Users are asked to send a crash report on, and the log file stays on the laptop: neither may hold
a reporter's name, phone number or e-mail address (AVG). The values reach an exception's text in
many ways: PostgreSQL's DETAIL line (``Key (reporter_email)=(jan@example.nl) already exists``,
``Failing row contains (…)``), a primary message quoting the input (``invalid input syntax for
type integer: "abc"``), Python's own texts (``KeyError('jan@example.nl')``, ``invalid literal for
int(): '06…'``) and whatever a programmer put in one. So a report is built from parts known to be
safe, and everything else is left out:

- the traceback's frames (file, line, function and the source line: code, never data);
- the database's code (SQLSTATE, SQLite's result name), its primary message with every quoted
  value replaced by ``…`` except the names of the constraint, table, column, schema and type the
  server reports separately (a message worded by a trigger or function, such as RAISE's class P0,
  is left out whole); the statement with its string literals replaced (its values are
  bound parameters, hidden by the engines' ``hide_parameters``); never DETAIL, HINT or CONTEXT;
- the texts Python builds from names in the code (``AttributeError``, ``NameError``, ``TypeError``
  …), an ``OSError``'s number and reason (not its file name), a domain error's message template
  (without the values filled in);
- of any other exception only its type: its text is left out, marked ``[text left out]``.

No Qt here: the crash dialog (views/common/errors.py), the database worker, the command line and
the log file (desktop/bootstrap.py) all use these two functions.
"""

from __future__ import annotations

import re
import sqlite3
import sys
import traceback
from collections.abc import Collection

from models.errors import DatabaseBugError, DomainError

HIDDEN = "…"
LEFT_OUT = "[text left out]"

# Python builds these texts from names in the code (attributes, types, modules), not from data.
_NAMED_BY_CODE: tuple[type[BaseException], ...] = (
    AttributeError,
    NameError,
    TypeError,
    ImportError,
    NotImplementedError,
    RecursionError,
    ZeroDivisionError,
    IndexError,
    MemoryError,
)
# Qt's text for a widget used after it was deleted: a class name.
_QT_DELETED = re.compile(r"^Internal C\+\+ object \([\w.]+\) already deleted\.$")
# SQLSTATE classes whose messages PostgreSQL itself words, quoting any value it names (hidden here).
_SERVER_WORDED = frozenset(
    {"08", "0A", "21", "22", "23", "25", "28", "2B", "3D", "3F", "40", "53", "54", "55", "57", "58", "XX"}
)
_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"
_DOUBLE_QUOTED = re.compile(r'"((?:[^"]|"")*)"')
_SINGLE_QUOTED = re.compile(r"'((?:[^']|'')*)'")


def describe(exc: BaseException) -> str:
    """One line (or a few, for a statement): the exception's type and what may be said of it."""
    name = type(exc).__qualname__
    module = type(exc).__module__
    if module not in ("builtins", "__main__"):
        name = f"{module}.{name}"
    text = safe_text(exc)
    return f"{name}: {text}" if text else name


def report(exc: BaseException) -> str:
    """The traceback of ``exc`` and of the exceptions it came from, as Python prints it, with each
    exception's text made safe by ``describe``."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, _CONTEXT
        else:
            current = None
    parts: list[str] = []
    for failure, link in reversed(chain):  # the first cause first, as Python prints it
        if failure.__traceback__ is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.StackSummary.extract(traceback.walk_tb(failure.__traceback__)).format())
        parts.append(describe(failure) + "\n")
        if link:
            parts.append(link)
    return "".join(parts)


def safe_text(exc: BaseException) -> str:
    """What may be said of this exception's text (see the module's docstring); "" for none."""
    if isinstance(exc, DatabaseBugError):
        return str(exc)  # made by models.db from safe parts (see database_error)
    if isinstance(exc, DomainError):
        return exc.message  # the template: the values filled in are left out
    statement = _statement_text(exc)
    if statement is not None:
        return statement
    if _is_psycopg_error(exc):
        return server_text(exc)
    if isinstance(exc, sqlite3.Error):
        return sqlite_text(exc)
    if isinstance(exc, OSError):
        reason = exc.strerror or ""
        return f"[Errno {exc.errno}] {reason}" if exc.errno is not None else (reason or LEFT_OUT)
    if isinstance(exc, _NAMED_BY_CODE) or _is_plain_sqlalchemy_error(exc):
        return _first_lines(str(exc))
    if isinstance(exc, RuntimeError) and _QT_DELETED.match(str(exc)):
        return str(exc)
    if not exc.args:
        return ""
    return LEFT_OUT


def server_text(error: BaseException) -> str:
    """A PostgreSQL error: its SQLSTATE and ``server_message``."""
    sqlstate = getattr(error, "sqlstate", None) or ""
    if not sqlstate or getattr(error, "diag", None) is None:
        # No answer from a server (libpq could not connect): its first line names hosts and logins.
        return _first_lines(str(error), 1)
    return f"SQLSTATE {sqlstate}: {server_message(error)}"


def server_message(error: BaseException) -> str:
    """A PostgreSQL error's primary message with quoted values hidden, and the names the server
    reports separately. Never its DETAIL (the row's values), HINT or CONTEXT."""
    diag = getattr(error, "diag", None)
    sqlstate = getattr(error, "sqlstate", None) or ""
    primary = (getattr(diag, "message_primary", None) if diag is not None else None) or ""
    names = {
        key: value
        for key in ("schema_name", "table_name", "column_name", "constraint_name", "datatype_name")
        if (value := getattr(diag, key, None))
    }
    kind = sqlstate[:2]
    if kind == "42":  # a mistake in the statement: the names it quotes are the statement's own
        message = primary
    elif kind in _SERVER_WORDED:
        message = hide_quoted(primary, keep=set(names.values()))
    else:  # worded by a function or trigger (RAISE, class P0 …): it may say anything
        message = LEFT_OUT
    where = ", ".join(f"{key.removesuffix('_name')} {value}" for key, value in names.items())
    return message + (f" ({where})" if where else "")


def sqlite_text(error: sqlite3.Error) -> str:
    """SQLite's result name and its message (it names constraints and columns, never values)."""
    name = getattr(error, "sqlite_errorname", None)
    first = _first_lines(str(error), 1)
    return f"{name}: {first}" if name else first


def hide_quoted(message: str, keep: Collection[str] = ()) -> str:
    """``message`` with every double-quoted text replaced by ``"…"``, except the names in ``keep``."""
    return _DOUBLE_QUOTED.sub(lambda m: m.group(0) if m.group(1) in keep else f'"{HIDDEN}"', message)


def _statement_text(exc: BaseException) -> str | None:
    """SQLAlchemy's error around a driver's: the driver's text made safe, and the statement with its
    string literals hidden (its values are bound parameters, which the engines never show)."""
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_exc is None or not isinstance(exc, sqlalchemy_exc.StatementError):
        return None
    original = exc.orig
    inner = describe(original) if original is not None else ""
    statement = _SINGLE_QUOTED.sub(f"'{HIDDEN}'", exc.statement or "")
    return f"({inner})\n[SQL: {statement}]" if statement else f"({inner})"


def _is_plain_sqlalchemy_error(exc: BaseException) -> bool:
    """SQLAlchemy's own errors (not a statement's): about mappings, sessions and rows; they name
    classes, attributes and primary keys."""
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    return sqlalchemy_exc is not None and isinstance(exc, sqlalchemy_exc.SQLAlchemyError)


def _is_psycopg_error(exc: BaseException) -> bool:
    psycopg = sys.modules.get("psycopg")  # never imported here: a local file's start does not pay for it
    return psycopg is not None and isinstance(exc, psycopg.Error)


def _first_lines(text: str, count: int = 3) -> str:
    return "\n".join(text.strip().splitlines()[:count])
