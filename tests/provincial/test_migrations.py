"""The provincial schema as the migrations build it."""

from __future__ import annotations

from sqlalchemy import text

from provincial.db import make_engine
from provincial.migrate import HEAD_REVISION, current_revision, upgrade_to_head
from provincial_support import postgres_database


def test_payload_columns_are_compressed_with_lz4_on_postgresql():
    """A dossier's payload is stored twice per intake (the dossier and its feed entry): pglz on
    them was half of a large push's time in the database."""
    with postgres_database() as url:
        engine = make_engine(url, pool_size=1)
        try:
            upgrade_to_head(engine)
            with engine.connect() as connection:
                assert current_revision(connection) == HEAD_REVISION
                methods = dict(connection.execute(text(
                    "SELECT attrelid::regclass::text || '.' || attname, attcompression FROM pg_attribute "
                    "WHERE attname IN ('payload_json', 'data_json') AND attrelid IN ('dossiers'::regclass, "
                    "'feed'::regclass)")).all())
        finally:
            engine.dispose()
    assert methods == {"dossiers.payload_json": "l", "feed.data_json": "l"}
