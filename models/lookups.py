"""The short lists forms and filters choose from: areas, sectors, officials."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.companies.entities import Area, AreaKind, Company, Sector
from models.permissions import Permission, requires
from models.team.entities import Role, User


@dataclass(frozen=True, kw_only=True)
class Choice:
    """A value to choose and the text to show; ``depth`` indents nested areas."""

    value: int | str
    label: str
    depth: int = 0


@requires()
def areas(session: Session) -> list[Choice]:
    """Areas as a tree in display order: each kern followed by the areas inside it."""
    rows = session.execute(select(Area.id, Area.name, Area.parent_id, Area.kind).order_by(Area.name)).all()
    children: dict[int | None, list] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append(row)
    result: list[Choice] = []

    def walk(parent: int | None, depth: int) -> None:
        for row in children.get(parent, []):
            result.append(Choice(value=row.id, label=row.name, depth=depth))
            walk(row.id, depth + 1)

    walk(None, 0)
    return result


@requires()
def sectors(session: Session) -> list[Choice]:
    return [
        Choice(value=code, label=f"{code} {name}")
        for code, name in session.execute(select(Sector.code, Sector.name).order_by(Sector.code))
    ]


@requires()
def officials(session: Session, *, include_inactive: bool = False) -> list[Choice]:
    stmt = select(User.id, User.full_name).order_by(User.full_name)
    if not include_inactive:
        stmt = stmt.where(User.active)
    return [Choice(value=uid, label=name) for uid, name in session.execute(stmt)]


@requires()
def kernen(session: Session) -> list[Choice]:
    return [
        Choice(value=aid, label=name)
        for aid, name in session.execute(
            select(Area.id, Area.name).where(Area.kind == AreaKind.KERN).order_by(Area.name)
        )
    ]


@requires(Permission.VIEW_COMPANIES)
def company_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Company).where(Company.archived_at.is_(None))) or 0


@requires(Permission.MANAGE_ACCOUNTS)
def ensure_user(session: Session, username: str, full_name: str) -> int:
    """The official working at this desk. Sign-in comes with the shared-database work; until
    then the operating-system account names the official, and the first one administers."""
    user_id = session.scalar(select(User.id).where(User.username == username))
    if user_id is not None:
        return user_id
    first = session.scalar(select(func.count()).select_from(User)) == 0
    user = User(
        username=username, full_name=full_name, role=Role.ADMINISTRATOR if first else Role.BUSINESS_MANAGER
    )
    session.add(user)
    session.flush()
    return user.id
