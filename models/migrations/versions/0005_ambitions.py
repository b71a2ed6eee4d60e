"""ambitions

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

The ambition plan and its versions with their ambitions, the co-creation input (respondents,
their ideas and the ambitions they support), actions with their companies and agreements,
indicators and their measurements.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ambition_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("draft", "adopted", "superseded", name="plan_status", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("adopted_on", sa.Date(), nullable=True),
        sa.Column("introduction", sa.Text(), nullable=True),
        sa.Column("previous_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["previous_id"], ["ambition_plan.id"], name=op.f("fk_ambition_plan_previous_id_ambition_plan")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_ambition_plan_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ambition_plan")),
    )
    op.create_table(
        "ambition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("theme", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("lead_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("previous_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["lead_id"], ["app_user.id"], name=op.f("fk_ambition_lead_id_app_user")),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["ambition_plan.id"], name=op.f("fk_ambition_plan_id_ambition_plan")
        ),
        sa.ForeignKeyConstraint(
            ["previous_id"], ["ambition.id"], name=op.f("fk_ambition_previous_id_ambition")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_ambition_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ambition")),
    )
    with op.batch_alter_table("ambition", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ambition_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "respondent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "sector",
            sa.Enum("public", "private", name="respondent_sector", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column(
            "size",
            sa.Enum(
                "self_employed", "sme", "large", "starter", name="company_size", native_enum=False, length=20
            ),
            nullable=True,
        ),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column(
            "channel",
            sa.Enum(
                "email", "phone", "in_person", "meeting", name="input_channel", native_enum=False, length=20
            ),
            nullable=False,
        ),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["area_id"], ["area.id"], name=op.f("fk_respondent_area_id_area")),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_respondent_company_id_company")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_respondent_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_respondent")),
    )
    op.create_table(
        "ambition_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ambition_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "in_progress",
                "done",
                "dropped",
                name="action_status",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["ambition_id"], ["ambition.id"], name=op.f("fk_ambition_action_ambition_id_ambition")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["app_user.id"], name=op.f("fk_ambition_action_owner_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_ambition_action_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ambition_action")),
    )
    with op.batch_alter_table("ambition_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ambition_action_ambition_id"), ["ambition_id"], unique=False)

    op.create_table(
        "idea",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("respondent_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["respondent_id"], ["respondent.id"], name=op.f("fk_idea_respondent_id_respondent")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_idea_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_idea")),
    )
    with op.batch_alter_table("idea", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_idea_respondent_id"), ["respondent_id"], unique=False)

    op.create_table(
        "indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ambition_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("baseline_date", sa.Date(), nullable=True),
        sa.Column("target", sa.Float(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=False),
        sa.Column(
            "direction",
            sa.Enum("higher", "lower", name="direction", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column(
            "source",
            sa.Enum(
                "manual",
                "contact_moments",
                "open_agreements",
                "signals",
                name="indicator_source",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column("plausible_min", sa.Float(), nullable=True),
        sa.Column("plausible_max", sa.Float(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["ambition_id"], ["ambition.id"], name=op.f("fk_indicator_ambition_id_ambition")
        ),
        sa.ForeignKeyConstraint(["area_id"], ["area.id"], name=op.f("fk_indicator_area_id_area")),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_indicator_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
    )
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_ambition_id"), ["ambition_id"], unique=False)

    op.create_table(
        "action_agreement",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["ambition_action.id"],
            name=op.f("fk_action_agreement_action_id_ambition_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_action_agreement_agreement_id_agreement")
        ),
        sa.PrimaryKeyConstraint("action_id", "agreement_id", name=op.f("pk_action_agreement")),
    )
    with op.batch_alter_table("action_agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_agreement_agreement_id"), ["agreement_id"], unique=False)

    op.create_table(
        "action_company",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["ambition_action.id"],
            name=op.f("fk_action_company_action_id_ambition_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_action_company_company_id_company")
        ),
        sa.PrimaryKeyConstraint("action_id", "company_id", name=op.f("pk_action_company")),
    )
    with op.batch_alter_table("action_company", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_company_company_id"), ["company_id"], unique=False)

    op.create_table(
        "idea_ambition",
        sa.Column("idea_id", sa.Integer(), nullable=False),
        sa.Column("ambition_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ambition_id"], ["ambition.id"], name=op.f("fk_idea_ambition_ambition_id_ambition")
        ),
        sa.ForeignKeyConstraint(
            ["idea_id"], ["idea.id"], name=op.f("fk_idea_ambition_idea_id_idea"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("idea_id", "ambition_id", name=op.f("pk_idea_ambition")),
    )
    with op.batch_alter_table("idea_ambition", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_idea_ambition_ambition_id"), ["ambition_id"], unique=False)

    op.create_table(
        "measurement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_measurement_indicator_id_indicator"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_measurement_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measurement")),
    )
    with op.batch_alter_table("measurement", schema=None) as batch_op:
        batch_op.create_index("ix_measurement_indicator_date", ["indicator_id", "measured_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("measurement", schema=None) as batch_op:
        batch_op.drop_index("ix_measurement_indicator_date")

    op.drop_table("measurement")
    with op.batch_alter_table("idea_ambition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_idea_ambition_ambition_id"))

    op.drop_table("idea_ambition")
    with op.batch_alter_table("action_company", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_company_company_id"))

    op.drop_table("action_company")
    with op.batch_alter_table("action_agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_agreement_agreement_id"))

    op.drop_table("action_agreement")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_ambition_id"))

    op.drop_table("indicator")
    with op.batch_alter_table("idea", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_idea_respondent_id"))

    op.drop_table("idea")
    with op.batch_alter_table("ambition_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ambition_action_ambition_id"))

    op.drop_table("ambition_action")
    op.drop_table("respondent")
    with op.batch_alter_table("ambition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ambition_plan_id"))

    op.drop_table("ambition")
    op.drop_table("ambition_plan")
