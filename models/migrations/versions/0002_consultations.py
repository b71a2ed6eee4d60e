"""consultations

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Contact moments (interaction) with their officials and contact persons, the agreements
made in them, and settings shared by everyone on the database (the identity on PDFs).
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
    )
    op.create_table(
        "interaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "visit",
                "phone",
                "email",
                "desk",
                "round",
                "meeting",
                name="channel",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("report", sa.Text(), nullable=True),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_interaction_company_id_company")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_interaction_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction")),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index("ix_interaction_company_time", ["company_id", "occurred_at"], unique=False)

    op.create_table(
        "agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "responsible",
            sa.Enum(
                "municipality",
                "entrepreneur",
                "third_party",
                name="responsible",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "done",
                "dropped",
                name="agreement_status",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("status_note", sa.Text(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["app_user.id"], name=op.f("fk_agreement_assignee_id_app_user")
        ),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_agreement_company_id_company")),
        sa.ForeignKeyConstraint(
            ["interaction_id"], ["interaction.id"], name=op.f("fk_agreement_interaction_id_interaction")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_agreement_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(
            "ix_agreement_assignee_open", ["assignee_id", "status", "due_date", "company_id"], unique=False
        )
        batch_op.create_index("ix_agreement_company_status", ["company_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_interaction_id"), ["interaction_id"], unique=False)
        batch_op.create_index("ix_agreement_status_due", ["status", "due_date", "company_id"], unique=False)
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.create_index(
            "ix_company_archived",
            ["id"],
            unique=False,
            sqlite_where=sa.text("archived_at IS NOT NULL"),
            postgresql_where=sa.text("archived_at IS NOT NULL"),
        )

    op.create_table(
        "interaction_contact",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_interaction_contact_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_interaction_contact_interaction_id_interaction"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("interaction_id", "contact_id", name=op.f("pk_interaction_contact")),
    )
    with op.batch_alter_table("interaction_contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interaction_contact_contact_id"), ["contact_id"], unique=False)

    op.create_table(
        "interaction_official",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_interaction_official_interaction_id_interaction"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_interaction_official_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("interaction_id", "user_id", name=op.f("pk_interaction_official")),
    )
    with op.batch_alter_table("interaction_official", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interaction_official_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("interaction_official", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_official_user_id"))

    op.drop_table("interaction_official")
    with op.batch_alter_table("interaction_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_contact_contact_id"))

    op.drop_table("interaction_contact")
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_company_archived",
            sqlite_where=sa.text("archived_at IS NOT NULL"),
            postgresql_where=sa.text("archived_at IS NOT NULL"),
        )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index("ix_agreement_status_due")
        batch_op.drop_index(batch_op.f("ix_agreement_interaction_id"))
        batch_op.drop_index("ix_agreement_company_status")
        batch_op.drop_index("ix_agreement_assignee_open")

    op.drop_table("agreement")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index("ix_interaction_company_time")

    op.drop_table("interaction")
    op.drop_table("app_setting")
