"""One typed registry of the user's settings, stored with QSettings in an INI file.

Every setting is declared once here with its type and default; nothing else in the
application calls QSettings directly. Database passwords never come here (keyring).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

from desktop.paths import config_dir

T = TypeVar("T")
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T


DATABASE_URL = Setting[str]("database/url", "")
RECENT_COMPANIES = Setting[list]("navigation/recent_companies", [])
WINDOW_GEOMETRY = Setting[bytes]("window/geometry", b"")
LANGUAGE = Setting[str]("ui/language", "nl")


class Settings:
    def __init__(self, path: str | None = None) -> None:
        self._store = QSettings(path or str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)
        self._upgrade()

    def get(self, setting: Setting[T]) -> T:
        value = self._store.value(setting.key, setting.default)
        if isinstance(setting.default, list):
            if value in (None, ""):
                return []  # type: ignore[return-value]
            return list(value) if isinstance(value, (list, tuple)) else [value]  # type: ignore[return-value]
        if isinstance(setting.default, bytes):
            return bytes(value) if value else b""  # type: ignore[return-value]
        return type(setting.default)(value) if value is not None else setting.default  # type: ignore[call-arg]

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()

    def _upgrade(self) -> None:
        """Versioned upgrade hooks: rename or convert settings of older versions here."""
        version = int(self._store.value("meta/version", 0) or 0)
        if version < SCHEMA_VERSION:
            self._store.setValue("meta/version", SCHEMA_VERSION)
