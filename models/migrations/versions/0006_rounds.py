"""rounds

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

Supervision rounds with their supervisors, and the observations made on them (each
possibly followed up by an agreement or a signal).
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "supervision_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["area_id"], ["area.id"], name=op.f("fk_supervision_round_area_id_area")),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_supervision_round_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_round")),
    )
    op.create_index(op.f("ix_supervision_round_held_on"), "supervision_round", ["held_on"], unique=False)
    op.create_table(
        "supervision_round_official",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["supervision_round.id"],
            name=op.f("fk_supervision_round_official_round_id_supervision_round"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_supervision_round_official_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("round_id", "user_id", name=op.f("pk_supervision_round_official")),
    )
    op.create_index(
        op.f("ix_supervision_round_official_user_id"), "supervision_round_official", ["user_id"], unique=False
    )
    op.create_table(
        "observation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("observed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("street", sa.String(length=120), nullable=True),
        sa.Column("house_number", sa.String(length=20), nullable=True),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("finding", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=True),
        sa.Column("spoke_with", sa.String(length=200), nullable=True),
        sa.Column("follow_up", sa.Boolean(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        sa.Column("signal_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_observation_agreement_id_agreement")
        ),
        sa.ForeignKeyConstraint(["area_id"], ["area.id"], name=op.f("fk_observation_area_id_area")),
        sa.ForeignKeyConstraint(
            ["category_id"], ["signal_category.id"], name=op.f("fk_observation_category_id_signal_category")
        ),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_observation_company_id_company")
        ),
        sa.ForeignKeyConstraint(
            ["round_id"], ["supervision_round.id"], name=op.f("fk_observation_round_id_supervision_round")
        ),
        sa.ForeignKeyConstraint(["signal_id"], ["signal.id"], name=op.f("fk_observation_signal_id_signal")),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_observation_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observation")),
    )
    op.create_index("ix_observation_company_time", "observation", ["company_id", "observed_at"], unique=False)
    op.create_index("ix_observation_round", "observation", ["round_id", "observed_at"], unique=False)
    op.create_index("ix_observation_time", "observation", ["observed_at"], unique=False)


def downgrade() -> None:
    op.drop_table("observation")
    op.drop_table("supervision_round_official")
    op.drop_table("supervision_round")
