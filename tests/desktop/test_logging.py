"""The log file: in the data folder, readable by the user alone (0600), rotated. A bug's details
name records and places, and a municipal laptop often has more than one account on it."""

from __future__ import annotations

import logging
import os
import stat
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.bootstrap import LOG_FILE, setup_logging
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
