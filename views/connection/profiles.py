"""Connection profiles: where the application finds its database, and the password that goes with it.

A profile is either the built-in local file (always present, always first) or a shared PostgreSQL
server (host, port, database, login, SSL mode). Profiles and the name of the last one used live
in the user's settings (views.common.settings); a password never does: it goes to the operating
system's password store through ``keyring``, under the service ``Ondernemersdesk`` and an account
naming the login and server. Where no password store exists nothing is stored, and the caller
asks for the password each time.

``test_connection`` tries a profile and says plainly what is wrong, or what is there (an empty
database, one that is up to date, one that needs an update, one made by a newer version). Its
failure texts are the same ones a start meets: both come from ``models.db.database_error``.

No widgets here: the dialog is views/connection/connection_dialog.py.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from models.db import Database, database_error, server_version_text, sqlite_url
from models.errors import DatabaseUnavailableError, DomainError, FieldError, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from views.common.paths import default_database_path
from views.common.settings import CONNECTION_LAST, CONNECTION_PROFILES, DATABASE_URL, Settings

log = logging.getLogger(__name__)

SERVICE = "Ondernemersdesk"  # the keyring's service name
LOCAL = "local"
SERVER = "server"
LOCAL_NAME = "Local file"  # the built-in profile's name (shown translated, see ``display_name``)
SSL_MODES = ("disable", "prefer", "require", "verify-full")
DEFAULT_PORT = 5432
# Texts for the results of "Test connection" (translated in the view, context "ConnectionTest").
RESULTS = "ConnectionTest"


@dataclass
class Profile:
    name: str
    kind: str = SERVER  # LOCAL or SERVER
    path: str = ""  # LOCAL: the database file
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    sslmode: str = "prefer"
    # A connection IT preset (environment variable or machine-wide file): used as it is, with the
    # password the user gives; never stored.
    fixed_url: str = field(default="", compare=False)

    @property
    def is_local(self) -> bool:
        return self.kind == LOCAL

    @property
    def is_fixed(self) -> bool:
        return bool(self.fixed_url)

    @property
    def account(self) -> str:
        """The keyring account: login, server and database, so a renamed profile keeps its password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def needs_password(self) -> bool:
        """Servers may ask for one; a local file never does."""
        return not self.is_local

    def file(self) -> Path:
        return Path(self.path).expanduser() if self.path else default_database_path()

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("fixed_url")
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Profile:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__ and k != "fixed_url"}
        profile = cls(**known)
        try:
            profile.port = int(profile.port)
        except (TypeError, ValueError):
            profile.port = DEFAULT_PORT
        if profile.sslmode not in SSL_MODES:
            profile.sslmode = "prefer"
        return profile


def local_profile(path: str = "") -> Profile:
    return Profile(LOCAL_NAME, LOCAL, path=path)


# -- addresses -------------------------------------------------------------------------------------


def url(profile: Profile, password: str | None = None) -> str:
    """The database address of a profile; the password (any characters) is quoted safely."""
    if profile.is_fixed:
        parsed = make_url(profile.fixed_url)
        if password and not parsed.drivername.startswith("sqlite"):
            parsed = parsed.set(password=password)
        return parsed.render_as_string(hide_password=False)
    if profile.is_local:
        return sqlite_url(profile.file())
    return URL.create(
        "postgresql+psycopg",
        username=profile.user or None,
        password=password or None,
        host=profile.host or None,
        port=profile.port or None,
        database=profile.database or None,
        query={"sslmode": profile.sslmode} if profile.sslmode else {},
    ).render_as_string(hide_password=False)


def profile_from_url(address: str, name: str) -> Profile | None:
    """A profile for a database address (IT's preset, or an older version's setting); None when
    the address cannot be read."""
    try:
        parsed = make_url(address)
    except (ArgumentError, ValueError):
        return None
    if parsed.drivername.startswith("sqlite"):
        return local_profile(parsed.database or "")
    sslmode = str(parsed.query.get("sslmode") or "prefer")
    return Profile(
        name,
        SERVER,
        host=parsed.host or "",
        port=parsed.port or DEFAULT_PORT,
        database=parsed.database or "",
        user=parsed.username or "",
        sslmode=sslmode if sslmode in SSL_MODES else "prefer",
    )


# -- stored profiles -------------------------------------------------------------------------------


def load_profiles(settings: Settings) -> list[Profile]:
    """The user's profiles, the local file first (always present)."""
    profiles: list[Profile] = []
    raw = settings.get(CONNECTION_PROFILES)
    if raw:
        try:
            profiles = [Profile.from_json(item) for item in json.loads(raw) if isinstance(item, dict)]
        except (ValueError, TypeError) as exc:
            log.warning("connection profiles not read: %s", exc)
    elif not settings.locked_by(DATABASE_URL) and settings.get(DATABASE_URL):
        # An older version kept one address; it becomes a profile (without any password in it).
        legacy = profile_from_url(settings.get(DATABASE_URL), "Server")
        if legacy is not None:
            profiles = [legacy]
    local = next((p for p in profiles if p.is_local), None) or local_profile()
    local.name = LOCAL_NAME
    servers = [p for p in profiles if not p.is_local]
    return [local, *servers]


def save_profiles(settings: Settings, profiles: list[Profile]) -> None:
    """Store the profiles (never a password) and keep the local file among them."""
    if not any(p.is_local for p in profiles):
        profiles = [local_profile(), *profiles]
    settings.set(CONNECTION_PROFILES, json.dumps([p.to_json() for p in profiles], ensure_ascii=False))
    settings.sync()


def preset_profile(settings: Settings) -> Profile | None:
    """The connection IT fixed for this computer, if any."""
    where = settings.locked_by(DATABASE_URL)
    if not where:
        return None
    address = settings.get(DATABASE_URL)
    profile = profile_from_url(address, "Set by IT") or Profile("Set by IT")
    profile.fixed_url = address
    return profile


def last_profile(settings: Settings) -> Profile:
    """IT's preset, else the profile used last, else the local file."""
    preset = preset_profile(settings)
    if preset is not None:
        return preset
    profiles = load_profiles(settings)
    name = settings.get(CONNECTION_LAST)
    if not name and not settings.get(CONNECTION_PROFILES) and len(profiles) > 1:
        return profiles[1]  # an older version's server address was in use
    return next((p for p in profiles if p.name == name), profiles[0])


def remember_last(settings: Settings, profile: Profile) -> None:
    settings.set(CONNECTION_LAST, profile.name)
    settings.sync()


def validate(profile: Profile, others: list[Profile]) -> None:
    """Raise ValidationError naming each field that cannot be used."""
    errors: list[FieldError] = []
    required = QT_TRANSLATE_NOOP("errors", "Please fill this in.")
    if not profile.name.strip():
        errors.append(FieldError(field="name", message=required))
    elif any(o is not profile and o.name.strip().lower() == profile.name.strip().lower() for o in others):
        errors.append(
            FieldError(
                field="name", message=QT_TRANSLATE_NOOP("errors", "Another connection already has this name.")
            )
        )
    if profile.is_local:
        if profile.path and Path(profile.path).expanduser().is_dir():
            errors.append(
                FieldError(
                    field="path", message=QT_TRANSLATE_NOOP("errors", "This is a folder; choose a file.")
                )
            )
    else:
        host = profile.host.strip()
        if not host:
            errors.append(FieldError(field="host", message=required))
        elif any(c.isspace() for c in host) or "/" in host.strip("/") and not host.startswith("/"):
            errors.append(
                FieldError(
                    field="host",
                    message=QT_TRANSLATE_NOOP("errors", "A server name has no spaces or slashes."),
                )
            )
        if not 0 < profile.port < 65536:
            errors.append(
                FieldError(
                    field="port", message=QT_TRANSLATE_NOOP("errors", "A port is a number from 1 to 65535.")
                )
            )
        if not profile.database.strip():
            errors.append(FieldError(field="database", message=required))
        if not profile.user.strip():
            errors.append(FieldError(field="user", message=required))
        if profile.sslmode not in SSL_MODES:
            errors.append(FieldError(field="sslmode", message=required))
    if errors:
        raise ValidationError(errors)


def cleaned(profile: Profile) -> Profile:
    return replace(
        profile,
        name=profile.name.strip(),
        path=profile.path.strip(),
        host=profile.host.strip(),
        database=profile.database.strip(),
        user=profile.user.strip(),
    )


# -- the password store ----------------------------------------------------------------------------
# keyring is imported where it is used: it takes ~0.2 s, and a start on the local file never needs it.


def _keyring() -> tuple[Any, tuple[type[BaseException], ...]]:
    import keyring
    from keyring.errors import KeyringError

    return keyring, (KeyringError, RuntimeError, OSError)


def keyring_available() -> bool:
    """Whether the operating system offers a password store the application can use."""
    keyring, failures = _keyring()
    try:
        backend = keyring.get_keyring()
        if getattr(backend, "priority", 0) <= 0:  # keyring's "fail" and "null" backends
            return False
        backend.get_password(SERVICE, "__probe__")
    except failures as exc:
        log.info("no usable password store: %s", exc)
        return False
    return True


def stored_password(profile: Profile) -> str | None:
    if not profile.needs_password:
        return None
    keyring, failures = _keyring()
    try:
        return keyring.get_password(SERVICE, profile.account)
    except failures as exc:
        log.info("password store not read: %s", exc)
        return None


def store_password(profile: Profile, password: str) -> bool:
    """Keep the password in the password store; False (and nothing kept) when there is none."""
    if not profile.needs_password or not password:
        return False
    keyring, failures = _keyring()
    try:
        keyring.set_password(SERVICE, profile.account, password)
    except failures as exc:
        log.info("password not stored: %s", exc)
        return False
    return True


def forget_password(profile: Profile) -> None:
    keyring, failures = _keyring()
    try:
        if keyring.get_password(SERVICE, profile.account) is not None:
            keyring.delete_password(SERVICE, profile.account)
    except failures as exc:
        log.info("password not removed from the store: %s", exc)


# -- testing a connection --------------------------------------------------------------------------

EMPTY = "empty"  # a server database without tables: ready for first use
NEW_FILE = "new_file"  # a local file that does not exist yet
CURRENT = "current"
OUTDATED = "outdated"  # made by an older version: updated at the next start
NEWER = "newer"  # made by a newer version: refused
FOREIGN = "foreign"  # holds another application's tables
FAILED = "failed"

STATE_TEXTS = {
    EMPTY: QT_TRANSLATE_NOOP(
        "ConnectionTest",
        "Connected to {where}. The database is empty: an administrator can set it up for first use.",
    ),
    NEW_FILE: QT_TRANSLATE_NOOP(
        "ConnectionTest", "The file {where} does not exist yet; it will be created when you connect."
    ),
    CURRENT: QT_TRANSLATE_NOOP("ConnectionTest", "Connected to {where}. The database is ready for use."),
    OUTDATED: QT_TRANSLATE_NOOP(
        "ConnectionTest",
        "Connected to {where}. The database was made by an older version and will be updated when you connect.",
    ),
    NEWER: QT_TRANSLATE_NOOP(
        "ConnectionTest",
        "Connected to {where}, but the database was made by a newer version of Ondernemersdesk. "
        "Install the newer version to use it.",
    ),
    FOREIGN: QT_TRANSLATE_NOOP(
        "ConnectionTest",
        "Connected to {where}, but the database holds the tables of another application. "
        "Choose an empty database or one of Ondernemersdesk.",
    ),
}


@dataclass(frozen=True)
class ConnectionResult:
    state: str
    where: str
    server_version: str = ""  # "15.20" for a server that answered
    error: DomainError | None = None

    @property
    def ok(self) -> bool:
        """Connecting may go ahead (a newer or another application's database may not be used)."""
        return self.state in (EMPTY, NEW_FILE, CURRENT, OUTDATED)

    @property
    def message(self) -> str:
        """English source text: ``errors`` context when failed, else ``ConnectionTest``."""
        return self.error.message if self.error is not None else STATE_TEXTS[self.state]

    @property
    def params(self) -> dict[str, Any]:
        return dict(self.error.params) if self.error is not None else {"where": self.where}


def test_connection(profile: Profile, password: str | None = None) -> ConnectionResult:
    """Connect once and say what is there, or plainly what is wrong. Blocks up to a few seconds
    (the connect timeout): call it off the UI thread."""
    from models.migrations import _holds_tables, _scripts, current_revision, head_revision

    try:
        address = url(profile, password)
        database = Database(address)
    except DatabaseUnavailableError as error:
        return ConnectionResult(FAILED, "", error=error)
    except (ArgumentError, ValueError):
        not_an_address = DatabaseUnavailableError(
            QT_TRANSLATE_NOOP("errors", "'{url}' is not a database address."), url=profile.fixed_url
        )
        return ConnectionResult(FAILED, "", error=not_an_address)
    where = database.display_name
    try:
        if database.path is not None and not database.path.exists():
            return ConnectionResult(NEW_FILE, where)
        version = ""
        if not database.is_sqlite:
            version_num = _server_version(database)
            version = server_version_text(version_num)
        database.check()  # also refuses a server that is too old
        revision = current_revision(database)
        if revision is None:
            state = FOREIGN if _holds_tables(database) else EMPTY
            if state == EMPTY and database.is_sqlite:
                state = NEW_FILE
        elif revision == head_revision():
            state = CURRENT
        elif revision in {script.revision for script in _scripts().walk_revisions()}:
            state = OUTDATED
        else:
            state = NEWER
        return ConnectionResult(state, where, version)
    except DomainError as error:
        return ConnectionResult(FAILED, where, error=error)
    finally:
        database.dispose()


def _server_version(database: Database) -> int:
    from sqlalchemy import text

    try:
        with database.engine.connect() as connection:
            return int(connection.execute(text("SELECT current_setting('server_version_num')")).scalar() or 0)
    except DBAPIError as exc:
        raise database_error(exc, database) from exc


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test, despite its name
