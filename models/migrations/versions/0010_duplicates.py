"""duplicates

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

Duplicates (issue 16): a merged company or contact person stays as a tombstone pointing to the
survivor (``merged_into_id``); the pairs a person said are not the same (``duplicate_decision``);
every merge with the values both records had and exactly which linked records it moved
(``merge_log``, ``merge_move``), so that it can be undone. Indexes on the phone numbers and e-mail
addresses of companies and establishments, so that one file's possible duplicates are found fast.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _add_merged_into(table: str) -> None:
    """``<table>.merged_into_id``, a reference to the same table. On SQLite a plain ADD COLUMN
    with its (named) REFERENCES clause: batch mode would copy the whole table (250,000 companies)
    and rebuild its partial indexes for one empty column."""
    constraint = f"fk_{table}_merged_into_id_{table}"
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN merged_into_id INTEGER "
            f"CONSTRAINT {constraint} REFERENCES {table} (id)"
        )
    else:
        op.add_column(table, sa.Column("merged_into_id", sa.Integer(), nullable=True))
        op.create_foreign_key(constraint, table, table, ["merged_into_id"], ["id"])
    op.create_index(f"ix_{table}_merged_into_id", table, ["merged_into_id"], unique=False)


def upgrade() -> None:
    op.create_table(
        "duplicate_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("low_id", sa.Integer(), nullable=False),
        sa.Column("high_id", sa.Integer(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["decided_by_id"], ["app_user.id"], name=op.f("fk_duplicate_decision_decided_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_decision")),
        sa.UniqueConstraint("kind", "low_id", "high_id", name="uq_duplicate_decision_pair"),
    )
    op.create_table(
        "merge_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("survivor_id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("survivor_name", sa.String(length=200), nullable=False),
        sa.Column("merged_name", sa.String(length=200), nullable=False),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("merged_by_id", sa.Integer(), nullable=True),
        sa.Column("survivor_before", sa.Text(), nullable=False),
        sa.Column("survivor_after", sa.Text(), nullable=False),
        sa.Column("merged_before", sa.Text(), nullable=False),
        sa.Column("moved", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["merged_by_id"], ["app_user.id"], name=op.f("fk_merge_log_merged_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["undone_by_id"], ["app_user.id"], name=op.f("fk_merge_log_undone_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_log")),
    )
    op.create_index("ix_merge_log_merged", "merge_log", ["kind", "merged_id"], unique=False)
    op.create_index(op.f("ix_merge_log_merged_at"), "merge_log", ["merged_at"], unique=False)
    op.create_index("ix_merge_log_survivor", "merge_log", ["kind", "survivor_id"], unique=False)
    op.create_table(
        "merge_move",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("merge_log_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("column_name", sa.String(length=60), nullable=False),
        sa.Column("row_key", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["merge_log_id"], ["merge_log.id"], name=op.f("fk_merge_move_merge_log_id_merge_log")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_move")),
    )
    op.create_index("ix_merge_move_log", "merge_move", ["merge_log_id"], unique=False)
    _add_merged_into("company")
    _add_merged_into("contact")
    # The companies sharing a phone number or e-mail address with one file, from an index.
    for table in ("company", "establishment"):
        for column in ("phone", "email"):
            op.create_index(f"ix_{table}_{column}", table, [column], unique=False)


def downgrade() -> None:
    for table in ("company", "establishment"):
        for column in ("phone", "email"):
            op.drop_index(f"ix_{table}_{column}", table_name=table)
    for table in ("contact", "company"):
        op.drop_index(f"ix_{table}_merged_into_id", table_name=table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            if op.get_bind().dialect.name != "sqlite":
                batch_op.drop_constraint(f"fk_{table}_merged_into_id_{table}", type_="foreignkey")
            batch_op.drop_column("merged_into_id")
    op.drop_index("ix_merge_move_log", table_name="merge_move")
    op.drop_table("merge_move")
    op.drop_index("ix_merge_log_survivor", table_name="merge_log")
    op.drop_index(op.f("ix_merge_log_merged_at"), table_name="merge_log")
    op.drop_index("ix_merge_log_merged", table_name="merge_log")
    op.drop_table("merge_log")
    op.drop_table("duplicate_decision")
