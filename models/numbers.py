"""The numbers people quote: a signal's M-12, a contact report's CM-40. They are the server's ids.

A record made offline, in a set taken along (issue 22), has none until the server gives it at
synchronisation: the local copy gives it an id from ``OFFLINE_FIRST_ID`` up
(``models/offline/numbers.py``), far above any the server gives, and its number reads ``M-…``
until then, so nobody quotes a number that the server gives a colleague's record meanwhile.
"""

from __future__ import annotations

# Above any id the server gives (a large municipality has millions of contact moments, not
# thousands of millions), below 2**31: ids travel in Qt's int signals and PostgreSQL's integers.
OFFLINE_FIRST_ID = 2_000_000_000
PENDING = "…"


def numbered(record_id: int) -> bool:
    """Whether the record has its number: it was made on the server, or has been synchronised."""
    return record_id < OFFLINE_FIRST_ID


def reference(prefix: str, record_id: int) -> str:
    """The number a person quotes (``M-12``), or ``M-…`` for a record made offline."""
    return f"{prefix}-{record_id if numbered(record_id) else PENDING}"
