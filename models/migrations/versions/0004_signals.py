"""signals

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Signals (meldingen) with their category tree, status history with the feedback given to the
reporter, and the feedback templates the administrator edits.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feedback_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "reported",
                "handling",
                "scheduled",
                "done",
                "reopened",
                "cancelled",
                name="signal_status",
                native_enum=False,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_feedback_template_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_template")),
    )
    op.create_table(
        "signal_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("target_days", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["signal_category.id"], name=op.f("fk_signal_category_parent_id_signal_category")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_signal_category_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signal_category")),
    )
    op.create_table(
        "signal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "source",
            sa.Enum(
                "citizen",
                "entrepreneur",
                "survey",
                "social_media",
                "supervisor",
                name="signal_source",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "reported",
                "handling",
                "scheduled",
                "done",
                "reopened",
                "cancelled",
                name="signal_status",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("street", sa.String(length=120), nullable=True),
        sa.Column("house_number", sa.String(length=20), nullable=True),
        sa.Column("postcode", sa.String(length=7), nullable=True),
        sa.Column("city", sa.String(length=80), nullable=True),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("reporter_name", sa.String(length=200), nullable=True),
        sa.Column("reporter_phone", sa.String(length=20), nullable=True),
        sa.Column("reporter_email", sa.String(length=254), nullable=True),
        sa.Column("wants_contact", sa.Boolean(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["area_id"], ["area.id"], name=op.f("fk_signal_area_id_area")),
        sa.ForeignKeyConstraint(
            ["category_id"], ["signal_category.id"], name=op.f("fk_signal_category_id_signal_category")
        ),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_signal_company_id_company")),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_signal_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signal")),
    )
    op.create_index("ix_signal_area_reported", "signal", ["area_id", "reported_at"], unique=False)
    op.create_index("ix_signal_category_reported", "signal", ["category_id", "reported_at"], unique=False)
    op.create_index(op.f("ix_signal_company_id"), "signal", ["company_id"], unique=False)
    op.create_index("ix_signal_reported_at", "signal", ["reported_at"], unique=False)
    op.create_index(op.f("ix_signal_reporter_email"), "signal", ["reporter_email"], unique=False)
    op.create_index(op.f("ix_signal_reporter_phone"), "signal", ["reporter_phone"], unique=False)
    op.create_index("ix_signal_status_due", "signal", ["status", "due_date"], unique=False)
    op.create_table(
        "signal_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("signal_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column(
            "from_status",
            sa.Enum(
                "reported",
                "handling",
                "scheduled",
                "done",
                "reopened",
                "cancelled",
                name="signal_status",
                native_enum=False,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "reported",
                "handling",
                "scheduled",
                "done",
                "reopened",
                "cancelled",
                name="signal_status",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("found", sa.Text(), nullable=True),
        sa.Column("done", sa.Text(), nullable=True),
        sa.Column("planned", sa.Text(), nullable=True),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("feedback", sa.Text(), nullable=True),
        sa.Column("template_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["signal_id"], ["signal.id"], name=op.f("fk_signal_event_signal_id_signal"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["feedback_template.id"],
            name=op.f("fk_signal_event_template_id_feedback_template"),
        ),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_signal_event_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signal_event")),
    )
    op.create_index("ix_signal_event_signal", "signal_event", ["signal_id", "at"], unique=False)


def downgrade() -> None:
    op.drop_table("signal_event")
    op.drop_table("signal")
    op.drop_table("signal_category")
    op.drop_table("feedback_template")
