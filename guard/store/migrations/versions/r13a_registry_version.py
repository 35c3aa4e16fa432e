"""The registry version each verdict was made with (issue 13): messages.registry_version.

Revision ID: r13a
Revises: 0003
A relay or watcher that reloads its registry while running records which registry judged
each message: the registry file's sha256 prefix, or doc<id>:<sha> for one in the store.
Rows written before this revision have "".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r13a"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("registry_version", sa.String(length=64), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("registry_version")
