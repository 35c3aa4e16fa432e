"""Full-text search over the log (the console's search box) and saved views.

Revision ID: d16a
Revises: p15a
One search box finds a message by subject, Message-ID, queue id, sender, recipients or the
text guard found in it ("USD 12.40"), with the store's own full-text search:

  SQLite      an FTS5 table messages_fts (rowid = messages.id), filled by triggers on
              messages (insert, delete) and findings (insert appends the found text).
  PostgreSQL  a tsvector column messages.search with a GIN index, filled by triggers the
              same way; text is split at every non-alphanumeric character first, as FTS5's
              unicode61 tokenizer does, so "12.40" and "anna@x.cn" search alike on both.

These objects are not in schema.py (SQLAlchemy has no type for them): migrate.SEARCH_OBJECTS
names them so the schema comparison leaves them out. A later SQLite migration that copies
the messages table (batch mode) must create the triggers again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "d16a"
down_revision = "p15a"
branch_labels = None
depends_on = None

FOUND = "(SELECT group_concat(f.text, ' ') FROM findings f WHERE f.message_id = messages.id)"
SQLITE_UP = [
    "CREATE VIRTUAL TABLE messages_fts USING fts5(subject, message_id, queue_id, sender, recipients, found)",
    """CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
         INSERT INTO messages_fts(rowid, subject, message_id, queue_id, sender, recipients, found)
         VALUES (new.id, new.subject, new.message_id_header, new.queue_id, new.mail_from || ' ' || new.header_from,
                 new.rcpt_text, '');
       END""",
    """CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
         DELETE FROM messages_fts WHERE rowid = old.id;
       END""",
    """CREATE TRIGGER findings_fts_insert AFTER INSERT ON findings BEGIN
         UPDATE messages_fts SET found = found || ' ' || new.text WHERE rowid = new.message_id;
       END""",
    f"""INSERT INTO messages_fts(rowid, subject, message_id, queue_id, sender, recipients, found)
        SELECT id, subject, message_id_header, queue_id, mail_from || ' ' || header_from, rcpt_text,
               coalesce({FOUND}, '') FROM messages""",
]
SQLITE_DOWN = ["DROP TRIGGER IF EXISTS findings_fts_insert", "DROP TRIGGER IF EXISTS messages_fts_delete",
               "DROP TRIGGER IF EXISTS messages_fts_insert", "DROP TABLE IF EXISTS messages_fts"]

PG_UP = [
    "ALTER TABLE messages ADD COLUMN search tsvector",
    """CREATE FUNCTION guard_search_doc(t text) RETURNS tsvector AS $$
         SELECT to_tsvector('simple', regexp_replace(coalesce(t, ''), '[^[:alnum:]]+', ' ', 'g'))
       $$ LANGUAGE sql IMMUTABLE""",
    """CREATE FUNCTION guard_messages_search() RETURNS trigger AS $$
       BEGIN
         NEW.search := guard_search_doc(concat_ws(' ', NEW.subject, NEW.message_id_header, NEW.queue_id,
                                                  NEW.mail_from, NEW.header_from, NEW.rcpt_text));
         RETURN NEW;
       END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER messages_search_insert BEFORE INSERT ON messages
       FOR EACH ROW EXECUTE FUNCTION guard_messages_search()""",
    """CREATE FUNCTION guard_findings_search() RETURNS trigger AS $$
       BEGIN
         UPDATE messages SET search = coalesce(search, ''::tsvector) || guard_search_doc(NEW.text)
          WHERE id = NEW.message_id;
         RETURN NULL;
       END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER findings_search_insert AFTER INSERT ON findings
       FOR EACH ROW EXECUTE FUNCTION guard_findings_search()""",
    """UPDATE messages SET search = guard_search_doc(concat_ws(' ', subject, message_id_header, queue_id, mail_from,
                                                             header_from, rcpt_text,
         (SELECT string_agg(f.text, ' ') FROM findings f WHERE f.message_id = messages.id)))""",
    "CREATE INDEX ix_messages_search ON messages USING gin (search)",
]
PG_DOWN = ["DROP TRIGGER IF EXISTS findings_search_insert ON findings",
           "DROP TRIGGER IF EXISTS messages_search_insert ON messages",
           "DROP FUNCTION IF EXISTS guard_findings_search()", "DROP FUNCTION IF EXISTS guard_messages_search()",
           "DROP INDEX IF EXISTS ix_messages_search", "ALTER TABLE messages DROP COLUMN IF EXISTS search",
           "DROP FUNCTION IF EXISTS guard_search_doc(text)"]


def upgrade() -> None:
    op.create_table(
        "saved_views",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user", sa.String(length=120), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user", "name"),
    )
    for statement in SQLITE_UP if op.get_bind().dialect.name == "sqlite" else PG_UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in SQLITE_DOWN if op.get_bind().dialect.name == "sqlite" else PG_DOWN:
        op.execute(statement)
    op.drop_table("saved_views")
