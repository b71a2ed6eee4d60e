"""The first screen of the company list in one plain SQL query, on a connection of the driver's
own, without SQLAlchemy: the start shows it while the database stack still loads (issue 20: a
cold start to the first rows of the list within three times an empty Qt window).

It is the list as the window opens it (every company not archived, by name: ``CompanyFilter()``),
read from the same index, made into the same lines (``company_row``); tests/models/
test_first_rows.py holds it to ``listing.list_company_ids`` and ``listing.company_rows``.
It reads only a database that is already at this version's schema (one query, no Alembic), and
only for an official who may open it: an account that is switched off gets nothing here, as at
sign-in. Anything else (a new file, an older or newer schema, a server that refuses, a set
taken along) is left to the start proper, which asks, migrates or explains.
"""

from __future__ import annotations

import getpass
import logging
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from models.companies.rows import CompanyRow, company_row
from models.schema_version import HEAD, VERSION_TABLE

log = logging.getLogger(__name__)

FIRST_SCREEN = 60  # lines: more than a 1366x768 screen (or a tall one) shows at once

_ROWS = f"""
SELECT c.id, c.name, c.kvk_number, c.archived_at IS NOT NULL,
       m.street, m.house_number, m.postcode, m.city, m.status,
       a.name, s.name, u.full_name
FROM (SELECT id FROM company WHERE archived_at IS NULL ORDER BY name_folded, id LIMIT {FIRST_SCREEN}) AS f
JOIN company c ON c.id = f.id
LEFT JOIN establishment m ON m.company_id = c.id AND m.is_main
LEFT JOIN area a ON a.id = m.area_id
LEFT JOIN sector s ON s.code = m.sbi_code
LEFT JOIN app_user u ON u.id = c.account_manager_id
ORDER BY c.name_folded, c.id
"""

_VERSION = f"SELECT version_num FROM {VERSION_TABLE}"

# Whether the official may open the database, as the sign-in decides (models/team/services.py):
# on a server the login's active account; on a local file any account but a switched-off one.
_MAY_OPEN_SERVER = "SELECT count(*) FROM app_user WHERE username = current_user AND active"
_MAY_OPEN_LOCAL = "SELECT count(*) = 0 FROM app_user WHERE username = ? AND NOT active"


def first_rows(address: str) -> list[CompanyRow] | None:
    """The first screen of the list at ``address`` (a database URL as the settings hold it);
    None when it cannot be read this way (see the module's docstring). Never raises: the start
    proper meets the same problem and says it."""
    try:
        scheme = urlsplit(address).scheme
        if scheme == "sqlite":
            return _from_file(address)
        if scheme in ("postgresql", "postgresql+psycopg", "postgres"):
            return _from_server(address)
    except Exception:  # the start proper says what is wrong
        log.debug("no early first rows", exc_info=True)
    return None


def _file(address: str) -> Path | None:
    """The file of ``sqlite:///path`` (no in-memory database, no query string)."""
    parts = urlsplit(address)
    path = unquote(parts.path)
    if parts.netloc or parts.query or not path.startswith("/") or path in ("/", "/:memory:"):
        return None
    return Path(path[1:])  # sqlite:////abs/file or sqlite:///relative/file, as SQLAlchemy reads it


def _from_file(address: str) -> list[CompanyRow] | None:
    path = _file(address)
    if path is None or not path.is_file():  # a first start: the start proper asks what to make
        return None
    # Read-only: the start proper backs the file up before any change, and migrates it.
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        cursor = connection.cursor()
        if not _at_head(cursor):
            return None
        if not cursor.execute(_MAY_OPEN_LOCAL, (getpass.getuser(),)).fetchone()[0]:
            return None
        return [company_row(r) for r in cursor.execute(_ROWS).fetchall()]
    finally:
        connection.close()


def _from_server(address: str) -> list[CompanyRow] | None:
    import psycopg  # here: only a start on a server pays for it

    parts = urlsplit(address)
    conninfo = parts._replace(scheme="postgresql").geturl()
    with psycopg.connect(conninfo, connect_timeout=10, autocommit=True) as connection:
        cursor = connection.cursor()
        if not _at_head(cursor):
            return None
        if not cursor.execute(_MAY_OPEN_SERVER).fetchone()[0]:  # type: ignore[index]
            return None
        return [company_row(r) for r in cursor.execute(_ROWS).fetchall()]


def _at_head(cursor: Any) -> bool:
    try:
        found = cursor.execute(_VERSION).fetchall()
    except Exception:  # no version table: an empty database, which the start proper migrates
        return False
    return [tuple(r) for r in found] == [(HEAD,)]
