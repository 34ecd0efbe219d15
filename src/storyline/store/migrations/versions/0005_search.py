"""Full-text search over articles and dossier facts, for the web app and the API.

SQLite: FTS5 tables kept in step with `articles` and `dossiers` by triggers; each FTS row's rowid
comes from a small id table, so an article or a story is found and replaced without a full scan.
PostgreSQL: a GIN index on the articles' text search vector, and a `fact_search` table with a
generated tsvector column kept in step with `dossiers` by a trigger.

Both use the 'simple' configuration (no stemming, no stop words): the corpus is multilingual.
Note for later migrations: on SQLite, a batch migration that recreates `articles` or `dossiers`
drops their triggers; call `create_sqlite_triggers()` from this module again afterwards.

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SQLITE_TABLES = [
    "CREATE TABLE article_search_ids (rowid INTEGER PRIMARY KEY, article_id VARCHAR(16) NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE article_search USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TABLE fact_search_ids (rowid INTEGER PRIMARY KEY, story_id VARCHAR(32) NOT NULL, fact INTEGER NOT NULL)",
    "CREATE INDEX ix_fact_search_ids_story_id ON fact_search_ids (story_id)",
    "CREATE VIRTUAL TABLE fact_search USING fts5(text, sources, tokenize = 'unicode61 remove_diacritics 2')",
]

_ARTICLE_ADD = """
    INSERT INTO article_search_ids (article_id) VALUES (new.id);
    INSERT INTO article_search (rowid, title, text)
    VALUES ((SELECT rowid FROM article_search_ids WHERE article_id = new.id), coalesce(new.title, ''), new.text);
"""
_ARTICLE_DROP = """
    DELETE FROM article_search WHERE rowid IN (SELECT rowid FROM article_search_ids WHERE article_id = old.id);
    DELETE FROM article_search_ids WHERE article_id = old.id;
"""
_FACTS_ADD = """
    INSERT INTO fact_search_ids (story_id, fact) SELECT new.story_id, f.key FROM json_each(new.data, '$.facts') AS f;
    INSERT INTO fact_search (rowid, text, sources)
    SELECT i.rowid, coalesce(json_extract(f.value, '$.text'), ''),
           coalesce((SELECT group_concat(json_extract(s.value, '$.text'), ' ')
                     FROM json_each(f.value, '$.sources') AS s), '')
    FROM json_each(new.data, '$.facts') AS f
    JOIN fact_search_ids AS i ON i.story_id = new.story_id AND i.fact = f.key;
"""
_FACTS_DROP = """
    DELETE FROM fact_search WHERE rowid IN (SELECT rowid FROM fact_search_ids WHERE story_id = old.story_id);
    DELETE FROM fact_search_ids WHERE story_id = old.story_id;
"""
SQLITE_TRIGGERS = {
    "article_search_insert": f"AFTER INSERT ON articles BEGIN {_ARTICLE_ADD} END",
    "article_search_update": f"AFTER UPDATE OF title, text ON articles BEGIN {_ARTICLE_DROP} {_ARTICLE_ADD} END",
    "article_search_delete": f"AFTER DELETE ON articles BEGIN {_ARTICLE_DROP} END",
    "fact_search_insert": f"AFTER INSERT ON dossiers BEGIN {_FACTS_ADD} END",
    "fact_search_update": f"AFTER UPDATE ON dossiers BEGIN {_FACTS_DROP} {_FACTS_ADD} END",
    "fact_search_delete": f"AFTER DELETE ON dossiers BEGIN {_FACTS_DROP} END",
}

POSTGRES = [
    "CREATE INDEX ix_articles_search ON articles USING gin (to_tsvector('simple', coalesce(title, '') || ' ' || text))",
    """CREATE TABLE fact_search (
        id SERIAL PRIMARY KEY,
        story_id VARCHAR(32) NOT NULL,
        fact INTEGER NOT NULL,
        text TEXT NOT NULL,
        sources TEXT NOT NULL,
        document tsvector GENERATED ALWAYS AS (to_tsvector('simple', text || ' ' || sources)) STORED
    )""",
    "CREATE INDEX ix_fact_search_story_id ON fact_search (story_id)",
    "CREATE INDEX ix_fact_search_document ON fact_search USING gin (document)",
    """CREATE FUNCTION storyline_fact_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            DELETE FROM fact_search WHERE story_id = OLD.story_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            INSERT INTO fact_search (story_id, fact, text, sources)
            SELECT NEW.story_id, f.n - 1, coalesce(f.value ->> 'text', ''),
                   coalesce((SELECT string_agg(s ->> 'text', ' ')
                             FROM json_array_elements(f.value -> 'sources') AS s), '')
            FROM json_array_elements(NEW.data -> 'facts') WITH ORDINALITY AS f(value, n);
        END IF;
        RETURN NULL;
    END
    $$""",
    "CREATE TRIGGER dossiers_fact_search AFTER INSERT OR UPDATE OR DELETE ON dossiers "
    "FOR EACH ROW EXECUTE FUNCTION storyline_fact_search_sync()",
]


def create_sqlite_triggers() -> None:
    for name, body in SQLITE_TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(f"CREATE TRIGGER {name} {body}")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_TABLES:
            op.execute(statement)
        create_sqlite_triggers()
        # what is already stored
        op.execute("INSERT INTO article_search_ids (article_id) SELECT id FROM articles ORDER BY id")
        op.execute(
            "INSERT INTO article_search (rowid, title, text) SELECT i.rowid, coalesce(a.title, ''), a.text "
            "FROM articles AS a JOIN article_search_ids AS i ON i.article_id = a.id"
        )
        op.execute("UPDATE dossiers SET data = data")  # fires fact_search_update for every stored dossier
    elif dialect == "postgresql":
        for statement in POSTGRES:
            op.execute(statement)
        op.execute("UPDATE dossiers SET data = data")
    # other dialects: search falls back to LIKE queries (see storyline.web.search)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        for table in ("fact_search", "fact_search_ids", "article_search", "article_search_ids"):
            op.execute(f"DROP TABLE IF EXISTS {table}")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS dossiers_fact_search ON dossiers")
        op.execute("DROP FUNCTION IF EXISTS storyline_fact_search_sync()")
        op.execute("DROP TABLE IF EXISTS fact_search")
        op.execute("DROP INDEX IF EXISTS ix_articles_search")
