"""offline sync: the server's receipts of synchronised laptops

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03

A laptop that worked offline sends its changes in one transaction with a receipt
(``offline_sync``) under a token it chose before sending (issue 22, docs/offline-sync.md): a
repeated attempt whose answer was lost finds the receipt and sends nothing twice. Each record
sent gets an ``offline_change`` row saying when it was done offline, in server time; the audit
trail's own entries say when it was synchronised.
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "offline_sync",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("device", sa.String(length=120), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("synced_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("clock_skew_seconds", sa.Integer(), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("id_map", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_offline_sync_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offline_sync")),
        sa.UniqueConstraint("token", name=op.f("uq_offline_sync_token")),
    )
    op.create_index(op.f("ix_offline_sync_user_id"), "offline_sync", ["user_id"])
    op.create_table(
        "offline_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sync_id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["sync_id"],
            ["offline_sync.id"],
            name=op.f("fk_offline_change_sync_id_offline_sync"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offline_change")),
    )
    op.create_index(op.f("ix_offline_change_sync_id"), "offline_change", ["sync_id"])
    op.create_index("ix_offline_change_record", "offline_change", ["entity", "entity_id"])


def downgrade() -> None:
    op.drop_table("offline_change")
    op.drop_table("offline_sync")
