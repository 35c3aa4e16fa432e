"""Draft versions for the watcher (issue 6): draft_state.draft_key and findings_hash.

Revision ID: 0002
Revises: 0001
A mail client "changes" a draft by appending a new message and expunging the old one;
the watcher relates the versions by their Message-ID (draft_key) and does not warn again
when a new version has the same findings as the last (findings_hash).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("draft_state") as batch:
        batch.add_column(sa.Column("draft_key", sa.String(length=300), nullable=False, server_default=""))
        batch.add_column(sa.Column("findings_hash", sa.String(length=64), nullable=False, server_default=""))
        batch.create_index("ix_draft_state_mailbox_key", ["mailbox", "draft_key"], unique=False)
        batch.create_index("ix_draft_state_mailbox_hash", ["mailbox", "content_hash"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("draft_state") as batch:
        batch.drop_index("ix_draft_state_mailbox_hash")
        batch.drop_index("ix_draft_state_mailbox_key")
        batch.drop_column("findings_hash")
        batch.drop_column("draft_key")
