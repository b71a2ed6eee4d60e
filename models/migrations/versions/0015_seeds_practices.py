"""seeds practices

Revision ID: 0015
Revises: 0011
Create Date: 2026-12-03

The seeds' practices, complete (issue 18):

* a co-creation respondent is a starter or an established business (``respondent.stage``),
  apart from the size of the company (input received in writing needs no column: the channel is a
  plain string, ``written`` is a new value);
* the kartrekker both ambtelijk (an official: ``ambition_plan.lead_id``; an ambition already has
  ``lead_id``) and bestuurlijk (a portfolio holder by name and portfolio, on the plan and per
  ambition);
* an action names the indicator it should move (``ambition_action.indicator_id``);
* an observation's address takes a postcode and a place (two streets of one name exist), and the
  person spoken with can be one of the company's contact persons (``observation.contact_id``).

Every column is new and empty. On SQLite a plain ADD COLUMN (with its named REFERENCES clause for a
reference), as in 0010: batch mode would copy whole tables for empty columns. The audit triggers and
the privileges of a shared server are per table, so the new columns are audited and granted as
their tables are.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_COLUMNS = [
    ("respondent", sa.Column("stage", sa.String(length=20), nullable=True)),
    ("ambition_plan", sa.Column("portfolio_holder", sa.String(length=200), nullable=True)),
    ("ambition_plan", sa.Column("portfolio", sa.String(length=200), nullable=True)),
    ("ambition", sa.Column("portfolio_holder", sa.String(length=200), nullable=True)),
    ("ambition", sa.Column("portfolio", sa.String(length=200), nullable=True)),
    ("observation", sa.Column("postcode", sa.String(length=7), nullable=True)),
    ("observation", sa.Column("place", sa.String(length=120), nullable=True)),
]
# (table, column, referred table)
_REFERENCES = [
    ("ambition_plan", "lead_id", "app_user"),
    ("ambition_action", "indicator_id", "indicator"),
    ("observation", "contact_id", "contact"),
]


def _add_reference(table: str, column: str, referred: str) -> None:
    constraint = f"fk_{table}_{column}_{referred}"
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN {column} INTEGER CONSTRAINT {constraint} REFERENCES {referred} (id)"
        )
    else:
        op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
        op.create_foreign_key(constraint, table, referred, [column], ["id"])


def upgrade() -> None:
    for table, new_column in _COLUMNS:
        op.add_column(table, new_column)
    for table, name, referred in _REFERENCES:
        _add_reference(table, name, referred)
    op.create_index("ix_ambition_action_indicator_id", "ambition_action", ["indicator_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_ambition_action_indicator_id", table_name="ambition_action")
    for table, name, referred in reversed(_REFERENCES):
        with op.batch_alter_table(table) as batch:
            if op.get_bind().dialect.name != "sqlite":
                batch.drop_constraint(f"fk_{table}_{name}_{referred}", type_="foreignkey")
            batch.drop_column(name)
    for table, new_column in reversed(_COLUMNS):
        with op.batch_alter_table(table) as batch:
            batch.drop_column(new_column.name)
