"""list sort statistics and company names by id

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-03

The company list sorted by place (issue 20). Its first screen is read per place, each place's
companies by name (``models.companies.listing``): PostgreSQL walks the name index and picks the
companies of that place, a few milliseconds, but only when it knows that a place holds tens of
thousands of companies. It has no statistics for ``lower(city)`` (those of the expression index of
revision 0018 are not used: the index is partial) and guessed 1,248 companies in 's-graveland
where there are 32,790, then fetched and sorted all of them (290-340 ms at 250,000 companies).
Statistics on the expression itself (PostgreSQL 14 and later) give the planner the real counts:
15-18 ms.

The list sorted by a status, area or sector descending starts with a value few companies have
("verhuisd", one sector of fifty): PostgreSQL fetches them from the value's index and then needs
each one's name, a visit to the company table per company. ``ix_company_active_id_name`` holds
the name by id for active companies, so that those visits read the index alone (EXPLAIN ANALYZE
of the first screen at 250,000 companies, same copy before and after: area descending 320 -> 63
ms, sector descending 360 -> 181 ms, status descending 254 -> 152 ms). PostgreSQL 14 and later; the index, like the statistics, is PostgreSQL's own
(``models.migrations.UNCOMPARABLE_INDEXES``).

SQLite needs neither: its list is not read per place, and its company table is kept by id, the
name beside it; an index of ids made SQLite scan it in full and sort the list by postcode. Nothing
is done there, up or down.
"""

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

STATISTICS = "st_establishment_city_sort"
INDEX = "ix_company_active_id_name"


def _applies() -> bool:
    bind = op.get_bind()
    return bind.dialect.name == "postgresql" and (bind.dialect.server_version_info or (0,)) >= (14,)


def upgrade() -> None:
    if not _applies():
        return
    op.execute(f"CREATE INDEX {INDEX} ON company (id, name_folded) WHERE archived_at IS NULL")
    op.execute(f"CREATE STATISTICS {STATISTICS} ON (lower(city)) FROM establishment")
    op.execute("ANALYZE company, establishment")


def downgrade() -> None:
    if not _applies():
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    op.execute(f"DROP STATISTICS IF EXISTS {STATISTICS}")
