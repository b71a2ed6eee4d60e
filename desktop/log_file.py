"""The log file: rotated, private to the user, and without field values. Its own module, so
that the start (desktop/bootstrap.py) imports it, with ``logging.handlers`` and
``models.diagnostics``, only once the first screen shows (issue 20)."""

from __future__ import annotations

import copy
import io
import logging
import os
from collections.abc import Mapping
from logging.handlers import RotatingFileHandler
from typing import Any

from models.diagnostics import describe, report
from views.common.paths import data_dir

LOG_FILE = "ondernemersdesk.log"
LOG_MAX_BYTES = 2 * 1024 * 1024  # then rotated, keeping LOG_BACKUPS older files
LOG_BACKUPS = 3


class PrivateLogFile(RotatingFileHandler):
    """The log file, rotated, readable by the user alone (0600): a bug's details name records and
    places, and a laptop has other accounts on it."""

    def _open(self) -> io.TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)  # a file made before this rule, or by another umask
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)


class SafeFormatter(logging.Formatter):
    """Log lines without field values: an exception logged (``log.exception``, ``exc_info``, or an
    exception given as an argument) is written as ``models.diagnostics`` describes it, never with
    the text the driver or Python made of it (PostgreSQL's DETAIL holds a row's values)."""

    def format(self, record: logging.LogRecord) -> str:
        record = copy.copy(record)  # other handlers see the record as it was logged
        if isinstance(record.args, tuple):
            record.args = tuple(describe(a) if isinstance(a, BaseException) else a for a in record.args)
        elif isinstance(record.args, Mapping):
            record.args = {
                k: describe(v) if isinstance(v, BaseException) else v for k, v in record.args.items()
            }
        record.exc_text = None  # another handler's text of the exception is not ours to reuse
        return super().format(record)

    def formatException(self, ei: Any) -> str:
        exc = ei[1] if isinstance(ei, tuple) else None
        if isinstance(exc, BaseException):
            return report(exc.with_traceback(ei[2])).rstrip("\n")
        return super().formatException(ei)


def setup_logging() -> logging.Handler:
    """Log to the data folder; the handler is returned (tests remove it)."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    handler = PrivateLogFile(
        folder / LOG_FILE, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for earlier in [h for h in root.handlers if isinstance(h, PrivateLogFile)]:
        root.removeHandler(earlier)  # one log file per process, also when started again (tests)
        earlier.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler
