"""hotspot indexes

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23

Covering indexes for the hotspot overview: signals per area, category or street in a period
with their status and due date (for the overdue count), and observations in a period with area,
category and street, all read from the index alone (a year of 200,000 signals: ~2.7 s → ~0.27 s
on SQLite). They replace the narrower (area, reported_at), (category, reported_at) and
(observed_at) indexes, whose work they do as well.
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("signal", schema=None) as batch_op:
        batch_op.drop_index("ix_signal_area_reported")
        batch_op.drop_index("ix_signal_category_reported")
        batch_op.create_index(
            "ix_signal_area_period", ["area_id", "reported_at", "status", "due_date"], unique=False
        )
        batch_op.create_index(
            "ix_signal_category_period", ["category_id", "reported_at", "status", "due_date"], unique=False
        )
        batch_op.create_index(
            "ix_signal_street_period", ["street", "reported_at", "status", "due_date"], unique=False
        )
    with op.batch_alter_table("observation", schema=None) as batch_op:
        batch_op.drop_index("ix_observation_time")
        batch_op.create_index(
            "ix_observation_period", ["observed_at", "area_id", "category_id", "street"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("observation", schema=None) as batch_op:
        batch_op.drop_index("ix_observation_period")
        batch_op.create_index("ix_observation_time", ["observed_at"], unique=False)
    with op.batch_alter_table("signal", schema=None) as batch_op:
        batch_op.drop_index("ix_signal_street_period")
        batch_op.drop_index("ix_signal_category_period")
        batch_op.drop_index("ix_signal_area_period")
        batch_op.create_index("ix_signal_category_reported", ["category_id", "reported_at"], unique=False)
        batch_op.create_index("ix_signal_area_reported", ["area_id", "reported_at"], unique=False)
