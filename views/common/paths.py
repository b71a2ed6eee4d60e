"""Where the application keeps its files, and where its bundled resources are."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Ondernemersdesk"
APP_AUTHOR = "Ondernemersdesk"
# The machine-wide settings file IT writes; this variable points elsewhere (a test, a network share).
MACHINE_SETTINGS_ENV = "ONDERNEMERSDESK_MACHINE_SETTINGS"
MACHINE_SETTINGS_FILE = "ondernemersdesk.ini"


def app_version() -> str:
    """The installed version (pyproject.toml's), also inside the bundle, which carries the metadata.
    (importlib.metadata, with the e-mail parser it reads the metadata with, is imported here: a
    start shows its first screen before it asks.)"""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ondernemersdesk")
    except PackageNotFoundError:
        return "?"


def data_dir() -> Path:
    """The user's data folder (the local database and its backups live here)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def machine_settings_path() -> Path:
    """The settings file IT writes for every user of this computer; users cannot change it.

    Windows: ``%PROGRAMDATA%\\Ondernemersdesk\\ondernemersdesk.ini``; macOS:
    ``/Library/Application Support/Ondernemersdesk/ondernemersdesk.ini``; Linux and others: the first
    ``Ondernemersdesk/ondernemersdesk.ini`` that exists under ``$XDG_CONFIG_DIRS`` (``/etc/xdg``).
    """
    override = os.environ.get(MACHINE_SETTINGS_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA") or r"C:\ProgramData") / APP_NAME / MACHINE_SETTINGS_FILE
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME / MACHINE_SETTINGS_FILE
    folders = [f for f in (os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(os.pathsep) if f]
    candidates = [Path(folder) / APP_NAME / MACHINE_SETTINGS_FILE for folder in folders or ["/etc/xdg"]]
    return next((path for path in candidates if path.is_file()), candidates[0])


def default_database_path() -> Path:
    return data_dir() / "ondernemersdesk.db"


def resources_dir() -> Path:
    """``resources/`` from a source checkout, or from inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
