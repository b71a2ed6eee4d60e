"""The role table, enforced in the services: every service declares what it needs, and a role
that lacks it is refused (on SQLite and PostgreSQL alike)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

import models
from models.ambitions import services as ambitions
from models.companies import services as companies
from models.consultations import services as consultations
from models.db import Database
from models.desk import services as desk
from models.errors import PermissionDeniedError
from models.permissions import (
    ALL_PERMISSIONS,
    DENIED_MESSAGES,
    PERMISSION_LABELS,
    ROLE_PERMISSIONS,
    Permission,
)
from models.rounds import services as rounds
from models.signals import services as signals
from models.team import services as accounts
from models.team.entities import Role
from tests.models.conftest import company, establishment, new_company, new_user

TODAY = date(2026, 11, 23)


# The use-case modules: every module of a feature room (models/<room>/) but its table
# definitions, its plain records, the audit trail's listeners and the search index's upkeep,
# plus the shared use cases beside the rooms. A new module in a room is checked without a word here.
NOT_USE_CASES = {"entities", "records", "trail", "search", "monitoring"}
SHARED_SERVICE_MODULES = {"models.common", "models.lookups"}
ROOMS = (
    "ambitions",
    "audit",
    "companies",
    "consultations",
    "desk",
    "documents",
    "hotspots",
    "importing",
    "rounds",
    "signals",
    "team",
)


def _service_modules() -> list[str]:
    names = [info.name for info in pkgutil.walk_packages(models.__path__, "models.")]
    in_rooms = [
        n
        for n in names
        if n.count(".") == 2 and n.split(".")[1] in ROOMS and n.split(".")[2] not in NOT_USE_CASES
    ]
    return sorted([*in_rooms, *SHARED_SERVICE_MODULES])


def _service_functions() -> list[tuple[str, Callable[..., Any]]]:
    found = []
    modules = _service_modules()
    assert len(modules) >= 12, modules  # every feature's services were found
    for name in modules:
        module = importlib.import_module(name)
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn):
                continue
            if getattr(fn, "__module__", None) != module.__name__ and not hasattr(fn, "__wrapped__"):
                continue  # imported from elsewhere
            if getattr(inspect.unwrap(fn), "__module__", None) != module.__name__:
                continue
            parameters = list(inspect.signature(inspect.unwrap(fn)).parameters)
            if parameters and parameters[0] == "session":
                found.append((f"{module.__name__}.{name}", fn))
    return found


def test_every_service_function_declares_its_permission() -> None:
    functions = _service_functions()
    assert len(functions) > 100  # the walk really found the services
    undeclared = [name for name, fn in functions if not hasattr(fn, "__permissions__")]
    assert undeclared == [], (
        "Public service functions without @requires(...) (use @requires() for ones open to everyone): "
        + ", ".join(undeclared)
    )


def test_the_table_is_complete() -> None:
    assert set(ROLE_PERMISSIONS) == set(Role)
    assert set(PERMISSION_LABELS) == set(Permission) == set(DENIED_MESSAGES)
    assert ROLE_PERMISSIONS[Role.ADMINISTRATOR] == ALL_PERMISSIONS
    everyone = {
        Permission.VIEW_COMPANIES,
        Permission.VIEW_SIGNALS,
        Permission.REPORT_SIGNALS,
        Permission.VIEW_AMBITIONS,
    }
    for role in Role:
        assert everyone <= ROLE_PERMISSIONS[role]
    assert Permission.VIEW_CONSULTATIONS not in ROLE_PERMISSIONS[Role.DESK]
    for role in set(Role) - {Role.ADMINISTRATOR}:
        assert (
            not {Permission.MANAGE_ACCOUNTS, Permission.VIEW_AUDIT_LOG, Permission.MANAGE_IDENTITY}
            & ROLE_PERMISSIONS[role]
        )


def _call(db: Database, user_id: int | None, task: Callable[[Any], Any]) -> Any:
    with db.session(user_id) as session:
        result = task(session)
        session.rollback()
        return result


# For each role: a call it may make, and one it may not.
CASES: dict[Role, tuple[Callable[[Any, int], Any], Callable[[Any, int], Any], Permission]] = {
    Role.BUSINESS_MANAGER: (
        lambda s, cid: companies.create_company(s, company("Fietsen Bos"), establishment(house_number="3")),
        lambda s, cid: ambitions.create_plan(s, "Economische agenda"),
        Permission.EDIT_AMBITIONS,
    ),
    Role.OFFICIAL: (
        lambda s, cid: ambitions.create_plan(s, "Economische agenda"),
        lambda s, cid: companies.create_company(s, company("Fietsen Bos"), establishment(house_number="3")),
        Permission.EDIT_COMPANIES,
    ),
    Role.DESK: (
        lambda s, cid: desk.questions(s, TODAY, TODAY),
        lambda s, cid: consultations.timeline(s, cid, today=TODAY),
        Permission.VIEW_CONSULTATIONS,
    ),
    Role.SUPERVISOR: (
        lambda s, cid: rounds.rounds_between(s, TODAY, TODAY),
        lambda s, cid: desk.questions(s, TODAY, TODAY),
        Permission.DESK,
    ),
    Role.ADMINISTRATOR: (
        lambda s, cid: accounts.list_accounts(s),
        None,  # type: ignore[dict-item]
        Permission.MANAGE_ACCOUNTS,
    ),
}


@pytest.mark.parametrize("role", list(Role))
def test_each_role_may_do_its_work_and_nothing_else(db: Database, role: Role) -> None:
    company_id = new_company(db)
    user_id = new_user(db, f"u_{role.value}", f"Official {role.value}", role)
    allowed, denied, permission = CASES[role]
    _call(db, user_id, lambda s: allowed(s, company_id))
    _call(db, user_id, lambda s: companies.company_file(s, company_id))  # everyone views companies
    _call(db, user_id, lambda s: signals.find_signals(s, signals.SignalFilter(), today=TODAY))
    if denied is not None:
        with pytest.raises(PermissionDeniedError) as caught:
            _call(db, user_id, lambda s: denied(s, company_id))
        assert caught.value.permission == permission
        assert caught.value.message == DENIED_MESSAGES[permission]
    if role is not Role.ADMINISTRATOR:
        with pytest.raises(PermissionDeniedError):
            _call(db, user_id, accounts.list_accounts)


def test_the_system_may_do_everything_and_a_deactivated_official_nothing(db: Database) -> None:
    company_id = new_company(db)
    assert _call(db, None, accounts.list_accounts) == []
    manager = new_user(db, "pvdam", "Petra van Dam", Role.BUSINESS_MANAGER)
    _call(db, manager, lambda s: companies.company_file(s, company_id))
    with db.session() as session:
        accounts.deactivate_account(session, manager)
        session.commit()
    with pytest.raises(PermissionDeniedError):
        _call(db, manager, lambda s: companies.company_file(s, company_id))


def test_a_company_history_is_not_the_whole_audit_log(db: Database) -> None:
    from models.audit import services as audit_log

    company_id = new_company(db)
    manager = new_user(db, "pvdam", "Petra van Dam", Role.BUSINESS_MANAGER)
    records = _call(db, manager, lambda s: audit_log.company_records(s, company_id))
    ids = _call(db, manager, lambda s: audit_log.entry_ids(s, audit_log.AuditFilter(records=records)))
    assert ids
    with pytest.raises(PermissionDeniedError):
        _call(db, manager, lambda s: audit_log.entry_ids(s, audit_log.AuditFilter()))
    administrator = new_user(db, "beheer", "Bea Heer", Role.ADMINISTRATOR)
    everything = _call(db, administrator, lambda s: audit_log.entry_ids(s, audit_log.AuditFilter()))
    assert len(everything) > len(ids)  # the officials made above are in the trail too
    # The manager asking for rows by id gets only a company's own lines.
    rows = _call(db, manager, lambda s: audit_log.entry_rows(s, everything))
    assert {r.kind for r in rows} <= audit_log.COMPANY_KINDS
