"""Crash reports and the log never hold a field's value (issue 14, finding 6).

A save of a signal carrying a reporter's name, phone and e-mail fails in the database; whichever
way the failure travels (an exception escaping to the crash dialog, the database worker's crash
report, ``log.exception``, an exception given to a log line), neither the crash dialog's details,
which users are asked to send on, nor the log file show the reporter's details. What the helpdesk
needs stays: the database's code, the constraint and table, and where in the code it happened.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from desktop.log_file import LOG_FILE, setup_logging
from models.db import Database
from models.errors import ConstraintError
from models.signals import services as signals
from tests.models.test_signals import MONDAY, _category, _signal
from views.common.errors import CrashDialog, excepthook
from views.common.paths import data_dir
from views.common.worker import DatabaseWorker

NAME, PHONE, EMAIL = "Els Jansen", "06 12345678", "Els.Jansen@Example.nl"
# What must never be read back: the values as typed and as stored (E.164 phone, lower-case e-mail).
SECRETS = ("els jansen", "jansen", "12345678", "els.jansen@example.nl", "example.nl")

log = logging.getLogger("tests.crash_reports")


@pytest.fixture
def log_file() -> Iterator[Path]:
    handler = setup_logging()
    yield data_dir() / LOG_FILE
    logging.getLogger().removeHandler(handler)
    handler.close()


def _crash_dialogs() -> list[CrashDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]


def _assert_clean(*texts: str) -> None:
    for shown in texts:
        for secret in SECRETS:
            assert secret not in shown.casefold(), (secret, shown)


def _save_twice(db: Database) -> signals.SignalInput:
    """The reporter's first signal is saved; the same reporter's second one will clash."""
    category_id = _category(db)
    _signal(db, category_id, reporter_name=NAME, reporter_phone=PHONE, reporter_email=EMAIL)
    with db.engine.begin() as connection:  # a rule the second save breaks, with the e-mail as its key
        connection.execute(text("CREATE UNIQUE INDEX uq_test_reporter_email ON signal (reporter_email)"))
    data = signals.SignalInput(
        category_id=category_id,
        description="Weer een laaghangende tak",
        street="Noordereinde",
        house_number="14",
        postcode="1243 JJ",
        city="'s-Graveland",
        reporter_name=NAME,
        reporter_phone=PHONE,
        reporter_email=EMAIL,
        wants_contact=True,
    )
    return data


def test_a_failed_save_shows_no_reporter_details(db: Database, qtbot, log_file: Path) -> None:
    data = _save_twice(db)
    try:
        with db.session() as session:
            signals.register_signal(session, data, today=MONDAY)
            session.commit()
    except ConstraintError as error:
        log.exception("saving the signal failed")  # what a careless handler would write
        log.error("saving the signal failed: %s (%s)", error, error.__cause__)
        driver_error = error.__cause__
        assert driver_error is not None
        excepthook(type(error), error, error.__traceback__)  # escaped from a slot: the crash dialog
        excepthook(type(driver_error), driver_error, driver_error.__traceback__)
    else:
        pytest.fail("the second save was not refused")
    dialogs = _crash_dialogs()
    assert len(dialogs) == 2
    details = [dialog.details.toPlainText() for dialog in dialogs]
    for dialog in dialogs:
        dialog.close()
        dialog.deleteLater()
    logged = log_file.read_text(encoding="utf-8")
    _assert_clean(*details, logged)
    # What the helpdesk needs is there: the kind of failure, the rule, and where in the code.
    for shown in (*details, logged):
        assert "register_signal" in shown
        if db.is_sqlite:
            assert "SQLITE_CONSTRAINT_UNIQUE: UNIQUE constraint failed: signal.reporter_email" in shown
        else:
            assert "SQLSTATE 23505" in shown and "constraint uq_test_reporter_email" in shown


def test_a_check_on_the_server_names_no_row(pg_schema: str, qtbot, log_file: Path) -> None:
    """PostgreSQL's "Failing row contains (…)" lists every column of the row: the reporter's too."""
    from models.migrations import migrate

    db = Database(pg_schema)
    try:
        migrate(db)
        category_id = _category(db)
        with db.engine.begin() as connection:
            connection.execute(
                text("ALTER TABLE signal ADD CONSTRAINT ck_test_street CHECK (street <> 'Noordereinde')")
            )
        try:
            _signal(db, category_id, reporter_name=NAME, reporter_phone=PHONE, reporter_email=EMAIL)
        except ConstraintError as error:
            log.exception("saving the signal failed")
            excepthook(type(error), error, error.__traceback__)
        (dialog,) = _crash_dialogs()
        details = dialog.details.toPlainText()
        dialog.close()
        dialog.deleteLater()
        _assert_clean(details, log_file.read_text(encoding="utf-8"))
        assert (
            "SQLSTATE 23514" in details
            and "constraint ck_test_street" in details
            and "table signal" in details
        )
    finally:
        db.dispose()


def test_a_trigger_quoting_the_reporter_is_a_bug_report_without_them(
    pg_schema: str, qtbot, log_file: Path
) -> None:
    """A failure the worker reports as a bug (a trigger's own error, SQLSTATE P0001) whose message
    quotes the reporter: the crash report keeps the code and where, not the message."""
    from models.migrations import migrate

    db = Database(pg_schema)
    worker = DatabaseWorker(db)
    try:
        migrate(db)
        category_id = _category(db)
        with db.engine.begin() as connection:
            connection.execute(
                text(
                    "CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    "RAISE EXCEPTION 'refused % % %', NEW.reporter_name, NEW.reporter_phone, NEW.reporter_email; "
                    "END $$"
                )
            )
            connection.execute(
                text(
                    "CREATE TRIGGER test_refuse BEFORE INSERT ON signal FOR EACH ROW EXECUTE FUNCTION test_refuse()"
                )
            )
        data = signals.SignalInput(
            category_id=category_id,
            description="Laaghangende tak",
            postcode="1243 JJ",
            reporter_name=NAME,
            reporter_phone=PHONE,
            reporter_email=EMAIL,
            wants_contact=True,
        )
        bugs: list[BaseException] = []
        worker.bug.connect(bugs.append)
        worker.run(lambda session: signals.register_signal(session, data, today=MONDAY), commit=True)
        qtbot.waitUntil(lambda: not worker.busy, timeout=60_000)
        (bug,) = bugs
        from views.common.errors import show_bug

        show_bug(bug)
        (dialog,) = _crash_dialogs()
        details = dialog.details.toPlainText()
        dialog.close()
        dialog.deleteLater()
        _assert_clean(details, log_file.read_text(encoding="utf-8"))
        assert "SQLSTATE P0001" in details and "register_signal" in details
    finally:
        worker.wait()
        db.dispose()


def test_python_texts_that_quote_a_value_are_left_out(qtbot, log_file: Path) -> None:
    """A ``KeyError`` or ``ValueError`` says the value it met; an ``AttributeError`` only names code."""
    reporters = {"someone@else.nl": 1}
    for raised in (lambda: reporters[EMAIL.lower()], lambda: int(PHONE)):
        try:
            raised()
        except (KeyError, ValueError):
            log.exception("lookup failed")
            excepthook(*sys.exc_info())  # type: ignore[arg-type]
    try:
        None.reporter_email  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError:
        excepthook(*sys.exc_info())  # type: ignore[arg-type]
    dialogs = _crash_dialogs()
    texts = [d.details.toPlainText() for d in dialogs]
    for dialog in dialogs:
        dialog.close()
        dialog.deleteLater()
    _assert_clean(*texts, log_file.read_text(encoding="utf-8"))
    assert any("KeyError: [text left out]" in t for t in texts)
    assert any("'NoneType' object has no attribute 'reporter_email'" in t for t in texts)
