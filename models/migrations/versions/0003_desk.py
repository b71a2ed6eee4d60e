"""desk

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

The desk (ondernemersloket): knowledge articles with their own substring index (FTS5 trigram
on SQLite, pg_trgm on PostgreSQL; the statements are written out here so that this revision
never changes), and the questions asked at the desk.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SQLITE_DDL = ["CREATE VIRTUAL TABLE knowledge_search USING fts5(doc, tokenize = 'trigram')"]
POSTGRES_DDL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE TABLE knowledge_search (id INTEGER PRIMARY KEY REFERENCES knowledge_article (id) ON DELETE CASCADE, "
    "doc TEXT NOT NULL)",
    "CREATE INDEX ix_knowledge_search_doc ON knowledge_search USING gin (doc gin_trgm_ops)",
]


def _versioned() -> list[sa.Column]:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "knowledge_article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("question", sa.String(length=300), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("tags", sa.String(length=400), nullable=False),
        sa.Column("department", sa.String(length=120), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        *_versioned(),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_knowledge_article_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_article")),
    )
    with op.batch_alter_table("knowledge_article", schema=None) as batch_op:
        batch_op.create_index("ix_knowledge_article_review", ["review_on"], unique=False)

    op.create_table(
        "desk_question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
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
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("visitor", sa.String(length=200), nullable=True),
        sa.Column("official_id", sa.Integer(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        *_versioned(),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_desk_question_agreement_id_agreement")
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["knowledge_article.id"],
            name=op.f("fk_desk_question_article_id_knowledge_article"),
        ),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_desk_question_company_id_company")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_desk_question_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"], ["interaction.id"], name=op.f("fk_desk_question_interaction_id_interaction")
        ),
        sa.ForeignKeyConstraint(
            ["official_id"], ["app_user.id"], name=op.f("fk_desk_question_official_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_desk_question_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_question")),
    )
    with op.batch_alter_table("desk_question", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_desk_question_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_desk_question_asked_at"), ["asked_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_desk_question_company_id"), ["company_id"], unique=False)

    for statement in SQLITE_DDL if op.get_bind().dialect.name == "sqlite" else POSTGRES_DDL:
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS knowledge_search")
    with op.batch_alter_table("desk_question", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_desk_question_company_id"))
        batch_op.drop_index(batch_op.f("ix_desk_question_asked_at"))
        batch_op.drop_index(batch_op.f("ix_desk_question_article_id"))
    op.drop_table("desk_question")
    with op.batch_alter_table("knowledge_article", schema=None) as batch_op:
        batch_op.drop_index("ix_knowledge_article_review")
    op.drop_table("knowledge_article")
