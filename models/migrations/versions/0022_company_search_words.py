"""company search words

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03

A misspelt name ("adivesbureau", "bkakerij", "restaurnat") found on PostgreSQL without reading
thousands of search documents (issue 17). The typo search looked for the documents holding a front
or back piece of the word ("bureau", "erij"): tens of thousands hold one, and PostgreSQL read them
one by one until 500 were found (20-70 ms at 250,000 companies, the tail of search as you type).

Here the misspelt word is first matched against the distinct words of the names (the company's,
legal and trade names and the contact persons' names): ``company_search_word``, one row per word,
with a pg_trgm index, so ``word % 'adivesbureau'`` gives ``adviesbureau`` from a few thousand
words. The companies whose names hold such a word come from ``company_search_names(doc)``, a
tsvector of those words of the search document in a GIN index: a lookup in one list per word.

The words of a document are defined once, by ``company_search_names``: the words of four letters
or more, letters only, of its name fields (``#n``, ``#l``, ``#t``, ``#r``). It is IMMUTABLE and
calls only built-in functions, so that a dump restores its index with any search path. The table
of words is kept by triggers on ``company_search`` (every writer of the index keeps it, as it keeps
the trigram index): after each statement the new documents' words are added, and the words the
changed or removed documents held are dropped unless a document still holds them (looked up in
the tsvector index), so an erased name leaves no trace here either. The trigger runs as the
login that writes the documents (``models.server.privileges``: the same roles may write the words).

SQLite needs nothing: its typo search takes its candidates from FTS5's own index
(``models.companies.search``); nothing is done there, up or down.
"""

from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

WORDS = "company_search_words"  # the function: the name words of a document, as a tsvector
INDEX = "ix_company_search_names"
TABLE = "company_search_word"
TABLE_INDEX = "ix_company_search_word_trgm"
TRIGGER_FUNCTION = "company_search_words_kept"
TRIGGERS = {
    "INSERT": "REFERENCING NEW TABLE AS added",
    "UPDATE": "REFERENCING OLD TABLE AS removed NEW TABLE AS added",
    "DELETE": "REFERENCING OLD TABLE AS removed",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"""
        CREATE FUNCTION {WORDS}(doc text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
            SELECT coalesce(array_to_tsvector(array_agg(DISTINCT word)), ''::tsvector)
            FROM unnest(string_to_array(doc, ' #')) AS fields(field),
                 ltrim(field, '#') AS tagged,
                 unnest(string_to_array(substr(tagged, 3), ' ')) AS words(word)
            WHERE left(tagged, 2) IN ('n ', 'l ', 't ', 'r ') AND word ~ '^[a-z]{{4,60}}$'
        $$
        """
    )
    op.execute(f"CREATE INDEX {INDEX} ON company_search USING gin ({WORDS}(doc))")
    op.execute(f"CREATE TABLE {TABLE} (word TEXT PRIMARY KEY)")
    op.execute(
        f"INSERT INTO {TABLE} (word) SELECT DISTINCT word FROM company_search, "
        f"unnest(tsvector_to_array({WORDS}(doc))) AS word"
    )
    op.execute(f"CREATE INDEX {TABLE_INDEX} ON {TABLE} USING gin (word gin_trgm_ops)")
    # Words in a fixed order, so two statements adding the same new words wait for each other
    # instead of deadlocking; a word is dropped only when no document holds it any more. A document
    # rewritten as it was (most saves of a company change no name) costs nothing here.
    gone = f"NOT EXISTS (SELECT 1 FROM company_search WHERE {WORDS}(company_search.doc) @@ CAST(word AS tsquery))"
    op.execute(
        f"""
        CREATE FUNCTION {TRIGGER_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                INSERT INTO {TABLE} (word)
                SELECT DISTINCT word FROM added, unnest(tsvector_to_array({WORDS}(added.doc))) AS word
                ORDER BY word
                ON CONFLICT DO NOTHING;
            ELSIF TG_OP = 'UPDATE' THEN
                WITH changed AS MATERIALIZED (
                    SELECT removed.doc AS old_doc, added.doc AS new_doc FROM removed JOIN added USING (company_id)
                    WHERE removed.doc IS DISTINCT FROM added.doc
                ), new_words AS MATERIALIZED (
                    SELECT DISTINCT word FROM changed, unnest(tsvector_to_array({WORDS}(new_doc))) AS word
                ), inserted AS (
                    INSERT INTO {TABLE} (word) SELECT word FROM new_words ORDER BY word ON CONFLICT DO NOTHING
                )
                DELETE FROM {TABLE} WHERE word IN (
                    SELECT unnest(tsvector_to_array({WORDS}(old_doc))) FROM changed
                    EXCEPT SELECT word FROM new_words
                ) AND {gone};
            ELSIF EXISTS (SELECT 1 FROM {TABLE}) THEN
                DELETE FROM {TABLE} WHERE word IN (
                    SELECT unnest(tsvector_to_array({WORDS}(doc))) FROM removed
                ) AND {gone};
            END IF;
            RETURN NULL;
        END
        $$
        """
    )
    for event, tables in TRIGGERS.items():
        op.execute(
            f"CREATE TRIGGER {TRIGGER_FUNCTION}_{event.lower()} AFTER {event} ON company_search "
            f"{tables} FOR EACH STATEMENT EXECUTE FUNCTION {TRIGGER_FUNCTION}()"
        )
    op.execute(f"ANALYZE company_search, {TABLE}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for event in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER_FUNCTION}_{event.lower()} ON company_search")
    op.execute(f"DROP FUNCTION IF EXISTS {TRIGGER_FUNCTION}()")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    op.execute(f"DROP FUNCTION IF EXISTS {WORDS}(text)")
