"""city sort statistics

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

SQLite needs nothing: its list is not read per place; nothing is done there, up or down.
"""

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

STATISTICS = "st_establishment_city_sort"


def _applies() -> bool:
    bind = op.get_bind()
    return bind.dialect.name == "postgresql" and (bind.dialect.server_version_info or (0,)) >= (14,)


def upgrade() -> None:
    if not _applies():
        return
    op.execute(f"CREATE STATISTICS {STATISTICS} ON (lower(city)) FROM establishment")
    op.execute("ANALYZE establishment")


def downgrade() -> None:
    if not _applies():
        return
    op.execute(f"DROP STATISTICS IF EXISTS {STATISTICS}")
