"""Override requests and single-use links (issue 15): override_requests, used_links.

Revision ID: p15a
Revises: r13a
A sender (through a signed single-use link) or an admin asks for the release of a held
message with a reason; the officer decides. used_links holds the nonce of every link used,
so a link works once.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "p15a"
down_revision = "r13a"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "override_requests",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.String(length=340), nullable=False),
        sa.Column("via", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("decided_by", sa.String(length=340), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_override_requests_message_id", "override_requests", ["message_id"], unique=False)
    op.create_index("ix_override_requests_state", "override_requests", ["state"], unique=False)
    op.create_table(
        "used_links",
        sa.Column("nonce", sa.String(length=64), nullable=False),
        sa.Column("purpose", sa.String(length=32), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("nonce"),
    )


def downgrade() -> None:
    op.drop_table("used_links")
    op.drop_index("ix_override_requests_state", table_name="override_requests")
    op.drop_index("ix_override_requests_message_id", table_name="override_requests")
    op.drop_table("override_requests")
