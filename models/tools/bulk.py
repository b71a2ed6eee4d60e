"""Generated rows for the demo: written through the domain's bulk writer (models.bulk)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from models.bulk import bulk_insert, plain

__all__ = ["bulk_insert", "plain", "versioned_row"]


def versioned_row(*, at: datetime, **values: Any) -> dict[str, Any]:
    """A generated row of an editable table, created and last touched at ``at``."""
    return {**values, "version": 1, "created_at": at, "updated_at": at, "updated_by_id": None}
