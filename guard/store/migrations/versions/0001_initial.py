"""The initial schema: messages, findings, reviews, audit, users, draft state, the registry.

Revision ID: 0001
Revises:
Written from guard/store/schema.py; tests/store/test_migrations.py fails when the two drift.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('user', sa.String(length=120), nullable=False),
        sa.Column('action', sa.String(length=40), nullable=False),
        sa.Column('target', sa.String(length=300), nullable=False),
        sa.Column('detail', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_audit_at'), 'audit', ['at'], unique=False)
    op.create_table('draft_state',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('mailbox', sa.String(length=120), nullable=False),
        sa.Column('folder', sa.String(length=300), nullable=False),
        sa.Column('uidvalidity', sa.BigInteger(), nullable=False),
        sa.Column('uid', sa.BigInteger(), nullable=False),
        sa.Column('content_hash', sa.String(length=64), nullable=False),
        sa.Column('verdict', sa.String(length=8), nullable=False),
        sa.Column('checked_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('mailbox', 'folder', 'uidvalidity', 'uid')
    )
    op.create_table('messages',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('queue_id', sa.String(length=32), nullable=False),
        sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('source', sa.String(length=16), nullable=False),
        sa.Column('mail_from', sa.String(length=320), nullable=False),
        sa.Column('rcpt_to', sa.JSON(), nullable=False),
        sa.Column('rcpt_text', sa.Text(), nullable=False),
        sa.Column('header_from', sa.String(length=998), nullable=False),
        sa.Column('header_to', sa.Text(), nullable=False),
        sa.Column('subject', sa.Text(), nullable=False),
        sa.Column('message_id_header', sa.String(length=998), nullable=False),
        sa.Column('size', sa.BigInteger(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('verdict', sa.String(length=8), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('status_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('rules', sa.String(length=200), nullable=False),
        sa.Column('accounts', sa.Text(), nullable=False),
        sa.Column('elapsed_ms', sa.Float(), nullable=False),
        sa.Column('unread', sa.JSON(), nullable=False),
        sa.Column('parts', sa.JSON(), nullable=False),
        sa.Column('attachments', sa.JSON(), nullable=False),
        sa.Column('detail', sa.Text(), nullable=False),
        sa.Column('raw', sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('queue_id')
    )
    op.create_index(op.f('ix_messages_mail_from'), 'messages', ['mail_from'], unique=False)
    op.create_index(op.f('ix_messages_received_at'), 'messages', ['received_at'], unique=False)
    op.create_index(op.f('ix_messages_sha256'), 'messages', ['sha256'], unique=False)
    op.create_index(op.f('ix_messages_status'), 'messages', ['status'], unique=False)
    op.create_index('ix_messages_status_received', 'messages', ['status', 'received_at'], unique=False)
    op.create_index(op.f('ix_messages_verdict'), 'messages', ['verdict'], unique=False)
    op.create_table('registry_documents',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('source', sa.String(length=500), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('toml', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id')
    )
    op.create_table('users',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('role', sa.String(length=16), nullable=False),
        sa.Column('password_hash', sa.String(length=300), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('name')
    )
    op.create_table('findings',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('message_id', sa.Integer(), nullable=False),
        sa.Column('rule', sa.String(length=16), nullable=False),
        sa.Column('action', sa.String(length=8), nullable=False),
        sa.Column('account', sa.String(length=120), nullable=True),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('where', sa.String(length=300), nullable=False),
        sa.Column('start', sa.Integer(), nullable=False),
        sa.Column('end', sa.Integer(), nullable=False),
        sa.Column('explanation', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['message_id'], ['messages.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_findings_account'), 'findings', ['account'], unique=False)
    op.create_index(op.f('ix_findings_message_id'), 'findings', ['message_id'], unique=False)
    op.create_index(op.f('ix_findings_rule'), 'findings', ['rule'], unique=False)
    op.create_table('registry_accounts',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('account_id', sa.String(length=120), nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('country', sa.String(length=2), nullable=False),
        sa.Column('disclosure', sa.String(length=16), nullable=False),
        sa.Column('aliases', sa.JSON(), nullable=False),
        sa.Column('domains', sa.JSON(), nullable=False),
        sa.Column('partners', sa.JSON(), nullable=False),
        sa.Column('competitors', sa.JSON(), nullable=False),
        sa.Column('contacts', sa.JSON(), nullable=False),
        sa.Column('deals', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['document_id'], ['registry_documents.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('document_id', 'account_id')
    )
    op.create_index(op.f('ix_registry_accounts_document_id'), 'registry_accounts', ['document_id'], unique=False)
    op.create_table('reviews',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('message_id', sa.Integer(), nullable=False),
        sa.Column('decision', sa.String(length=16), nullable=False),
        sa.Column('user', sa.String(length=120), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('result', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['message_id'], ['messages.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_reviews_message_id'), 'reviews', ['message_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_reviews_message_id'), table_name='reviews')
    op.drop_table('reviews')
    op.drop_index(op.f('ix_registry_accounts_document_id'), table_name='registry_accounts')
    op.drop_table('registry_accounts')
    op.drop_index(op.f('ix_findings_rule'), table_name='findings')
    op.drop_index(op.f('ix_findings_message_id'), table_name='findings')
    op.drop_index(op.f('ix_findings_account'), table_name='findings')
    op.drop_table('findings')
    op.drop_table('users')
    op.drop_table('registry_documents')
    op.drop_index(op.f('ix_messages_verdict'), table_name='messages')
    op.drop_index('ix_messages_status_received', table_name='messages')
    op.drop_index(op.f('ix_messages_status'), table_name='messages')
    op.drop_index(op.f('ix_messages_sha256'), table_name='messages')
    op.drop_index(op.f('ix_messages_received_at'), table_name='messages')
    op.drop_index(op.f('ix_messages_mail_from'), table_name='messages')
    op.drop_table('messages')
    op.drop_table('draft_state')
    op.drop_index(op.f('ix_audit_at'), table_name='audit')
    op.drop_table('audit')
