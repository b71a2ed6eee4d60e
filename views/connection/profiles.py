"""Connection profiles: where the application finds its database, and the password that goes with it.

A profile is either the built-in local file (always present, always first) or a shared PostgreSQL
server (host, port, database, login, SSL mode). Profiles and the name of the last one used live
in the user's settings (views.common.settings); a password never does: it goes to the operating
system's password store through ``keyring``, under the service ``Ondernemersdesk`` and an account
naming the login and server. Where no password store exists nothing is stored, and the caller
asks for the password each time.

``test_connection`` tries a profile and says plainly what is wrong, or what is there (an empty
database, one that is up to date, one that needs an update, one made by a newer version), and
whether the connection is encrypted. Its failure texts are the same ones a start meets: both come
from ``models.db.database_error``.

IT can require encryption for every server connection of a computer (``EncryptionRule``, from the
machine-wide settings): then every address made here is given ``sslmode=require`` (or
``verify-full`` with IT's root certificate), whatever the profile says, and a server that offers no
encryption is refused before anything is sent.

No widgets here: the dialog is views/connection/connection_dialog.py.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from models.db import (
    ConnectionSecurity,
    Database,
    connection_security,
    server_version_text,
    sqlite_url,
)
from models.errors import (
    DatabaseUnavailableError,
    DomainError,
    FieldError,
    UnencryptedServerError,
    ValidationError,
)
from models.i18n import QT_TRANSLATE_NOOP
from views.common.paths import default_database_path
from views.common.settings import (
    CONNECTION_LAST,
    CONNECTION_PROFILES,
    DATABASE_URL,
    OFFLINE_FILE,
    OFFLINE_WORKING,
    REQUIRE_ENCRYPTION,
    ROOT_CERTIFICATE,
    Settings,
)

log = logging.getLogger(__name__)

SERVICE = "Ondernemersdesk"  # the keyring's service name
LOCAL = "local"
SERVER = "server"
OFFLINE = "offline"  # a set taken along: an encrypted file, its key in the keyring (views/offline/)
LOCAL_NAME = "Local file"  # the built-in profile's name (shown translated, see ``display_name``)
SSL_MODES = ("disable", "prefer", "require", "verify-full")
DEFAULT_PORT = 5432
# Texts for the results of "Test connection" (translated in the view, context "ConnectionTest").
RESULTS = "ConnectionTest"


@dataclass
class Profile:
    name: str
    kind: str = SERVER  # LOCAL, SERVER or OFFLINE
    path: str = ""  # LOCAL, OFFLINE: the database file
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
        return self.kind == SERVER

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


OFFLINE_NAME = "Taken along"


def offline_profile(path: str) -> Profile:
    """The set taken along at ``path``, opened as the window's database (never saved as a profile)."""
    return Profile(OFFLINE_NAME, OFFLINE, path=path)


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
    if profile.kind == OFFLINE:
        from models.offline import sync  # only for a set taken along

        return sync.url_of(profile.file())
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


# -- IT's rule: encryption required ----------------------------------------------------------------

ENCRYPTED_MODES = ("require", "verify-ca", "verify-full")


@dataclass(frozen=True)
class EncryptionRule:
    """Encryption IT requires for every server connection of this computer (machine-wide settings:
    ``[database] require_encryption = yes`` and/or ``root_certificate = FILE``). A root certificate
    alone requires it too: encrypted to a server whose certificate that authority signed, for its
    name (``verify-full``)."""

    required: bool = False
    root_certificate: str = ""

    @property
    def sslmode(self) -> str:
        return "verify-full" if self.root_certificate else "require"

    def allows(self, sslmode: str) -> bool:
        """Whether a profile's own choice meets the rule."""
        if not self.required:
            return True
        return sslmode == "verify-full" if self.root_certificate else sslmode in ENCRYPTED_MODES

    def apply(self, address: str) -> str:
        """``address`` as the rule wants it: a server's with its SSL mode raised (a local file's as it is)."""
        if not self.required:
            return address
        try:
            parsed = make_url(address)
        except (ArgumentError, ValueError):
            return address  # not an address: Database says so in words
        if parsed.drivername.startswith("sqlite"):
            return address
        query: dict[str, str] = {}
        if not self.allows(str(parsed.query.get("sslmode") or "prefer")):
            query["sslmode"] = self.sslmode
        if self.root_certificate:
            query["sslrootcert"] = str(Path(self.root_certificate).expanduser())
        return parsed.update_query_dict(query).render_as_string(hide_password=False) if query else address

    def explained(self, error: DomainError) -> DomainError:
        """A server refused for offering no encryption: say it is IT's rule (the user cannot choose
        otherwise), not the profile's setting."""
        if not self.required or not isinstance(error, UnencryptedServerError):
            return error
        return UnencryptedServerError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server {path} does not offer encrypted connections, and your IT department requires "
                "encryption on this computer: nothing was sent. Ask your administrator to switch SSL on "
                "at the server.",
            ),
            **error.params,
        )


NO_RULE = EncryptionRule()


def encryption_rule(settings: Settings) -> EncryptionRule:
    root = settings.get(ROOT_CERTIFICATE).strip()
    return EncryptionRule(required=settings.get(REQUIRE_ENCRYPTION) or bool(root), root_certificate=root)


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
    """A set taken along that the official works on, else IT's preset, else the profile used
    last, else the local file."""
    taken = settings.get(OFFLINE_FILE)
    if taken and settings.get(OFFLINE_WORKING) and Path(taken).exists():
        return offline_profile(taken)
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
    settings.set(OFFLINE_WORKING, False)  # a connection chosen: the set taken along waits
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
    security: ConnectionSecurity | None = None  # a server that answered: encrypted or not

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


def test_connection(
    profile: Profile, password: str | None = None, rule: EncryptionRule = NO_RULE
) -> ConnectionResult:
    """Connect once (as IT's ``rule`` wants) and say what is there and whether the connection is
    encrypted, or plainly what is wrong. Blocks up to a few seconds (the connect timeout): call it
    off the UI thread."""
    from models.migrations import _holds_tables, _scripts, current_revision, head_revision

    try:
        address = rule.apply(url(profile, password))
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
        security = None
        if not database.is_sqlite:
            version_num, security = _server_facts(database)
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
        return ConnectionResult(state, where, version, security=security)
    except DomainError as error:
        return ConnectionResult(FAILED, where, error=rule.explained(error))
    finally:
        database.dispose()


def _server_facts(database: Database) -> tuple[int, ConnectionSecurity | None]:
    """The server's version number, and whether the connection to it is encrypted (a failure is
    classified by the session, models.db.database_error)."""
    with database.session() as session:
        version = int(session.execute(text("SELECT current_setting('server_version_num')")).scalar() or 0)
        return version, connection_security(session)


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test, despite its name
