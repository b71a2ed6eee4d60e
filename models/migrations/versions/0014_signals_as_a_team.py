"""signals as a team

Revision ID: 0014
Revises: 0011
Create Date: 2026-12-03

Signals as a team handles them (issue 18): a behandelaar per signal (``signal.handler_id``, with
an index for a handler's open signals in Mijn werk) and a postal address for a reporter without
e-mail (``signal.reporter_address``, a reporter's detail like the others: hidden from the roles
that do not handle signals, retained and erased with them).

On SQLite a plain ADD COLUMN (with its named REFERENCES clause): batch mode would copy the whole
``signal`` table, and with it drop the word index's triggers of revision 0011.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0011"
branch_labels = None
depends_on = None

HANDLER_FK = "fk_signal_handler_id_app_user"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"ALTER TABLE signal ADD COLUMN handler_id INTEGER CONSTRAINT {HANDLER_FK} REFERENCES app_user (id)"
        )
    else:
        op.add_column("signal", sa.Column("handler_id", sa.Integer(), nullable=True))
        op.create_foreign_key(HANDLER_FK, "signal", "app_user", ["handler_id"], ["id"])
    op.add_column("signal", sa.Column("reporter_address", sa.String(length=300), nullable=True))
    op.create_index("ix_signal_handler_status", "signal", ["handler_id", "status"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_signal_handler_status", table_name="signal")
    if op.get_bind().dialect.name == "sqlite":
        # SQLite 3.35+ drops a column in place (no batch copy, the 0011 triggers stay).
        op.execute("ALTER TABLE signal DROP COLUMN reporter_address")
        op.execute("ALTER TABLE signal DROP COLUMN handler_id")
    else:
        op.drop_column("signal", "reporter_address")
        op.drop_constraint(HANDLER_FK, "signal", type_="foreignkey")
        op.drop_column("signal", "handler_id")
