"""Kernen and areas, created and edited by the administrator: an empty database has none, and the
forms, filters, hotspots and indicators all choose from them.

A kern (village or town) stands on its own; a shopping area, business park or nature area may lie in
a kern (or in another area). Names are unique among the areas of one parent, so that a list shows
no two "Centrum" in one kern. Areas are never removed here: companies, signals and rounds point to them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.common import load, save_record
from models.companies.entities import Area, AreaKind, Establishment
from models.i18n import QT_TRANSLATE_NOOP
from models.permissions import Permission, requires
from models.validation import Validator


@dataclass(kw_only=True)
class AreaInput:
    name: str = ""
    kind: AreaKind = AreaKind.KERN
    parent_id: int | None = None


@dataclass(frozen=True, kw_only=True)
class AreaRecord:
    id: int
    version: int
    name: str
    kind: AreaKind
    parent_id: int | None
    parent: str | None
    establishments: int  # how many establishments lie in it (what a rename touches)


@requires()
def area_records(session: Session) -> list[AreaRecord]:
    """Every area, each kern followed by what lies in it (the order of ``lookups.areas``)."""
    rows = list(session.scalars(select(Area).order_by(Area.name, Area.id)))
    names = {a.id: a.name for a in rows}
    counts = dict(
        session.execute(
            select(Establishment.area_id, func.count())
            .where(Establishment.area_id.is_not(None))
            .group_by(Establishment.area_id)
        )
        .tuples()
        .all()
    )
    children: dict[int | None, list[Area]] = {}
    for area in rows:
        children.setdefault(area.parent_id if area.parent_id in names else None, []).append(area)
    ordered: list[AreaRecord] = []

    def walk(parent: int | None) -> None:
        for a in children.get(parent, []):
            ordered.append(
                AreaRecord(
                    id=a.id,
                    version=a.version,
                    name=a.name,
                    kind=a.kind,
                    parent_id=a.parent_id,
                    parent=names.get(a.parent_id) if a.parent_id else None,
                    establishments=counts.get(a.id, 0),
                )
            )
            walk(a.id)

    walk(None)
    return ordered


def _validate(session: Session, data: AreaInput, area_id: int | None) -> None:
    v = Validator()
    name = v.required("name", data.name)
    v.max_length("name", name, 120)
    if data.kind == AreaKind.KERN and data.parent_id is not None:
        v.add("parent_id", QT_TRANSLATE_NOOP("errors", "A kern lies in no other area: leave this empty."))
    elif data.parent_id is not None:
        # Not in itself, nor in an area that lies in it.
        seen: set[int] = set()
        parent: int | None = data.parent_id
        while parent is not None and parent not in seen:
            if parent == area_id:
                v.add(
                    "parent_id",
                    QT_TRANSLATE_NOOP("errors", "An area cannot lie in itself or in an area inside it."),
                )
                break
            seen.add(parent)
            parent = session.scalar(select(Area.parent_id).where(Area.id == parent))
        load(session, Area, data.parent_id)
    if name:
        same = select(Area.id).where(
            func.lower(Area.name) == name.lower(),
            Area.parent_id.is_(None) if data.parent_id is None else Area.parent_id == data.parent_id,
        )
        if area_id is not None:
            same = same.where(Area.id != area_id)
        if session.scalar(same.limit(1)) is not None:
            v.add("name", QT_TRANSLATE_NOOP("errors", "There already is an area of this name here."))
    v.raise_if_any()


@requires(Permission.MANAGE_AREAS)
def save_area(
    session: Session, data: AreaInput, area_id: int | None = None, expected_version: int | None = None
) -> int:
    """Create an area, or change one's name, kind or where it lies; returns its id."""
    _validate(session, data, area_id)
    values = {
        "name": data.name.strip(),
        "kind": data.kind,
        "parent_id": data.parent_id,
        "updated_at": utcnow(),
    }
    return save_record(session, Area, area_id, expected_version, values).id


@requires()
def area_record(session: Session, area_id: int) -> AreaRecord | None:
    """One area as saved now (None when gone): what its dialog compares with on a conflict."""
    return next((a for a in area_records(session) if a.id == area_id), None)
