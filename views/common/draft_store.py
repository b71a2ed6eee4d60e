"""Forms kept on this computer when the application closed before they could be saved.

One JSON file per draft in ``<data folder>/drafts``, written atomically (a temporary file in
the same folder, flushed to disk, then renamed over the old one), so a crash while writing
leaves either the previous draft or the new one, never half of one. A draft names the
database and the user it belongs to: it is only offered back to them.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from views.common.paths import data_dir

log = logging.getLogger(__name__)

FORMAT = 1


def drafts_dir() -> Path:
    return data_dir() / "drafts"


@dataclass
class Draft:
    """What a form held: which dialog (``kind``), for which record (``context``: its id,
    the versions it was opened at, the company it belongs to), the values as the form was
    opened (``original``, the base of a three-way merge) and as typed (``values``)."""

    kind: str
    title: str
    database: str
    user_id: int | None
    context: dict[str, Any]
    values: dict[str, Any]
    original: dict[str, Any] | None = None
    saved_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    format: int = FORMAT

    @property
    def saved(self) -> datetime:
        return datetime.fromisoformat(self.saved_at)


def save(draft: Draft, folder: Path | None = None) -> Path:
    """Write the draft (replacing an earlier one with the same id) and return its file."""
    folder = folder or drafts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{draft.id}.json"
    fd, temporary = tempfile.mkstemp(prefix=".draft-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(asdict(draft), out, ensure_ascii=False, indent=1, default=str)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def load_all(database: str, user_id: int | None, folder: Path | None = None) -> list[Draft]:
    """This user's drafts for this database, oldest first. A file that cannot be read is
    left where it is (and logged): it may still be worth something to somebody."""
    folder = folder or drafts_dir()
    drafts = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            draft = Draft(**{k: v for k, v in data.items() if k in Draft.__dataclass_fields__})
        except (OSError, ValueError, TypeError) as exc:
            log.warning("draft %s cannot be read: %s", path, exc)
            continue
        if draft.database == database and draft.user_id == user_id:
            drafts.append(draft)
    return sorted(drafts, key=lambda d: d.saved_at)


def discard(draft_id: str, folder: Path | None = None) -> None:
    (folder or drafts_dir()).joinpath(f"{draft_id}.json").unlink(missing_ok=True)
