"""Signal categories: the kinds of signal, nested, each with its handling time in working days."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.common import save_record
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, requires
from models.signals.entities import (
    SignalCategory,
)
from models.validation import (
    Validator,
)

# -- categories -------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class CategoryRecord:
    id: int
    version: int
    name: str
    parent_id: int | None
    target_days: int | None
    active: bool
    depth: int


@requires(Permission.VIEW_SIGNALS)
def categories(session: Session, *, include_inactive: bool = False) -> list[CategoryRecord]:
    """The category tree in display order: each category followed by the ones under it."""
    stmt = select(SignalCategory).order_by(SignalCategory.name)
    if not include_inactive:
        stmt = stmt.where(SignalCategory.active)
    rows = list(session.scalars(stmt))
    children: dict[int | None, list[SignalCategory]] = defaultdict(list)
    known = {r.id for r in rows}
    for row in rows:
        children[row.parent_id if row.parent_id in known else None].append(row)
    result: list[CategoryRecord] = []

    def walk(parent: int | None, depth: int) -> None:
        for c in children.get(parent, []):
            result.append(
                CategoryRecord(
                    id=c.id,
                    version=c.version,
                    name=c.name,
                    parent_id=c.parent_id,
                    target_days=c.target_days,
                    active=c.active,
                    depth=depth,
                )
            )
            walk(c.id, depth + 1)

    walk(None, 0)
    return result


@requires(Permission.CONFIGURE_SIGNALS)
def save_category(
    session: Session,
    name: str,
    target_days: int | None,
    parent_id: int | None = None,
    *,
    category_id: int | None = None,
    expected_version: int | None = None,
    active: bool = True,
) -> int:
    v = Validator()
    v.required("name", name)
    v.max_length("name", name.strip(), 120)
    if target_days is not None and not 0 < target_days <= 250:
        v.add(
            "target_days",
            QT_TRANSLATE_NOOP("errors", "A target handling time lies between 1 and 250 working days."),
        )
    if category_id is not None and parent_id is not None:
        ancestor: int | None = parent_id
        while ancestor is not None:
            if ancestor == category_id:
                v.add("parent_id", QT_TRANSLATE_NOOP("errors", "A category cannot lie under itself."))
                break
            ancestor = session.scalar(select(SignalCategory.parent_id).where(SignalCategory.id == ancestor))
    v.raise_if_any()
    values = {"name": name.strip(), "target_days": target_days, "parent_id": parent_id, "active": active}
    return save_record(session, SignalCategory, category_id, expected_version, values).id
