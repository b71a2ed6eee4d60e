"""Server logins of officials, managed without CREATEROLE for people.

No person's login holds CREATEROLE or ADMIN OPTION on anything: on PostgreSQL 13-15 CREATEROLE
is nearly superuser (a login with it can grant itself ``pg_execute_server_program`` or the
owner's role). Instead one NOLOGIN role per installation, the *accounts role*
(``<group>_accounts``), has CREATEROLE and ADMIN OPTION on the installation's role groups, and
owns four SECURITY DEFINER functions in the installation's schema (search path fixed inside
them, EXECUTE only for the administrators' group):

- ``account_login_state(login)``: 'free' (no such login), 'ours', 'foreign' or 'invalid';
- ``account_create_login(login, verifier)``: a new login for an existing account;
- ``account_sync_login(login)``: the login follows its account: in the group of the account's
  role (and no other), allowed to log in only while the account is active;
- ``account_set_password(login, verifier)``.

They take a SCRAM-SHA-256 verifier made on the client (``_verifier``), never a password, and
take the role and the active flag from ``app_user`` rather than from the caller, so the server's
groups cannot drift from the accounts page. Each one refuses unless the caller (``session_user``)
is an active administrator in ``app_user``, the owner of the tables (or a member of it), or a
superuser; and unless the target is *ours*.

**The marker.** A login is ours when all its direct memberships are in the installation's role
groups (at least one), none WITH ADMIN OPTION, and it is an ordinary login: no SUPERUSER,
CREATEROLE, REPLICATION or BYPASSRLS, not the owner of the tables or of the schema nor a member
of either, not one of the installation's own roles, owning nothing and holding no privilege of
its own anywhere on the server (``pg_shdepend``). Only the accounts role, the owner and
superusers hold ADMIN OPTION on the role groups (the install step takes it from anyone else), so
no other login can make a login look like ours; and a login of another application, which is
not in our groups or has anything of its own, is foreign and refused: creating an account with
its name fails at the field, and nothing is done to it.

**PostgreSQL 16 and later** restrict CREATEROLE to roles the holder has ADMIN OPTION on, and
record a grant per grantor: the accounts role therefore holds the role groups WITH ADMIN OPTION,
gets ADMIN OPTION on each login it creates (PostgreSQL does that for the creator), and makes every
membership itself, so that it can also take it back. Logins of an older installation are handed
to it by the upgrade (``install``, run by the owner).

The owner (often a superuser, as in the tests) calls the same functions: one path for everyone.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models.db import database_error
from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP
from models.server.roles import (
    check_login,
    current_schema,
    group_name,
    quote,
    role_exists,
    role_group_name,
)
from models.team.entities import Role

ACCOUNTS_SUFFIX = "_accounts"
FUNCTIONS = {
    "account_login_state": "text",
    "account_create_login": "text, text",
    "account_sync_login": "text",
    "account_set_password": "text, text",
}
HELPERS = {
    "account_check_caller": "",
    "account_apply": "text",
}  # not callable by anyone but the accounts role

FOREIGN_LOGIN = QT_TRANSLATE_NOOP(
    "errors",
    "The login '{login}' already exists on this server and belongs to something else: "
    "choose another login, or ask IT.",
)
FOREIGN_PASSWORD = QT_TRANSLATE_NOOP(
    "errors",
    "The login '{login}' is not one of Ondernemersdesk's own logins on this server (it belongs to "
    "something else, or owns the database): IT sets its password.",
)
NOT_INSTALLED = QT_TRANSLATE_NOOP(
    "errors",
    "Accounts cannot be managed on this server yet: ask IT to run 'python main.py admin migrate' "
    "as the database owner.",
)


class LoginState(enum.StrEnum):
    FREE = "free"  # no login of that name on the server
    OURS = "ours"  # a login of this installation
    FOREIGN = "foreign"  # someone else's: never touched
    INVALID = "invalid"  # not a valid login name


def accounts_role_name(session: Session) -> str:
    """The NOLOGIN role that owns the account functions (roles are cluster-wide: named after
    the installation's group)."""
    return group_name(session)[: 63 - len(ACCOUNTS_SUFFIX)] + ACCOUNTS_SUFFIX


# -- what an administrator does (through the functions) -------------------------------------------


def login_state(session: Session, login: str) -> LoginState:
    return LoginState(_call(session, "account_login_state", login=login) or LoginState.INVALID)


def create_login(session: Session, login: str, password: str | None) -> None:
    """The server login of an existing account (its ``app_user`` row flushed): a new one with
    ``password``, or one of ours taken up again; in its role's group, allowed to log in while
    the account is active."""
    check_login(login)
    verifier = _verifier(session, login, password) if password else None
    _call(session, "account_create_login", login=login, verifier=verifier)


def sync_login(session: Session, login: str) -> None:
    """After the account's role or active flag changed (flushed): the login follows."""
    _call(session, "account_sync_login", login=login)


def set_password(session: Session, login: str, password: str) -> None:
    _call(session, "account_set_password", login=login, verifier=_verifier(session, login, password))


def installed(session: Session, function: str = "account_login_state") -> bool:
    """Whether the owner has installed the account functions (``admin migrate`` / set-up)."""
    schema = quote(current_schema(session))
    return bool(
        session.scalar(
            text("SELECT to_regprocedure(:f) IS NOT NULL"),
            {"f": f"{schema}.{function}({FUNCTIONS[function]})"},
        )
    )


def _call(session: Session, function: str, **params: str | None) -> str | None:
    schema = quote(current_schema(session))
    if not installed(session, function):
        raise DomainError(NOT_INSTALLED)
    arguments = ", ".join(f":{name}" for name in params)
    try:
        with session.begin_nested():  # a refusal leaves the caller's transaction usable
            return session.scalar(text(f"SELECT {schema}.{function}({arguments})"), params)
    except DBAPIError as exc:
        # Classified here, without the statement's parameters (a verifier) in the error or its cause.
        raise database_error(exc) from None


def _verifier(session: Session, login: str, password: str) -> str:
    """The password as a SCRAM-SHA-256 verifier, made on this computer: the server (its log, an
    error quoting a statement) never sees the password itself."""
    pgconn = session.connection().connection.driver_connection.pgconn  # type: ignore[union-attr]
    return str(pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode())


# -- what the owner installs ---------------------------------------------------------------------


def install(session: Session) -> str:
    """The accounts role, its functions, and the upgrade of existing logins; run by the owner of
    the tables after ``roles.ensure_group`` (safe to run again). Returns the accounts role's name."""
    name = accounts_role_name(session)
    q = quote(name)
    schema = quote(current_schema(session))
    superuser = bool(session.scalar(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")))
    if not role_exists(session, name):
        session.execute(
            text(
                f"CREATE ROLE {q} NOLOGIN NOINHERIT CREATEROLE NOSUPERUSER NOCREATEDB NOREPLICATION NOBYPASSRLS"
            )
        )
    else:
        session.execute(text(f"ALTER ROLE {q} NOLOGIN NOINHERIT CREATEROLE"))
    if not superuser:
        # A non-superuser owner (a managed server) hands the functions over and calls them: it must
        # be able to SET ROLE to the accounts role and have its privileges. PostgreSQL 16+ made the
        # creator a member with ADMIN OPTION only (neither SET nor INHERIT), so ask for both.
        if _server_version(session) >= 160000:
            if not session.scalar(
                text(
                    "SELECT pg_has_role(current_user, :r, 'SET') AND pg_has_role(current_user, :r, 'USAGE')"
                ),
                {"r": name},
            ):
                session.execute(text(f"GRANT {q} TO CURRENT_USER WITH INHERIT TRUE, SET TRUE"))
        elif not _member(session, name, "current_user"):
            session.execute(text(f"GRANT {q} TO CURRENT_USER"))
    for role in Role:
        session.execute(text(f"GRANT {quote(role_group_name(session, role))} TO {q} WITH ADMIN OPTION"))
    session.execute(text(f"GRANT USAGE ON SCHEMA {schema} TO {q}"))
    session.execute(text(f"GRANT SELECT ON {schema}.app_user TO {q}"))
    for statement in _definitions(session):
        session.execute(text(statement))
    if not superuser:  # ALTER ... OWNER TO needs the new owner to may create in the schema
        session.execute(text(f"GRANT CREATE ON SCHEMA {schema} TO {q}"))
    admins = quote(role_group_name(session, Role.ADMINISTRATOR))
    for function, arguments in {**FUNCTIONS, **HELPERS}.items():
        signature = f"{schema}.{function}({arguments})"
        session.execute(text(f"ALTER FUNCTION {signature} OWNER TO {q}"))
        session.execute(text(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC"))
        if function in FUNCTIONS:
            session.execute(text(f"GRANT EXECUTE ON FUNCTION {signature} TO {admins}"))
    if not superuser:
        session.execute(text(f"REVOKE CREATE ON SCHEMA {schema} FROM {q}"))
    _upgrade_logins(session, name)
    return name


def _member(session: Session, group: str, member: str) -> bool:
    """Whether ``member`` (a name, or ``current_user``) is a direct member of ``group``."""
    who = "current_user" if member == "current_user" else ":member"
    return bool(
        session.scalar(
            text(
                "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                f"JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = :group AND u.rolname = {who}"
            ),
            {"group": group, "member": member},
        )
    )


def _server_version(session: Session) -> int:
    return int(session.scalar(text("SHOW server_version_num")) or 0)


def _revoke(session: Session, group: str, member: str, grantor: str, *, admin_only: bool = False) -> None:
    """PostgreSQL 16+ keeps a grant per grantor and revokes only the one named (the current
    role's by default); before 16 there is one grant and GRANTED BY plays no part."""
    what = f"ADMIN OPTION FOR {quote(group)}" if admin_only else quote(group)
    by = f" GRANTED BY {quote(grantor)}" if _server_version(session) >= 160000 else ""
    session.execute(text(f"REVOKE {what} FROM {quote(member)}{by}"))


@contextmanager
def _as_role(session: Session, role: str) -> Iterator[None]:
    session.execute(text(f"SET ROLE {quote(role)}"))
    try:
        yield
    finally:
        session.execute(text("RESET ROLE"))


def _upgrade_logins(session: Session, accounts_role: str) -> None:
    """Logins made by an earlier version: administrators had CREATEROLE and ADMIN OPTION on the
    group, everyone was a direct member of the installation's group. Now: nobody but the accounts
    role holds ADMIN OPTION on the installation's groups, and every account's login is in its
    role's group only, granted by the accounts role (so that it can move it later)."""
    installation = group_name(session)
    role_groups = {role: role_group_name(session, role) for role in Role}
    groups = [installation, *role_groups.values()]
    memberships = text(
        "SELECT g.rolname AS grp, u.rolname AS member, coalesce(b.rolname, g.rolname) AS grantor, "
        "m.admin_option FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member LEFT JOIN pg_roles b ON b.oid = m.grantor "
        "WHERE g.rolname = ANY(:groups)"
    )
    for row in session.execute(memberships, {"groups": groups}).all():
        if (
            row.admin_option
            and row.member != accounts_role
            and not _is_owner_or_superuser(session, row.member)
        ):
            _revoke(session, row.grp, row.member, row.grantor, admin_only=True)
    version = _server_version(session)
    logins = session.execute(
        text(
            "SELECT u.username, u.role, u.active FROM app_user u JOIN pg_roles r ON r.rolname = u.username "
            "WHERE EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "WHERE m.member = r.oid AND g.rolname = ANY(:groups)) AND NOT r.rolname = ANY(:groups)"
        ),
        {"groups": groups},
    ).all()
    for login, role, active in logins:
        if login == accounts_role or _is_owner_or_superuser(session, login):
            continue
        target = role_groups[Role(role)]
        session.execute(text(f"ALTER ROLE {quote(login)} NOCREATEROLE {'LOGIN' if active else 'NOLOGIN'}"))
        for row in session.execute(memberships, {"groups": groups}).all():
            if row.member == login and (row.grp != target or row.grantor != accounts_role):
                _revoke(session, row.grp, login, row.grantor)
        if version >= 160000 and not _member(session, login, accounts_role):
            session.execute(
                text(
                    f"GRANT {quote(login)} TO {quote(accounts_role)} WITH ADMIN OPTION, INHERIT FALSE, SET FALSE"
                )
            )
        if not _member(session, target, login):
            with _as_role(session, accounts_role):
                session.execute(text(f"GRANT {quote(target)} TO {quote(login)}"))


def _is_owner_or_superuser(session: Session, login: str) -> bool:
    return bool(
        session.scalar(
            text(
                "SELECT rolsuper OR pg_has_role(oid, current_user, 'MEMBER') FROM pg_roles WHERE rolname = :n"
            ),
            {"n": login},
        )
    )


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _definitions(session: Session) -> list[str]:
    """The functions' DDL, with this installation's schema and role names written in."""
    schema = current_schema(session)
    role_groups = {role: role_group_name(session, role) for role in Role}
    own_roles = [group_name(session), accounts_role_name(session), *role_groups.values()]

    def names(values: list[str]) -> str:
        return "ARRAY[" + ", ".join(_literal(v) for v in values) + "]::name[]"

    group_of = " ".join(f"WHEN {_literal(r.value)} THEN {_literal(g)}" for r, g in role_groups.items())
    replacements = {
        "@S@": quote(schema),
        "@SCHEMA@": _literal(schema),
        "@APP_USER@": _literal(f"{quote(schema)}.app_user"),
        "@GROUPS@": names(list(role_groups.values())),
        "@OWN_ROLES@": names(own_roles),
        "@GROUP_OF@": group_of,
    }
    statements = []
    for template in _TEMPLATES:
        for key, value in replacements.items():
            template = template.replace(key, value)
        statements.append(template)
    return statements


_HEAD = "SECURITY DEFINER SET search_path = @S@, pg_temp"
_REFUSE = "USING ERRCODE = 'insufficient_privilege'"

_TEMPLATES = [
    # Who may call: an active administrator of this installation, its owner, or a superuser.
    """
CREATE OR REPLACE FUNCTION @S@.account_check_caller() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = @S@, pg_temp AS $body$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = session_user AND r.rolsuper)
     OR pg_catalog.pg_has_role(session_user,
          (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = @APP_USER@::regclass), 'MEMBER')
     OR EXISTS (SELECT 1 FROM @S@.app_user u
                WHERE u.username = session_user AND u.role = 'administrator' AND u.active) THEN
    RETURN;
  END IF;
  RAISE EXCEPTION 'only an active administrator of this installation manages its logins'
    """
    + _REFUSE
    + """;
END
$body$""",
    # Whether a login is free, ours or someone else's (see the module's docstring: the marker).
    """
CREATE OR REPLACE FUNCTION @S@.account_login_state(p_login text) RETURNS text
LANGUAGE plpgsql STABLE """
    + _HEAD
    + """ AS $body$
DECLARE
  r pg_catalog.pg_roles%ROWTYPE;
BEGIN
  IF p_login IS NULL OR p_login !~ '^[a-z_][a-z0-9_.-]{0,62}$' THEN
    RETURN 'invalid';
  END IF;
  SELECT * INTO r FROM pg_catalog.pg_roles WHERE rolname = p_login;
  IF NOT FOUND THEN
    RETURN 'free';
  END IF;
  IF r.rolsuper OR r.rolcreaterole OR r.rolreplication OR r.rolbypassrls
     OR r.rolname = ANY (@OWN_ROLES@) OR r.rolname LIKE 'pg\\_%'
     OR pg_catalog.pg_has_role(r.oid,
          (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = @APP_USER@::regclass), 'MEMBER')
     OR pg_catalog.pg_has_role(r.oid,
          (SELECT n.nspowner FROM pg_catalog.pg_namespace n WHERE n.nspname = @SCHEMA@), 'MEMBER')
     OR EXISTS (SELECT 1 FROM pg_catalog.pg_shdepend d
                WHERE d.refclassid = 'pg_catalog.pg_authid'::regclass AND d.refobjid = r.oid
                  AND d.deptype IN ('o', 'a'))
     OR EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                WHERE m.member = r.oid AND (m.admin_option OR NOT g.rolname = ANY (@GROUPS@)))
     OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                    WHERE m.member = r.oid AND g.rolname = ANY (@GROUPS@)) THEN
    RETURN 'foreign';
  END IF;
  RETURN 'ours';
END
$body$""",
    # The login as its account says: in its role's group only (granted here, by the accounts
    # role), able to log in while active. For the account functions only (no EXECUTE for anyone).
    """
CREATE OR REPLACE FUNCTION @S@.account_apply(p_login text) RETURNS void
LANGUAGE plpgsql SET search_path = @S@, pg_temp AS $body$
DECLARE
  account record;
  target name;
  other name;
BEGIN
  SELECT u.role, u.active INTO account FROM @S@.app_user u WHERE u.username = p_login;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'the login % has no account in this installation', p_login """
    + _REFUSE
    + """;
  END IF;
  target := CASE account.role @GROUP_OF@ END;
  FOR other IN SELECT DISTINCT g.rolname FROM pg_catalog.pg_auth_members m
               JOIN pg_catalog.pg_roles g ON g.oid = m.roleid JOIN pg_catalog.pg_roles u ON u.oid = m.member
               WHERE u.rolname = p_login AND g.rolname <> target LOOP
    EXECUTE format('REVOKE %I FROM %I', other, p_login);
  END LOOP;
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                 JOIN pg_catalog.pg_roles u ON u.oid = m.member
                 WHERE u.rolname = p_login AND g.rolname = target) THEN
    EXECUTE format('GRANT %I TO %I', target, p_login);
  END IF;
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
             JOIN pg_catalog.pg_roles u ON u.oid = m.member
             WHERE u.rolname = p_login AND g.rolname <> target) THEN
    RAISE EXCEPTION 'the login % keeps a membership granted by someone else: ask IT', p_login """
    + _REFUSE
    + """;
  END IF;
  EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN account.active THEN 'LOGIN' ELSE 'NOLOGIN' END);
END
$body$""",
    """
CREATE OR REPLACE FUNCTION @S@.account_create_login(p_login text, p_verifier text) RETURNS void
LANGUAGE plpgsql VOLATILE """
    + _HEAD
    + """ AS $body$
DECLARE
  state text;
BEGIN
  PERFORM @S@.account_check_caller();
  state := @S@.account_login_state(p_login);
  IF state = 'invalid' THEN
    RAISE EXCEPTION 'not a valid login name' USING ERRCODE = 'invalid_parameter_value';
  ELSIF state = 'foreign' THEN
    RAISE EXCEPTION 'the login % exists and does not belong to this installation', p_login """
    + _REFUSE
    + """;
  ELSIF NOT EXISTS (SELECT 1 FROM @S@.app_user u WHERE u.username = p_login) THEN
    RAISE EXCEPTION 'the login % has no account in this installation', p_login """
    + _REFUSE
    + """;
  END IF;
  IF p_verifier IS NOT NULL
     AND p_verifier !~ '^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
    RAISE EXCEPTION 'a password is given as a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF state = 'free' THEN
    IF p_verifier IS NULL THEN
      RAISE EXCEPTION 'a new login needs a password' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION '
                   'NOBYPASSRLS INHERIT PASSWORD %L', p_login, p_verifier);
  ELSIF p_verifier IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
  END IF;
  PERFORM @S@.account_apply(p_login);
END
$body$""",
    """
CREATE OR REPLACE FUNCTION @S@.account_sync_login(p_login text) RETURNS void
LANGUAGE plpgsql VOLATILE """
    + _HEAD
    + """ AS $body$
BEGIN
  PERFORM @S@.account_check_caller();
  IF @S@.account_login_state(p_login) <> 'ours' THEN
    RAISE EXCEPTION 'the login % does not belong to this installation', p_login """
    + _REFUSE
    + """;
  END IF;
  PERFORM @S@.account_apply(p_login);
END
$body$""",
    """
CREATE OR REPLACE FUNCTION @S@.account_set_password(p_login text, p_verifier text) RETURNS void
LANGUAGE plpgsql VOLATILE """
    + _HEAD
    + """ AS $body$
BEGIN
  PERFORM @S@.account_check_caller();
  IF @S@.account_login_state(p_login) <> 'ours' THEN
    RAISE EXCEPTION 'the login % does not belong to this installation', p_login """
    + _REFUSE
    + """;
  END IF;
  IF p_verifier IS NULL
     OR p_verifier !~ '^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
    RAISE EXCEPTION 'a password is given as a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
END
$body$""",
]
