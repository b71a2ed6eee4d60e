"""company search word pairs

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-03

A phrase with a short word ("bakkerij d", "jan de", "noordereinde 12") as one types it, found on
PostgreSQL without the trigram index (issue 17). Trigrams of a word of one or two characters
(" d", "de ") are in nearly every document: the GIN index read them all and the phrase cost 70 to
260 ms at 250,000 companies. Here every company's search document also gets an index of the pairs
of words that follow each other within one field (``jan de``, ``de vries``, ``noordereinde 12``):
``company_search_pairs(doc)``, a tsvector of those pairs, in a GIN index. A phrase asks for its
pairs, the last one as a prefix (``'jan de':*``): a lookup in a few short lists.

An expression index over the document, not a column: it cannot drift from the document (every
writer of the index keeps it, as it keeps the trigram index). The function is IMMUTABLE (it reads
only its argument); its words are cut at 100 characters, so no value can make a pair longer than a
tsvector's lexeme may be and make a document unwritable.

SQLite needs nothing: FTS5 reads a phrase's words from its own index and checks the phrase on
those documents (``models.companies.search``); nothing is done there, up or down.
"""

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

FUNCTION = "company_search_pairs"
INDEX = "ix_company_search_pairs"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"""
        CREATE FUNCTION {FUNCTION}(doc text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
            SELECT coalesce(array_to_tsvector(array_agg(DISTINCT pair)), ''::tsvector)
            FROM (
                SELECT word || ' ' || lead(word) OVER (ORDER BY n) AS pair
                FROM unnest(string_to_array(doc, ' ')) WITH ORDINALITY AS words(whole, n),
                     left(whole, 100) AS word
                WHERE word <> ''
            ) AS pairs
            WHERE pair IS NOT NULL AND pair NOT LIKE '#%' AND pair NOT LIKE '% #%'
        $$
        """
    )
    op.execute(f"CREATE INDEX {INDEX} ON company_search USING gin ({FUNCTION}(doc))")
    # The planner's statistics of the new expression, so a phrase's lookup is planned on them.
    op.execute("ANALYZE company_search")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}(text)")
