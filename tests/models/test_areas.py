"""Kernen and areas made and edited in the application (issue 18), on SQLite and PostgreSQL: an empty
database has none; the administrator adds them, each change audited; other roles are refused."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models import lookups
from models.audit.entities import AuditEntry
from models.companies.areas import AreaInput, area_records, save_area
from models.companies.entities import AreaKind
from models.db import Database
from models.errors import PermissionDeniedError, ValidationError
from models.team.entities import Role
from tests.models.conftest import new_user


def _errors(caught: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {e.field for e in caught.value.errors}


def test_the_administrator_makes_kernen_and_areas_in_them(db: Database) -> None:
    admin = new_user(db, "beheer", "Bea Beheer", Role.ADMINISTRATOR)
    with db.session(admin) as s:
        assert area_records(s) == []
        kern = save_area(s, AreaInput(name="Loosdrecht", kind=AreaKind.KERN))
        other = save_area(s, AreaInput(name="Breukelen", kind=AreaKind.KERN))
        centre = save_area(s, AreaInput(name="Centrum", kind=AreaKind.SHOPPING, parent_id=kern))
        save_area(s, AreaInput(name="Centrum", kind=AreaKind.SHOPPING, parent_id=other))  # another kern: fine
        s.commit()
    with db.session(admin) as s:
        with pytest.raises(ValidationError) as caught:
            save_area(s, AreaInput(name="centrum ", kind=AreaKind.SHOPPING, parent_id=kern))
        assert _errors(caught) == {"name"}
        with pytest.raises(ValidationError) as caught:
            save_area(s, AreaInput(name="Oud-Loosdrecht", kind=AreaKind.KERN, parent_id=other))
        assert _errors(caught) == {"parent_id"}
        with pytest.raises(ValidationError) as caught:
            save_area(s, AreaInput(name="", kind=AreaKind.NATURE))
        assert _errors(caught) == {"name"}
        records = area_records(s)
        assert [(a.name, a.parent) for a in records] == [
            ("Breukelen", None),
            ("Centrum", "Breukelen"),
            ("Loosdrecht", None),
            ("Centrum", "Loosdrecht"),
        ]
        [record] = [a for a in records if a.id == centre]
        with pytest.raises(ValidationError) as caught:  # a kern cannot lie in its own shopping area
            found = next(a for a in records if a.id == kern)
            save_area(
                s,
                AreaInput(name="Loosdrecht", kind=AreaKind.BUSINESS_PARK, parent_id=centre),
                kern,
                found.version,
            )
        assert _errors(caught) == {"parent_id"}
        save_area(
            s,
            AreaInput(name="Winkelhart Loosdrecht", kind=AreaKind.SHOPPING, parent_id=kern),
            centre,
            record.version,
        )
        s.commit()
    with db.session(admin) as s:
        assert [c.label for c in lookups.kernen(s)] == ["Breukelen", "Loosdrecht"]
        assert "Winkelhart Loosdrecht" in [c.label for c in lookups.areas(s)]
        trail = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "area", AuditEntry.entity_id == centre)
        ).all()
        renamed = [e for e in trail if e.field == "name" and e.new_value == "Winkelhart Loosdrecht"]
        assert renamed and renamed[0].old_value == "Centrum" and renamed[0].user_id == admin


def test_only_the_administrator_makes_areas(db: Database) -> None:
    for role in (Role.BUSINESS_MANAGER, Role.OFFICIAL, Role.DESK, Role.SUPERVISOR):
        user = new_user(db, f"u_{role.value}", f"Gebruiker {role.value}", role)
        with db.session(user) as s, pytest.raises(PermissionDeniedError):
            save_area(s, AreaInput(name="Loosdrecht"))
