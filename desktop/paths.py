"""Where the application keeps its files, and where its bundled resources are."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "Ondernemersdesk"
APP_AUTHOR = "Ondernemersdesk"


def data_dir() -> Path:
    """The user's data folder (the local database and its backups live here)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return data_dir() / "ondernemersdesk.db"


def resources_dir() -> Path:
    """``resources/`` from a source checkout, or from inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
