"""imports

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

Importing a company list (models.importing): ``import_batch`` (who imported which file when, the
counts per class, the mapping and the error report), ``import_mapping`` (mappings remembered per
set of columns), and ``audit_entry.import_batch_id``: the trail's entries an import wrote are
marked with its number, so that the import can be undone from the trail.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("file_kind", sa.String(length=10), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("report", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_import_batch_user_id_app_user")),
        sa.ForeignKeyConstraint(
            ["undone_by_id"], ["app_user.id"], name=op.f("fk_import_batch_undone_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    op.create_index(op.f("ix_import_batch_at"), "import_batch", ["at"], unique=False)
    op.create_table(
        "import_mapping",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("header_key", sa.String(length=64), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("defaults", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mapping")),
        sa.UniqueConstraint("header_key", name=op.f("uq_import_mapping_header_key")),
    )
    with op.batch_alter_table("audit_entry") as batch:
        batch.add_column(sa.Column("import_batch_id", sa.Integer(), nullable=True))
        batch.create_index(op.f("ix_audit_entry_import_batch_id"), ["import_batch_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_index(op.f("ix_audit_entry_import_batch_id"))
        batch.drop_column("import_batch_id")
    op.drop_table("import_mapping")
    op.drop_index(op.f("ix_import_batch_at"), table_name="import_batch")
    op.drop_table("import_batch")
