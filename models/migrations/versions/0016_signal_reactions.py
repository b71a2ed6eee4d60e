"""reporter satisfaction: reactions to a handled signal, the administrator's reasons

Revision ID: 0016
Revises: 0014
Create Date: 2026-12-03

After a signal is afgehandeld a handler records the reporter's reaction (issue 18): tevreden or
niet tevreden, one of the standard reasons the administrator keeps, and free text
(``signal_reaction``, versioned and audited like its siblings, gone with its signal). A reason marked
``reopens`` turns "niet tevreden" into a request to reopen: the new status ``reopen_requested``.

The status needs no change to ``signal``: its enum columns are plain strings without a CHECK
(``native_enum=False``), so the ``signal`` table is not rebuilt and the word index's triggers of
revision 0011 stay.

A few sensible reasons are seeded; the administrator changes them in the categories dialog.
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

# (name, reopens): a reporter who is not satisfied for the first three asks for the signal back.
REASONS = (
    ("Het probleem is niet opgelost", True),
    ("Het probleem is teruggekomen", True),
    ("Er is iets anders gedaan dan gemeld", True),
    ("Het duurde te lang", False),
    ("Ik ben niet op de hoogte gehouden", False),
    ("Snel en goed geholpen", False),
    ("Duidelijke terugkoppeling", False),
)


def _versioned(table: str) -> list[sa.Column]:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "updated_by_id",
            sa.Integer(),
            sa.ForeignKey("app_user.id", name=f"fk_{table}_updated_by_id_app_user"),
            nullable=True,
        ),
    ]


def upgrade() -> None:
    reason = op.create_table(
        "signal_reaction_reason",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("reopens", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_versioned("signal_reaction_reason"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signal_reaction_reason")),
    )
    op.create_table(
        "signal_reaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("signal_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("satisfied", sa.Boolean(), nullable=False),
        sa.Column("reason_id", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        *_versioned("signal_reaction"),
        sa.ForeignKeyConstraint(
            ["signal_id"], ["signal.id"], name=op.f("fk_signal_reaction_signal_id_signal"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_signal_reaction_user_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["reason_id"],
            ["signal_reaction_reason.id"],
            name=op.f("fk_signal_reaction_reason_id_signal_reaction_reason"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signal_reaction")),
    )
    op.create_index("ix_signal_reaction_signal", "signal_reaction", ["signal_id", "at"], unique=False)
    op.create_index("ix_signal_reaction_at", "signal_reaction", ["at"], unique=False)
    now = datetime.now(UTC)
    op.bulk_insert(
        reason,
        [
            {
                "name": name,
                "reopens": reopens,
                "active": True,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
            for name, reopens in REASONS
        ],
    )


def downgrade() -> None:
    op.drop_index("ix_signal_reaction_at", table_name="signal_reaction")
    op.drop_index("ix_signal_reaction_signal", table_name="signal_reaction")
    op.drop_table("signal_reaction")
    op.drop_table("signal_reaction_reason")
