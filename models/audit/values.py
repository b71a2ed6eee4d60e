"""What the audit trail records and how a value reads in it: one definition for both writers.

The trail is written by the application on SQLite (``models.audit.trail``) and by the server's
triggers on PostgreSQL (``models.server.audit``), so a change reads the same on either backend
whoever made it. Both take the skipped columns, the actions and the text form of a value from
here; a test compares the triggers' text with ``text_value`` for every kind of column.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

# Bookkeeping columns and derived columns say nothing a reader of the trail needs (the search texts
# are the folded words of fields the trail records themselves).
SKIPPED_COLUMNS = frozenset(
    {
        "version",
        "created_at",
        "updated_at",
        "updated_by_id",
        "name_folded",
        "postcode_compact",
        "search_text",
        "public_search_text",
        "client_token",  # the form's retry key (revision 0013): nothing a person changed
    }
)
# Setting this column is archiving the record; clearing it, restoring it.
ARCHIVE_COLUMN = "archived_at"

CREATE, UPDATE, ARCHIVE, RESTORE, DELETE = "create", "update", "archive", "restore", "delete"

TRUE_TEXT, FALSE_TEXT = "True", "False"

# The key under which a session's info holds the number of the import it writes (models.importing):
# the trail's entries of that session are marked with it.
IMPORT_BATCH = "import_batch"
# Likewise the moment a change sent by a synchronisation was done offline (models.offline.sync):
# the trail's entries of the session's next flush carry it (``audit_entry.done_at``).
DONE_OFFLINE = "done_offline"


def text_value(value: Any) -> str | None:
    """A value as the trail keeps it: booleans ``True``/``False``, moments in ISO 8601 with their
    offset (UTC as stored: ``2026-11-23T09:30:00+00:00``, microseconds only when there are any),
    days ``2026-11-23``, choices by their stored value, numbers as Python writes them."""
    if value is None:
        return None
    if isinstance(value, bool):
        return TRUE_TEXT if value else FALSE_TEXT
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def action_for(column: str, new: Any) -> str:
    """The action a changed column stands for."""
    if column == ARCHIVE_COLUMN:
        return ARCHIVE if new is not None else RESTORE
    return UPDATE
