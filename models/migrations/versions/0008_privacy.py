"""privacy

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

The AVG: the retention periods an administrator changed (``retention_setting``), the log of what
was anonymised, removed or exported (``privacy_log``: counts and reasons, never the data), and on
PostgreSQL the one way to blank personal data in the audit trail, which no login may change
directly: ``privacy_scrub_audit``, a SECURITY DEFINER function owned by the schema's owner that
only replaces values of the given records (whole fields, or each record's own words in any field) with
the anonymisation marker, and refuses anyone but an active administrator and the owner.
EXECUTE is revoked from PUBLIC here; models/server/install.py grants it to the administrators'
group.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Frozen here: the marker the application writes (models/privacy/scrub.py) must be the same.
_FUNCTION = r"""
CREATE FUNCTION privacy_scrub_audit(
    p_entity text, p_ids integer[], p_fields text[], p_word_ids integer[], p_words text[]
)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = {schema}, pg_temp
AS $body$
DECLARE
    marker constant text := '[geanonimiseerd]';
    owner_name text;
    changed integer := 0;
    n integer;
    i integer;
    word text;
BEGIN
    SELECT pg_get_userbyid(c.relowner) INTO owner_name
      FROM pg_class c WHERE c.oid = 'audit_entry'::regclass;
    IF session_user::text <> owner_name AND NOT EXISTS (
        SELECT 1 FROM app_user u
         WHERE u.username = session_user::text AND u.role = 'administrator' AND u.active
    ) THEN
        RAISE EXCEPTION 'only an active administrator may anonymise the audit trail'
            USING ERRCODE = '42501';
    END IF;
    IF p_fields IS NOT NULL AND cardinality(p_fields) > 0 THEN
        UPDATE audit_entry
           SET old_value = CASE WHEN old_value IS NULL THEN NULL ELSE marker END,
               new_value = CASE WHEN new_value IS NULL THEN NULL ELSE marker END
         WHERE entity = p_entity AND entity_id = ANY (p_ids) AND field = ANY (p_fields)
           AND (coalesce(old_value, marker) <> marker OR coalesce(new_value, marker) <> marker);
        GET DIAGNOSTICS n = ROW_COUNT;
        changed := changed + n;
    END IF;
    -- p_words[i] is blanked in the rows of record p_word_ids[i] (one of p_ids) only.
    FOR i IN 1 .. coalesce(cardinality(p_words), 0) LOOP
        word := p_words[i];
        CONTINUE WHEN word IS NULL OR length(word) < 3 OR NOT p_word_ids[i] = ANY (p_ids);
        -- ***= : the rest of the pattern is a literal string; 'i': whatever its case.
        UPDATE audit_entry
           SET old_value = regexp_replace(old_value, '***=' || word, marker, 'gi'),
               new_value = regexp_replace(new_value, '***=' || word, marker, 'gi')
         WHERE entity = p_entity AND entity_id = p_word_ids[i]
           AND (old_value ~* ('***=' || word) OR new_value ~* ('***=' || word));
        GET DIAGNOSTICS n = ROW_COUNT;
        changed := changed + n;
    END LOOP;
    RETURN changed;
END
$body$
"""
SIGNATURE = "privacy_scrub_audit(text, integer[], text[], integer[], text[])"


def upgrade() -> None:
    op.create_table(
        "retention_setting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_retention_setting_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_setting")),
        sa.UniqueConstraint("kind", name=op.f("uq_retention_setting_kind")),
    )
    op.create_table(
        "privacy_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_privacy_log_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_log")),
    )
    op.create_index(op.f("ix_privacy_log_at"), "privacy_log", ["at"], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
        bind.exec_driver_sql(_FUNCTION.format(schema=schema))
        bind.exec_driver_sql(f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql(f"DROP FUNCTION IF EXISTS {SIGNATURE}")
    op.drop_index(op.f("ix_privacy_log_at"), table_name="privacy_log")
    op.drop_table("privacy_log")
    op.drop_table("retention_setting")
