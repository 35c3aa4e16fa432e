"""Console sessions kept on the server: sign-out ends a session even where its cookie was copied.

Revision ID: h18a
Revises: d16a
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "h18a"
down_revision = "d16a"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("web_sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_name", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_index("ix_web_sessions_user_name", "web_sessions", ["user_name"], unique=False)
    op.create_index("ix_web_sessions_expires_at", "web_sessions", ["expires_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_web_sessions_expires_at", table_name="web_sessions")
    op.drop_index("ix_web_sessions_user_name", table_name="web_sessions")
    op.drop_table("web_sessions")
