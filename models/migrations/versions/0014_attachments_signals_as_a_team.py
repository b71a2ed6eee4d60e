"""signals as a team, attachments

Revision ID: 0014
Revises: 0011
Create Date: 2026-12-03

A company file keeps attachments (issue 18): ``attachment`` describes one (name, type, size, who
and when; versioned and audited like its siblings), ``attachment_content`` holds its bytes apart.
Both go with their company (ON DELETE CASCADE).

Signals as a team handles them (issue 18): a behandelaar per signal (``signal.handler_id``, with
an index for a handler's open signals in Mijn werk) and a postal address for a reporter without
e-mail (``signal.reporter_address``, a reporter's detail like the others: hidden from the roles
that do not handle signals, retained and erased with them). An index on the signal's postcode and
house number finds the signals at a company's addresses.

On SQLite a plain ADD COLUMN (with its named REFERENCES clause): batch mode would copy the whole
``signal`` table, and with it drop the word index's triggers of revision 0011.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

HANDLER_FK = "fk_signal_handler_id_app_user"


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=127), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_attachment_company_id_company"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_attachment_interaction_id_interaction"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["added_by_id"], ["app_user.id"], name=op.f("fk_attachment_added_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_attachment_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    op.create_index("ix_attachment_company", "attachment", ["company_id", "created_at"], unique=False)
    op.create_index(op.f("ix_attachment_interaction_id"), "attachment", ["interaction_id"], unique=False)
    op.create_table(
        "attachment_content",
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_attachment_content_attachment_id_attachment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attachment_id", name=op.f("pk_attachment_content")),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"ALTER TABLE signal ADD COLUMN handler_id INTEGER CONSTRAINT {HANDLER_FK} REFERENCES app_user (id)"
        )
    else:
        op.add_column("signal", sa.Column("handler_id", sa.Integer(), nullable=True))
        op.create_foreign_key(HANDLER_FK, "signal", "app_user", ["handler_id"], ["id"])
    op.add_column("signal", sa.Column("reporter_address", sa.String(length=300), nullable=True))
    op.create_index("ix_signal_handler_status", "signal", ["handler_id", "status"], unique=False)
    op.create_index("ix_signal_postcode_number", "signal", ["postcode", "house_number"], unique=False)


def downgrade() -> None:
    op.drop_table("attachment_content")
    op.drop_index(op.f("ix_attachment_interaction_id"), table_name="attachment")
    op.drop_index("ix_attachment_company", table_name="attachment")
    op.drop_table("attachment")
    op.drop_index("ix_signal_postcode_number", table_name="signal")
    op.drop_index("ix_signal_handler_status", table_name="signal")
    if op.get_bind().dialect.name == "sqlite":
        # SQLite 3.35+ drops a column in place (no batch copy, the 0011 triggers stay).
        op.execute("ALTER TABLE signal DROP COLUMN reporter_address")
        op.execute("ALTER TABLE signal DROP COLUMN handler_id")
    else:
        op.drop_column("signal", "reporter_address")
        op.drop_constraint(HANDLER_FK, "signal", type_="foreignkey")
        op.drop_column("signal", "handler_id")
