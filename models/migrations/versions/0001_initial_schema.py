"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23

Companies, establishments, contact persons, areas, sectors, officials, the audit trail,
and the search index (FTS5 trigram on SQLite, pg_trgm on PostgreSQL).
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


# The company search index as this revision made it, frozen here: a migration never imports
# live code (models/companies/search.py may change; this revision must not).
SEARCH_SQLITE_DDL = ["CREATE VIRTUAL TABLE company_search USING fts5(doc, tokenize = 'trigram')"]
SEARCH_POSTGRES_DDL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE TABLE company_search (company_id INTEGER PRIMARY KEY REFERENCES company (id) ON DELETE CASCADE, "
    "doc TEXT NOT NULL)",
    "CREATE INDEX ix_company_search_doc ON company_search USING gin (doc gin_trgm_ops)",
]
SEARCH_DROP_DDL = ["DROP TABLE IF EXISTS company_search"]


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column(
            "role",
            sa.Enum(
                "business_manager",
                "official",
                "desk",
                "supervisor",
                "administrator",
                name="role",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_app_user_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "sector",
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_sector")),
    )
    op.create_table(
        "area",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "kern", "shopping", "business_park", "nature", name="area_kind", native_enum=False, length=20
            ),
            nullable=False,
        ),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["parent_id"], ["area.id"], name=op.f("fk_area_parent_id_area")),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_area_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_area")),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_audit_entry_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_entry_record", ["entity", "entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_user_id"), ["user_id"], unique=False)

    op.create_table(
        "company",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kvk_number", sa.String(length=8), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_folded", sa.String(length=200), nullable=False),
        sa.Column("legal_name", sa.String(length=200), nullable=True),
        sa.Column("legal_form", sa.String(length=60), nullable=True),
        sa.Column("account_manager_id", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_manager_id"], ["app_user.id"], name=op.f("fk_company_account_manager_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_company_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company")),
        sa.UniqueConstraint("kvk_number", name=op.f("uq_company_kvk_number")),
    )
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_company_account_manager_id"), ["account_manager_id"], unique=False
        )
        batch_op.create_index(
            "ix_company_active_name",
            ["name_folded", "id"],
            unique=False,
            sqlite_where=sa.text("archived_at IS NULL"),
            postgresql_where=sa.text("archived_at IS NULL"),
        )
        batch_op.create_index(batch_op.f("ix_company_name_folded"), ["name_folded"], unique=False)

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=True),
        sa.Column("name_prefix", sa.String(length=20), nullable=True),
        sa.Column("last_name", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_contact_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    op.create_table(
        "company_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=60), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_company_contact_company_id_company")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_company_contact_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_company_contact_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company_contact")),
        sa.UniqueConstraint("company_id", "contact_id", name="uq_company_contact_pair"),
    )
    with op.batch_alter_table("company_contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_company_contact_contact_id"), ["contact_id"], unique=False)

    op.create_table(
        "establishment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("establishment_number", sa.String(length=12), nullable=True),
        sa.Column("trade_name", sa.String(length=200), nullable=False),
        sa.Column("street", sa.String(length=120), nullable=False),
        sa.Column("house_number", sa.String(length=20), nullable=False),
        sa.Column("postcode", sa.String(length=7), nullable=False),
        sa.Column("postcode_compact", sa.String(length=6), nullable=False),
        sa.Column("city", sa.String(length=80), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column("sbi_code", sa.String(length=6), nullable=True),
        sa.Column("employees", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("active", "moved", "closed", name="establishment_status", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("is_main", sa.Boolean(), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["area_id"], ["area.id"], name=op.f("fk_establishment_area_id_area")),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_establishment_company_id_company")
        ),
        sa.ForeignKeyConstraint(["sbi_code"], ["sector.code"], name=op.f("fk_establishment_sbi_code_sector")),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_establishment_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_establishment")),
        sa.UniqueConstraint("establishment_number", name=op.f("uq_establishment_establishment_number")),
    )
    with op.batch_alter_table("establishment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_establishment_area_id"), ["area_id"], unique=False)
        batch_op.create_index("ix_establishment_company_main", ["company_id", "is_main"], unique=False)
        batch_op.create_index("ix_establishment_postcode", ["postcode_compact"], unique=False)
        batch_op.create_index(batch_op.f("ix_establishment_sbi_code"), ["sbi_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_establishment_status"), ["status"], unique=False)

    ddl = SEARCH_SQLITE_DDL if op.get_bind().dialect.name == "sqlite" else SEARCH_POSTGRES_DDL
    for statement in ddl:
        op.execute(statement)


def downgrade() -> None:
    for statement in SEARCH_DROP_DDL:
        op.execute(statement)
    with op.batch_alter_table("establishment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_establishment_status"))
        batch_op.drop_index(batch_op.f("ix_establishment_sbi_code"))
        batch_op.drop_index("ix_establishment_postcode")
        batch_op.drop_index("ix_establishment_company_main")
        batch_op.drop_index(batch_op.f("ix_establishment_area_id"))

    op.drop_table("establishment")
    with op.batch_alter_table("company_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_company_contact_contact_id"))

    op.drop_table("company_contact")
    op.drop_table("contact")
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_company_name_folded"))
        batch_op.drop_index(
            "ix_company_active_name",
            sqlite_where=sa.text("archived_at IS NULL"),
            postgresql_where=sa.text("archived_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_company_account_manager_id"))

    op.drop_table("company")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_user_id"))
        batch_op.drop_index("ix_audit_entry_record")
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
    op.drop_table("area")
    op.drop_table("sector")
    op.drop_table("app_user")
