"""The log file: in the data folder, readable by the user alone (0600), rotated. A bug's details
name records and places, and a municipal laptop often has more than one account on it."""

from __future__ import annotations

import logging
import os
import stat
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.bootstrap import EarlyRecords
from desktop.log_file import LOG_FILE, setup_logging
from views.common.paths import data_dir


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_log_is_private_and_rotates() -> None:
    log_file = data_dir() / LOG_FILE
    data_dir().mkdir(parents=True, exist_ok=True)
    log_file.write_text("made before the rule\n")
    os.chmod(log_file, 0o644)
    handler = setup_logging()
    try:
        assert isinstance(handler, RotatingFileHandler) and handler.maxBytes > 0 and handler.backupCount > 0
        logging.getLogger("ondernemersdesk.test").warning("a line for the log")
        handler.flush()
        assert "a line for the log" in log_file.read_text()
        assert _mode(log_file) == 0o600
        handler.doRollover()
        assert _mode(log_file) == 0o600  # the new file after rotation too
        assert _mode(log_file.with_name(LOG_FILE + ".1")) == 0o600
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()


def test_what_is_logged_before_the_log_file_opens_is_written_to_it() -> None:
    # The start opens the log file once its first screen shows (issue 20); nothing said before is lost.
    root = logging.getLogger()
    early = EarlyRecords()
    root.addHandler(early)
    logging.getLogger("ondernemersdesk.test").warning("said before the first screen")
    handler = setup_logging()
    try:
        early.hand_to(handler)
        logging.getLogger("ondernemersdesk.test").warning("said after it")
        handler.flush()
        text = (data_dir() / LOG_FILE).read_text()
        assert text.index("said before the first screen") < text.index("said after it")
        assert early not in root.handlers
    finally:
        root.removeHandler(early)
        root.removeHandler(handler)
        handler.close()
