"""One typed registry of the user's settings, stored with QSettings in an INI file.

Every setting is declared once here with its type and default; nothing else in the
application calls QSettings directly. Database passwords never come here (keyring).

IT can preset some settings for every user of a computer, in two ways that win over the
user's own file, in this order:

1. an environment variable (``Setting.env``), for example ``ONDERNEMERSDESK_DATABASE``;
2. the machine-wide settings file (``views.common.paths.machine_settings_path()``), a plain INI file
   whose ``[database]`` ``url = …`` is the setting ``database/url``.

A preset setting is *locked*: ``set`` leaves it alone, and screens show it as fixed by IT.
The machine-wide file is written by hand, so it is read as plain INI (``configparser``: commas
are text, a value continues on indented lines), not in QSettings' own dialect.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from views.common.paths import config_dir, machine_settings_path

T = TypeVar("T")
SCHEMA_VERSION = 1
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    env: str | None = None  # the environment variable that presets it, if IT may
    # A number's range: a value outside it, or no number at all (a settings file edited by hand, a
    # preset typed wrong), is read as the default rather than stop the application at start.
    least: int | None = None
    most: int | None = None


DATABASE_URL = Setting[str]("database/url", "", env="ONDERNEMERSDESK_DATABASE")
# IT's rule for every server connection made on this computer (views.connection.profiles.EncryptionRule):
# encrypted (sslmode=require) whatever the profile says, or, with a root certificate (a PEM file of
# the municipality's certificate authority), encrypted to a server whose certificate it verifies.
REQUIRE_ENCRYPTION = Setting[bool](
    "database/require_encryption", False, env="ONDERNEMERSDESK_REQUIRE_ENCRYPTION"
)
ROOT_CERTIFICATE = Setting[str]("database/root_certificate", "", env="ONDERNEMERSDESK_ROOT_CERTIFICATE")
# Connection profiles (views.connection.profiles): a JSON list without any password, and the last one used.
CONNECTION_PROFILES = Setting[str]("connection/profiles", "")
CONNECTION_LAST = Setting[str]("connection/last", "")
# A set taken along (issue 22, views/offline/): its encrypted file, the server profile it came from
# (that profile's name) and whether the window works on it (opened at start instead of the server).
OFFLINE_FILE = Setting[str]("offline/file", "")
OFFLINE_SERVER = Setting[str]("offline/server", "")
OFFLINE_WORKING = Setting[bool]("offline/working", False)
# The interface's language ("nl" or "en"); empty: the computer's (English on an English computer,
# Dutch on every other). Read at start (desktop.bootstrap.interface_language); IT may preset it.
LANGUAGE = Setting[str]("interface/language", "", env="ONDERNEMERSDESK_LANGUAGE")
RECENT_COMPANIES = Setting[list]("navigation/recent_companies", [])
WINDOW_GEOMETRY = Setting[bytes]("window/geometry", b"")
# The pages the navigation showed last (keys of views/shell/pages.py): the window's first screen
# shows them before the official is signed in again (views/shell/start_shell.py).
NAVIGATION = Setting[list]("navigation/pages", [])
# views.common.theme.Theme: "system" (high contrast when the system asks for it), "standard", "high_contrast".
THEME = Setting[str]("display/theme", "system")
# Whether the system asked for more contrast when the window last showed: the first frame of the
# theme "follow the system" is painted with it, the system itself is asked once the window shows.
SYSTEM_HIGH_CONTRAST = Setting[bool]("display/system_high_contrast", False)
# How many daily copies of a local database file are kept next to it (models.backups); IT may preset it.
BACKUPS_KEPT = Setting[int]("backups/kept", 7, env="ONDERNEMERSDESK_BACKUPS_KEPT", least=1, most=1000)

# The municipality's identity on documents, when IT fixes it for the computer (see
# models.team.identity.set_preset); unset, the identity kept in the database is used.
IDENTITY_NAME = Setting[str]("identity/name", "", env="ONDERNEMERSDESK_IDENTITY_NAME")
IDENTITY_ADDRESS = Setting[str]("identity/address", "", env="ONDERNEMERSDESK_IDENTITY_ADDRESS")
IDENTITY_COLOUR = Setting[str]("identity/colour", "", env="ONDERNEMERSDESK_IDENTITY_COLOUR")
IDENTITY_CONFIDENTIALITY = Setting[str](
    "identity/confidentiality", "", env="ONDERNEMERSDESK_IDENTITY_CONFIDENTIALITY"
)
IDENTITY_LOGO = Setting[str]("identity/logo", "", env="ONDERNEMERSDESK_IDENTITY_LOGO")  # a PNG or JPEG file
IDENTITY_PRESETS = {
    "name": IDENTITY_NAME,
    "address": IDENTITY_ADDRESS,
    "colour": IDENTITY_COLOUR,
    "confidentiality": IDENTITY_CONFIDENTIALITY,
    "logo": IDENTITY_LOGO,
}
# Everything IT can preset, for the README and the about dialog.
PRESETTABLE = (DATABASE_URL, REQUIRE_ENCRYPTION, ROOT_CERTIFICATE, *IDENTITY_PRESETS.values(), LANGUAGE)
_TRUE = ("1", "true", "yes", "on", "ja", "waar")  # a hand-written INI says "yes" as often as "true"


def read_machine_file(path: Path) -> dict[str, str]:
    """``{"section/key": value}`` from the machine-wide INI file; empty when there is none or it is broken."""
    if not path.is_file():
        return {}
    import configparser  # only for a computer that has the file (~1.5 ms of the start, issue 20)

    parser = configparser.ConfigParser(interpolation=None)
    try:
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")  # Notepad writes a byte-order mark
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")  # Windows' own INI functions (the installer)
        parser.read_string(text, source=str(path))
    except (OSError, configparser.Error) as exc:
        log.warning("machine-wide settings %s not read: %s", path, exc)
        return {}
    return {
        f"{section}/{key}".lower(): value.strip()
        for section in parser.sections()
        for key, value in parser.items(section)
        if value.strip()
    }


def _number(setting: Setting[int], value: object) -> int:
    """The whole number stored or preset for ``setting``, or its default when it is none or out of range."""
    if value is None:
        return setting.default
    try:
        number = int(str(value).strip())
    except ValueError:
        number = None
    if (
        number is None
        or (setting.least is not None and number < setting.least)
        or (setting.most is not None and number > setting.most)
    ):
        log.warning(
            "%s = %r is no number in range; the default %s is used", setting.key, value, setting.default
        )
        return setting.default
    return number


class Settings:
    def __init__(self, path: str | None = None, machine_path: Path | None = None) -> None:
        self._store = QSettings(path or str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)
        self.machine_path = machine_path or machine_settings_path()
        self._machine = read_machine_file(self.machine_path)
        self._upgrade()

    @property
    def path(self) -> str:
        return self._store.fileName()

    def get(self, setting: Setting[T]) -> T:
        preset = self._preset(setting)
        if preset is not None:
            return self._convert(setting, preset)
        return self._convert(setting, self._store.value(setting.key, setting.default))

    def set(self, setting: Setting[T], value: T) -> None:
        if self.locked_by(setting):
            log.info("%s is preset by IT; the user's value is not stored", setting.key)
            return
        # Bytes as Qt's own byte array: as Python bytes QSettings kept a pickled object, which the
        # first screen read through pickle (~2.5 ms of its start, issue 20).
        self._store.setValue(setting.key, QByteArray(value) if isinstance(value, bytes) else value)

    def locked_by(self, setting: Setting[T]) -> str:
        """Where IT preset this setting ("" when it is the user's): the variable's name or the file."""
        if setting.env and os.environ.get(setting.env, "").strip():
            return setting.env
        if setting.key.lower() in self._machine:
            return str(self.machine_path)
        return ""

    def sync(self) -> None:
        self._store.sync()

    def _preset(self, setting: Setting[T]) -> str | None:
        if setting.env:
            value = os.environ.get(setting.env, "").strip()
            if value:
                # One line in an environment variable: "\n" (backslash, n) starts a new line.
                return value.replace("\\n", "\n")
        return self._machine.get(setting.key.lower())

    @staticmethod
    def _convert(setting: Setting[T], value: object) -> T:
        if isinstance(setting.default, list):
            if value in (None, ""):
                return []  # type: ignore[return-value]
            return list(value) if isinstance(value, (list, tuple)) else [value]  # type: ignore[return-value]
        if isinstance(setting.default, bool):
            if isinstance(value, str):
                return value.strip().lower() in _TRUE  # type: ignore[return-value]
            return bool(value)  # type: ignore[return-value]
        if isinstance(setting.default, bytes):
            return bytes(value) if value else b""  # type: ignore[return-value,call-overload]
        if isinstance(setting.default, int):
            return _number(setting, value)  # type: ignore[return-value,arg-type]
        return type(setting.default)(value) if value is not None else setting.default  # type: ignore[call-arg]

    def _upgrade(self) -> None:
        """Versioned upgrade hooks: rename or convert settings of older versions here."""
        version = int(self._store.value("meta/version", 0) or 0)  # type: ignore[call-overload]  # QSettings values are untyped
        if version < SCHEMA_VERSION:
            self._store.setValue("meta/version", SCHEMA_VERSION)
