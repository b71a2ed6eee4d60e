"""offline done_at: the audit trail says when a synchronised change was done offline

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03

``audit_entry.done_at``: for the entries of a change that a synchronisation sent up from a set
taken along (issue 22, docs/offline-sync.md), the moment it was done offline, in server time;
``at`` stays the moment it reached the server. Empty for every other change. On SQLite the
application's trail writes it; on PostgreSQL the audit triggers read it from the session setting
``ondernemersdesk.done_at`` that the synchronisation sets per change (``models.server.audit``,
reinstalled after this migration like after every other: its marker changed).
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A nullable column without a default: ALTER TABLE ADD COLUMN on both databases, no rebuild.
    op.add_column("audit_entry", sa.Column("done_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    # ALTER TABLE DROP COLUMN on both (SQLite since 3.35): no batch rebuild, which would reflect the
    # expression indexes of revision 0018 that SQLAlchemy cannot read on SQLite.
    op.execute("ALTER TABLE audit_entry DROP COLUMN done_at")
