"""races

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-03

Races found by testing two desks at once (issue 19):

* one draft per ambition plan: a partial unique index on ``ambition_plan.status`` for the rows
  that are drafts, so two officials pressing *Nieuwe versie* at once cannot both make one (the
  second is told who made the draft, ``models.ambitions.services.new_version``);
* a client's token on new records (``client_token``: a uuid the form makes once) of the kinds a
  person creates through the worker, whose automatic retry after a lost answer would otherwise
  create them twice: companies, contact moments, signals, observations and desk questions.
  Unique where given.

On SQLite both are plain ``ADD COLUMN`` and ``CREATE INDEX``: batch mode would copy whole tables
(and drop ``signal``'s search triggers of 0011) for one empty column.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TOKEN_TABLES = ("company", "interaction", "signal", "observation", "desk_question")


def upgrade() -> None:
    op.create_index(
        "uq_ambition_plan_one_draft",
        "ambition_plan",
        ["status"],
        unique=True,
        sqlite_where=sa.text("status = 'draft'"),
        postgresql_where=sa.text("status = 'draft'"),
    )
    for table in TOKEN_TABLES:
        op.add_column(table, sa.Column("client_token", sa.String(length=36), nullable=True))
        op.create_index(f"uq_{table}_client_token", table, ["client_token"], unique=True)


def downgrade() -> None:
    for table in reversed(TOKEN_TABLES):
        op.drop_index(f"uq_{table}_client_token", table_name=table)
        # Not in batch mode: copying the table would fail on the rows that refer to it and drop the
        # word-index triggers of revisions 0011 and 0012 (SQLite 3.35+ drops a column in place).
        op.execute(f"ALTER TABLE {table} DROP COLUMN client_token")
    op.drop_index("uq_ambition_plan_one_draft", table_name="ambition_plan")
