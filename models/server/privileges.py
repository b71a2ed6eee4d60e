"""What each role may do to each table on a shared server, declared once and derived from the role table.

``TABLES`` says, for every table of the schema (the entities', the search indexes' and Alembic's),
which permissions of ``models.permissions`` allow reading, adding, changing and removing rows, which
columns only some permissions may read, and which rows only some permissions may see. From it and
``ROLE_PERMISSIONS`` (the role table the accounts page shows) ``grants`` derives what the group of
each role gets; ``apply`` gives exactly that to the groups of ``models.server.roles`` (run by the
schema's owner in ``models.server.install``). The services read the same permissions, so the window
and a login using psql are refused the same things (``tests/models/test_server_privileges.py``
compares them for every role and every table).

Why a permission is listed is the service that needs it: a table nobody changes through a service
(sectors, Alembic's version) is changed only by the owner (migrations, imports, demo data);
rows are removed only where a service removes them (a contact taken off a file, the people of a
contact moment or a round, links of an action or an idea, a measurement); a signal, a contact moment
or an audit entry is never removed by an official.

Two kinds of personal or confidential data are shielded inside a table:

* a **confidential contact moment** (``interaction.confidential``) and its report are for the roles
  that read contact moments (VIEW_CONSULTATIONS): row-level security hides the row from the others,
  and the ``report`` column is not theirs to read at all; the agreements made in such a moment are
  hidden with it (they are part of the conversation);
* a **reporter's contact details** (``signal.reporter_*``, the search text that contains them, and the
  feedback texts written to the reporter in ``signal_event.feedback``) are for the roles that handle
  signals (HANDLE_SIGNALS): the other roles may report a signal with them (INSERT) but not read them.

The audit trail holds old and new values of every field, these included; only roles that may read
both read it (a test keeps it so).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session

from models import schema
from models.permissions import ALL_PERMISSIONS, ROLE_PERMISSIONS, Permission
from models.server.roles import current_schema, quote, role_group_name
from models.team.entities import Role

P = Permission
ANYONE = ALL_PERMISSIONS  # any role at all (every role holds at least one permission)
NOBODY: frozenset[Permission] = frozenset()


def _p(*permissions: Permission) -> frozenset[Permission]:
    return frozenset(permissions)


@dataclass(frozen=True, kw_only=True)
class Rows:
    """Rows only ``readers`` see all of; everyone else sees (and may write) those matching ``others``.

    ``others`` is an SQL condition on the table's row; ``{schema}`` is replaced by the quoted schema.
    """

    readers: frozenset[Permission]
    others: str


@dataclass(frozen=True, kw_only=True)
class Table:
    """Who may do what to one table: any one of the listed permissions allows it."""

    select: frozenset[Permission] = NOBODY
    insert: frozenset[Permission] = NOBODY
    update: frozenset[Permission] = NOBODY
    delete: frozenset[Permission] = NOBODY
    # column -> the permissions that may read it; roles without one read the other columns only
    hidden: Mapping[str, frozenset[Permission]] = field(default_factory=dict)
    rows: Rows | None = None
    # Rows everyone allowed to read reads, but only ``readers`` may add, change or remove all of;
    # the other writers only those matching ``others`` (the kartrekker's own ambition's actions).
    write_rows: Rows | None = None

    @property
    def policies(self) -> int:
        """How many row-level policies a shared server holds for this table, per role."""
        return 1 if self.rows is not None else 4 if self.write_rows is not None else 0


VIEW_COMPANIES, EDIT_COMPANIES = _p(P.VIEW_COMPANIES), _p(P.EDIT_COMPANIES)
IMPORT = _p(P.IMPORT_COMPANIES)
AMBITIONS_READ, AMBITIONS_WRITE = _p(P.VIEW_AMBITIONS), _p(P.EDIT_AMBITIONS)
ROUNDS_READ, ROUNDS_WRITE = _p(P.VIEW_ROUNDS), _p(P.EDIT_ROUNDS)
HANDLERS = _p(P.HANDLE_SIGNALS)
CONSULTATION_READERS = _p(P.VIEW_CONSULTATIONS)
# A contact moment is recorded by the consultations, by the desk (a question about a known company)
# and by a supervisor following up an observation with an agreement.
MOMENT_WRITERS = _p(P.RECORD_CONSULTATIONS, P.DESK, P.EDIT_ROUNDS)
# Merging duplicates (models.duplicates) moves every record linked to the copy to the survivor: it
# changes the company or contact column of rows its role may not otherwise change (a desk question,
# a link of an ambition action), and records the merge to undo it.
MERGERS = _p(P.MERGE_COMPANIES)
EDIT_OR_MERGE = EDIT_COMPANIES | MERGERS
# Inzage, erasure and the retention run (models.privacy) change and remove what nobody else may.
PRIVACY = _p(P.MANAGE_PRIVACY)
# The business manager who leads an ambition (its kartrekker ambtelijk) changes its actions
# (models.ambitions.services.save_action); only those of the ambitions they lead.
ACTION_WRITERS = AMBITIONS_WRITE | _p(P.LEAD_ACTIONS)
LED_ACTIONS = Rows(
    readers=AMBITIONS_WRITE,
    others=(
        "ambition_id IN (SELECT a.id FROM {schema}.ambition a JOIN {schema}.app_user u ON u.id = a.lead_id "
        "WHERE u.username = session_user)"
    ),
)
LED_LINKS = Rows(
    readers=AMBITIONS_WRITE,
    others=(
        "action_id IN (SELECT x.id FROM {schema}.ambition_action x JOIN {schema}.ambition a "
        "ON a.id = x.ambition_id JOIN {schema}.app_user u ON u.id = a.lead_id WHERE u.username = session_user)"
    ),
)

TABLES: dict[str, Table] = {
    # -- team: everyone reads the officials and settings; administrators change them --
    "app_user": Table(select=ANYONE, insert=_p(P.MANAGE_ACCOUNTS), update=_p(P.MANAGE_ACCOUNTS)),
    "app_setting": Table(
        select=ANYONE,
        insert=_p(P.MANAGE_ACCOUNTS, P.MANAGE_IDENTITY),
        update=_p(P.MANAGE_ACCOUNTS, P.MANAGE_IDENTITY),
    ),
    "alembic_version": Table(select=ANYONE),
    # -- companies --
    # Kernen and areas: made by the administrator in the window (models.companies.areas), or by imports.
    "area": Table(select=ANYONE, insert=_p(P.MANAGE_AREAS), update=_p(P.MANAGE_AREAS)),
    "sector": Table(select=ANYONE),
    # An import writes companies like an edit does; undoing one removes the records it created.
    # A merge moves records between companies (models.duplicates).
    "company": Table(select=VIEW_COMPANIES, insert=EDIT_COMPANIES, update=EDIT_OR_MERGE, delete=IMPORT),
    "establishment": Table(select=VIEW_COMPANIES, insert=EDIT_COMPANIES, update=EDIT_OR_MERGE, delete=IMPORT),
    "contact": Table(select=VIEW_COMPANIES, insert=EDIT_COMPANIES, update=EDIT_OR_MERGE, delete=IMPORT),
    "company_contact": Table(
        select=VIEW_COMPANIES, insert=EDIT_COMPANIES, update=EDIT_OR_MERGE, delete=EDIT_COMPANIES
    ),
    "company_search": Table(
        select=VIEW_COMPANIES, insert=EDIT_COMPANIES, update=EDIT_OR_MERGE, delete=IMPORT
    ),
    # The names' words (revision 0022), kept by the triggers of company_search, which run as the login
    # that writes a document: whoever adds or changes one adds words, and removes those no document
    # holds any more, as does whoever removes documents.
    "company_search_word": Table(select=VIEW_COMPANIES, insert=EDIT_OR_MERGE, delete=EDIT_OR_MERGE | IMPORT),
    # -- imports (models.importing): the history and the remembered mappings --
    "import_batch": Table(select=IMPORT, insert=IMPORT, update=IMPORT),
    "import_mapping": Table(select=IMPORT, insert=IMPORT, update=IMPORT),
    # -- the audit trail: written only by the database's own triggers (models.server.audit), which
    # run as the owner; read by the company history, the audit log and the inzage. A login given
    # INSERT here could name anyone as the author of a change: nobody gets it.
    "audit_entry": Table(select=_p(P.VIEW_COMPANY_HISTORY, P.VIEW_AUDIT_LOG, P.MANAGE_PRIVACY)),
    # -- consultations: the contact summary (the desk) reads when and about what, never the report;
    # the ambitions count them --
    "interaction": Table(
        select=_p(P.VIEW_CONSULTATIONS, P.VIEW_CONTACT_SUMMARY, P.VIEW_AMBITIONS),
        insert=MOMENT_WRITERS,
        update=_p(P.RECORD_CONSULTATIONS, P.MERGE_COMPANIES),
        hidden={"report": CONSULTATION_READERS},
        rows=Rows(readers=CONSULTATION_READERS, others="NOT confidential"),
    ),
    "interaction_official": Table(
        select=CONSULTATION_READERS, insert=MOMENT_WRITERS, delete=_p(P.RECORD_CONSULTATIONS)
    ),
    "interaction_contact": Table(
        select=CONSULTATION_READERS,
        insert=MOMENT_WRITERS,
        update=MERGERS,
        delete=_p(P.RECORD_CONSULTATIONS),
    ),
    "agreement": Table(
        select=_p(P.VIEW_CONSULTATIONS, P.VIEW_CONTACT_SUMMARY, P.VIEW_AMBITIONS),
        insert=MOMENT_WRITERS,
        update=_p(P.RECORD_CONSULTATIONS, P.MERGE_COMPANIES),
        # Visible when its contact moment is (whose own policy hides the confidential ones).
        rows=Rows(
            readers=CONSULTATION_READERS,
            others="EXISTS (SELECT 1 FROM {schema}.interaction i WHERE i.id = interaction_id)",
        ),
    ),
    # -- attachments in a company's file: read like contact reports, added with contact moments; the
    # bytes apart (models.attachments). A merge moves them; the company's removal takes them along.
    "attachment": Table(
        select=CONSULTATION_READERS,
        insert=_p(P.RECORD_CONSULTATIONS),
        update=MERGERS,
        delete=_p(P.RECORD_CONSULTATIONS),
    ),
    "attachment_content": Table(
        select=CONSULTATION_READERS, insert=_p(P.RECORD_CONSULTATIONS), delete=_p(P.RECORD_CONSULTATIONS)
    ),
    # -- the desk and the knowledge base --
    "desk_question": Table(
        select=_p(P.DESK, P.MANAGE_PRIVACY, P.MERGE_COMPANIES),
        insert=_p(P.DESK),
        update=PRIVACY | MERGERS,
        delete=PRIVACY,
    ),
    "knowledge_article": Table(
        select=_p(P.VIEW_KNOWLEDGE), insert=_p(P.EDIT_KNOWLEDGE), update=_p(P.EDIT_KNOWLEDGE)
    ),
    "knowledge_search": Table(
        select=_p(P.VIEW_KNOWLEDGE), insert=_p(P.EDIT_KNOWLEDGE), update=_p(P.EDIT_KNOWLEDGE)
    ),
    # -- signals: everyone reports and reads them, handlers alone read who reported them --
    "signal_category": Table(
        select=_p(P.VIEW_SIGNALS, P.EDIT_ROUNDS),
        insert=_p(P.CONFIGURE_SIGNALS),
        update=_p(P.CONFIGURE_SIGNALS),
    ),
    "feedback_template": Table(
        select=_p(P.VIEW_SIGNALS), insert=_p(P.CONFIGURE_SIGNALS), update=_p(P.CONFIGURE_SIGNALS)
    ),
    "signal": Table(
        select=_p(P.VIEW_SIGNALS),
        insert=_p(P.REPORT_SIGNALS),
        update=_p(P.HANDLE_SIGNALS, P.MANAGE_PRIVACY, P.MERGE_COMPANIES),
        delete=PRIVACY,  # the retention run and nothing else
        hidden={
            "reporter_name": HANDLERS,
            "reporter_phone": HANDLERS,
            "reporter_email": HANDLERS,
            "reporter_address": HANDLERS,  # a postal address for a reporter without e-mail
            "search_text": HANDLERS,  # the folded words a signal is found by, the reporter's among them
        },
    ),
    "signal_event": Table(
        select=_p(P.VIEW_SIGNALS),
        insert=_p(P.REPORT_SIGNALS, P.HANDLE_SIGNALS),
        update=PRIVACY,  # feedback texts blanked by an erasure
        delete=PRIVACY,  # with their signal, by the retention run
        hidden={"feedback": HANDLERS},  # the message to the reporter, with their name in it
    ),
    # -- reporter satisfaction: handlers record a reaction, everyone who views signals counts them
    # (the hotspots); the reporter's own words only for the handlers. Administrators keep the reasons.
    "signal_reaction_reason": Table(
        select=_p(P.VIEW_SIGNALS), insert=_p(P.CONFIGURE_SIGNALS), update=_p(P.CONFIGURE_SIGNALS)
    ),
    "signal_reaction": Table(
        select=_p(P.VIEW_SIGNALS),
        insert=HANDLERS,
        update=PRIVACY,  # the reporter's words redacted by an erasure
        delete=PRIVACY,  # with their signal, by the retention run
        hidden={"comment": HANDLERS},
    ),
    # -- ambitions --
    "ambition_plan": Table(select=AMBITIONS_READ, insert=AMBITIONS_WRITE, update=AMBITIONS_WRITE),
    "ambition": Table(select=AMBITIONS_READ, insert=AMBITIONS_WRITE, update=AMBITIONS_WRITE),
    "ambition_action": Table(
        select=AMBITIONS_READ, insert=ACTION_WRITERS, update=ACTION_WRITERS, write_rows=LED_ACTIONS
    ),
    "action_agreement": Table(
        select=AMBITIONS_READ, insert=ACTION_WRITERS, delete=ACTION_WRITERS, write_rows=LED_LINKS
    ),
    # A merge moves any action's companies (update); a kartrekker links their own actions' only.
    "action_company": Table(
        select=AMBITIONS_READ,
        insert=ACTION_WRITERS,
        update=MERGERS,
        delete=ACTION_WRITERS,
        write_rows=Rows(readers=AMBITIONS_WRITE | MERGERS, others=LED_LINKS.others),
    ),
    "respondent": Table(select=AMBITIONS_READ, insert=AMBITIONS_WRITE, update=AMBITIONS_WRITE | MERGERS),
    "idea": Table(select=AMBITIONS_READ, insert=AMBITIONS_WRITE, update=AMBITIONS_WRITE),
    "idea_ambition": Table(select=AMBITIONS_READ, insert=AMBITIONS_WRITE, delete=AMBITIONS_WRITE),
    "indicator": Table(select=AMBITIONS_READ, insert=AMBITIONS_WRITE, update=AMBITIONS_WRITE),
    "measurement": Table(
        select=AMBITIONS_READ, insert=AMBITIONS_WRITE, update=AMBITIONS_WRITE, delete=AMBITIONS_WRITE
    ),
    # -- rounds; the hotspots (everyone who views signals) count the observations: where and what
    # kind, not what was found nor whom the supervisor spoke with --
    "supervision_round": Table(select=ROUNDS_READ, insert=ROUNDS_WRITE, update=ROUNDS_WRITE),
    "supervision_round_official": Table(select=ROUNDS_READ, insert=ROUNDS_WRITE, delete=ROUNDS_WRITE),
    "observation": Table(
        select=_p(P.VIEW_ROUNDS, P.VIEW_SIGNALS),
        insert=ROUNDS_WRITE,
        update=ROUNDS_WRITE | MERGERS,
        hidden={
            "finding": ROUNDS_READ,
            "action": ROUNDS_READ,
            "spoke_with": ROUNDS_READ,
            "search_text": ROUNDS_READ,  # the folded words of the three above (revision 0012)
            "contact_id": ROUNDS_READ,  # the contact person spoken with
        },
    ),
}

# -- privacy (AVG): the periods and the log of what was anonymised or removed (counts, never data) --
TABLES["retention_setting"] = Table(select=PRIVACY, insert=PRIVACY, update=PRIVACY)
TABLES["privacy_log"] = Table(select=PRIVACY, insert=PRIVACY)

# -- duplicates: a "Geen dubbel" decision is made by whoever may merge, read by whoever sees the
# candidates; the merge log (and what each merge moved) is written by a merge and its undo --
TABLES["duplicate_decision"] = Table(select=VIEW_COMPANIES, insert=MERGERS)
# A merge of contact persons keeps their values for undo: an erasure blanks them (models/privacy/scrub.py).
TABLES["merge_log"] = Table(select=VIEW_COMPANIES, insert=MERGERS, update=MERGERS | PRIVACY)
TABLES["merge_move"] = Table(select=MERGERS, insert=MERGERS)

# -- offline sync (models.offline): a laptop's receipt and its changes, written with the changes
# themselves by whoever synchronises (any official may take a set along); never changed after --
TABLES["offline_sync"] = Table(select=ANYONE, insert=ANYONE)
TABLES["offline_change"] = Table(select=ANYONE, insert=ANYONE)

# Tables that are not entities: the search indexes (written by models.fulltext) and Alembic's.
EXTRA_TABLES = ("company_search", "company_search_word", "knowledge_search", "alembic_version")
COMMANDS = ("SELECT", "INSERT", "UPDATE", "DELETE")


def declared_tables() -> set[str]:
    """Every table the schema has: each must have a rule (a test fails on a table without one)."""
    return {*schema.metadata.tables, *EXTRA_TABLES}


def undeclared() -> set[str]:
    return declared_tables() - set(TABLES)


def _allows(granted: frozenset[Permission], needed: frozenset[Permission]) -> bool:
    return bool(granted & needed)


@dataclass(frozen=True, kw_only=True)
class Grant:
    """What one role gets on one table. ``select_columns`` None: every column (table-level)."""

    commands: frozenset[str]
    select_columns: tuple[str, ...] | None = None
    all_rows: bool = True  # False: only the rows the table's ``Rows.others`` condition lets through


def grant(role: Role, table: str, columns: list[str]) -> Grant:
    """What ``role`` may do to ``table`` (whose columns are ``columns``), derived from the declaration."""
    rule = TABLES[table]
    granted = ROLE_PERMISSIONS[role]
    commands = frozenset(
        command
        for command, needed in zip(
            COMMANDS, (rule.select, rule.insert, rule.update, rule.delete), strict=True
        )
        if _allows(granted, needed)
    )
    select_columns = None
    if "SELECT" in commands:
        unreadable = {c for c, needed in rule.hidden.items() if not _allows(granted, needed)}
        if unreadable:
            select_columns = tuple(c for c in columns if c not in unreadable)
    all_rows = rule.rows is None or _allows(granted, rule.rows.readers)
    return Grant(commands=commands, select_columns=select_columns, all_rows=all_rows)


def may_read(role: Role, table: str, column: str | None = None) -> bool:
    """Whether the role may read the table (or this column of it) at all."""
    rule = TABLES[table]
    granted = ROLE_PERMISSIONS[role]
    if not _allows(granted, rule.select):
        return False
    return column is None or column not in rule.hidden or _allows(granted, rule.hidden[column])


# -- applying it on the server ----------------------------------------------------------------------


def _columns(session: Session, table: str) -> list[str]:
    return list(
        session.scalars(
            text(
                "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(:t) "
                "AND attnum > 0 AND NOT attisdropped ORDER BY attnum"
            ),
            {"t": f"{quote(current_schema(session))}.{quote(table)}"},
        )
    )


def _sequences(session: Session, table: str) -> list[str]:
    """The sequences that number the table's rows (serial or identity columns)."""
    qualified = f"{quote(current_schema(session))}.{quote(table)}"
    return [
        s
        for s in session.scalars(
            text(
                "SELECT pg_get_serial_sequence(:t, attname) FROM pg_attribute "
                "WHERE attrelid = to_regclass(:t) AND attnum > 0 AND NOT attisdropped"
            ),
            {"t": qualified},
        )
        if s
    ]


def apply(session: Session, installation_group: str) -> None:
    """Give every role's group exactly its declared privileges; the installation's group keeps
    only the use of the schema and reading its version (so that a login in no role group is told
    it has no account, not that the database refused it). Run by the schema's owner; safe to run
    again (it revokes first)."""
    missing = undeclared()
    if missing:  # a programming error: a table was added without saying who may use it
        raise RuntimeError(f"tables without a privilege declaration: {sorted(missing)}")
    schema_name = quote(current_schema(session))
    group = quote(installation_group)
    groups = {role: quote(role_group_name(session, role)) for role in Role}
    everyone = ", ".join([group, *groups.values()])
    # Nothing on the tables by default (a table made later is nobody's until it is declared).
    session.execute(
        text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema_name} REVOKE ALL ON TABLES FROM {everyone}")
    )
    session.execute(
        text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema_name} REVOKE ALL ON SEQUENCES FROM {everyone}")
    )
    session.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema_name} FROM {everyone}"))
    session.execute(text(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema_name} FROM {everyone}"))
    session.execute(text(f"GRANT USAGE ON SCHEMA {schema_name} TO {everyone}"))
    session.execute(text(f"REVOKE CREATE ON SCHEMA {schema_name} FROM {everyone}"))
    if session.scalar(text("SELECT to_regclass(:t)"), {"t": f"{schema_name}.alembic_version"}) is not None:
        session.execute(text(f"GRANT SELECT ON {schema_name}.alembic_version TO {group}"))
    for table in sorted(TABLES):
        qualified = f"{schema_name}.{quote(table)}"
        if session.scalar(text("SELECT to_regclass(:t)"), {"t": qualified}) is None:
            continue  # e.g. a search index of a revision not applied yet
        columns = _columns(session, table)
        sequences = _sequences(session, table)
        rule = TABLES[table]
        if rule.rows is not None or rule.write_rows is not None:
            session.execute(text(f"ALTER TABLE {qualified} ENABLE ROW LEVEL SECURITY"))
        for role, role_group in groups.items():
            given = grant(role, table, columns)
            table_level = [c for c in given.commands if c != "SELECT" or given.select_columns is None]
            if table_level:
                session.execute(
                    text(f"GRANT {', '.join(sorted(table_level))} ON {qualified} TO {role_group}")
                )
            if "SELECT" in given.commands and given.select_columns is not None:
                listed = ", ".join(quote(c) for c in given.select_columns)
                session.execute(text(f"GRANT SELECT ({listed}) ON {qualified} TO {role_group}"))
            if "INSERT" in given.commands:
                for sequence in sequences:
                    session.execute(text(f"GRANT USAGE, SELECT ON SEQUENCE {sequence} TO {role_group}"))
            if rule.write_rows is not None:
                _write_policies(session, qualified, role, role_group, rule.write_rows, schema_name)
            if rule.rows is not None:
                policy = quote(f"rows_{role.value}")
                session.execute(text(f"DROP POLICY IF EXISTS {policy} ON {qualified}"))
                condition = "true" if given.all_rows else rule.rows.others.format(schema=schema_name)
                session.execute(
                    text(
                        f"CREATE POLICY {policy} ON {qualified} FOR ALL TO {role_group} "
                        f"USING ({condition}) WITH CHECK ({condition})"
                    )
                )


def _write_policies(
    session: Session, qualified: str, role: Role, role_group: str, rows: Rows, schema_name: str
) -> None:
    """Everyone reads every row; a role outside ``rows.readers`` adds, changes and removes only
    the rows matching ``rows.others``. One policy per command, so reading is never narrowed."""
    condition = (
        "true" if _allows(ROLE_PERMISSIONS[role], rows.readers) else rows.others.format(schema=schema_name)
    )
    for command, clause in (
        ("SELECT", "USING (true)"),
        ("INSERT", f"WITH CHECK ({condition})"),
        ("UPDATE", f"USING ({condition}) WITH CHECK ({condition})"),
        ("DELETE", f"USING ({condition})"),
    ):
        policy = quote(f"{command.lower()}_{role.value}")
        session.execute(text(f"DROP POLICY IF EXISTS {policy} ON {qualified}"))
        session.execute(text(f"CREATE POLICY {policy} ON {qualified} FOR {command} TO {role_group} {clause}"))
