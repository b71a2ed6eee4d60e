"""list sort indexes

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03

The company list sorted by a column but the name (issue 20): at 250,000 companies every sort
by city, address, area, sector or account manager sorted the whole table before showing its
first screen (0.7-1.1 s). These indexes hold each sort key exactly as the list's query writes it
(``lower()`` for text as a person reads it, the leading number of a house number), only for
main establishments, so that the first screen is read from the index in order. The officials,
areas and sectors are indexed by their lowercased names so that the database can walk them in
order and fetch each one's companies from the indexes on ``account_manager_id``, ``area_id`` and
``sbi_code``. The statements are written out so that this revision never changes.
"""

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_INDEXES = {
    "ix_establishment_main_address": (
        "establishment",
        "lower(street), {leading_number}, house_number, company_id",
        True,
    ),
    "ix_establishment_main_city": ("establishment", "lower(city), company_id", True),
    "ix_establishment_main_area": ("establishment", "area_id, company_id", True),
    "ix_establishment_main_sector": ("establishment", "sbi_code, company_id", True),
    "ix_area_sort_name": ("area", "lower(name)", False),
    "ix_sector_sort_name": ("sector", "lower(name)", False),
    "ix_app_user_sort_name": ("app_user", "lower(full_name)", False),
}


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    leading_number = (
        "CAST(house_number AS INTEGER)"
        if sqlite
        else "CAST(substring(house_number from '^[0-9]+') AS INTEGER)"
    )
    for name, (table, columns, main_only) in _INDEXES.items():
        where = (" WHERE is_main = 1" if sqlite else " WHERE is_main") if main_only else ""
        op.execute(f"CREATE INDEX {name} ON {table} ({columns.format(leading_number=leading_number)}){where}")
    if not sqlite:
        op.execute("ANALYZE establishment, area, sector, app_user")


def downgrade() -> None:
    for name in _INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
