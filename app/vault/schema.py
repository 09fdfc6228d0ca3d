"""Schema versions and migrations (Alembic over SQLAlchemy, on the keyed connection).

Opening a vault compares its `alembic_version` with HEAD_REVISION using plain
SQL, so the common case (already current) never imports Alembic. When the vault
is behind, the caller first writes an encrypted backup, then `upgrade` runs all
pending revisions in one transaction: a crash mid-migration leaves the old schema.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.vault.connection import Connection, DatabaseError

HEAD_REVISION = "0022"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def current_revision(conn: Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except DatabaseError:  # no such table: an empty, brand-new database
        return None
    return str(row[0]) if row else None


def _config(sa_connection: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = sa_connection
    return cfg


def _run(conn: Connection, fn: str, revision: str) -> None:
    import sqlalchemy as sa
    from alembic import command
    from sqlalchemy.pool import StaticPool
    from sqlcipher3 import dbapi2

    engine = sa.create_engine(
        "sqlite://", creator=lambda: conn, poolclass=StaticPool, module=dbapi2
    )

    @sa.event.listens_for(engine, "begin")
    def _begin(sa_conn: Any) -> None:  # the driver is in autocommit mode: begin explicitly
        sa_conn.exec_driver_sql("BEGIN IMMEDIATE")

    with engine.connect() as sa_conn:
        getattr(command, fn)(_config(sa_conn), revision)
        sa_conn.commit()


def upgrade(conn: Connection, revision: str = "head") -> None:
    _run(conn, "upgrade", revision)
    if revision == "head":
        finish_upgrade(conn)


def finish_upgrade(conn: Connection) -> None:
    """Work a migration asked for that cannot run inside its transaction."""
    rebuild_stale_indexes(conn)
    if conn.execute("SELECT 1 FROM meta WHERE key = 'rematch'").fetchone():
        from app.vault.connection import transaction
        from app.vault.guard import rebuild_matching

        with transaction(conn):
            rebuild_matching(conn)
            conn.execute("DELETE FROM meta WHERE key = 'rematch'")
    if conn.execute("SELECT 1 FROM meta WHERE key = 'resort'").fetchone():
        from app.vault.connection import transaction
        from app.vault.guard import rebuild_sort_keys

        with transaction(conn):
            rebuild_sort_keys(conn)
            conn.execute("DELETE FROM meta WHERE key = 'resort'")
    if conn.execute("SELECT 1 FROM meta WHERE key = 'rescore'").fetchone():
        from app.vault.connection import transaction
        from app.vault.guard import rescore_exams

        with transaction(conn):
            rescore_exams(conn)
            conn.execute("DELETE FROM meta WHERE key = 'rescore'")
    if conn.execute("SELECT 1 FROM meta WHERE key = 'vacuum'").fetchone():
        conn.execute("VACUUM")  # rewrites the file compactly; a crash leaves the old file intact
        conn.execute("DELETE FROM meta WHERE key = 'vacuum'")


def rebuild_stale_indexes(conn: Connection) -> bool:
    """Rebuild derived indexes that a migration marked stale (also finishes a
    rebuild interrupted by a crash: the mark is cleared in the same transaction)."""
    from app.vault import search_index
    from app.vault.connection import transaction

    row = conn.execute("SELECT value FROM meta WHERE key = 'reindex'").fetchone()
    if not row:
        return False
    with transaction(conn):
        search_index.rebuild(conn)
        conn.execute("DELETE FROM meta WHERE key = 'reindex'")
    return True


def downgrade(conn: Connection, revision: str) -> None:
    _run(conn, "downgrade", revision)


def all_revisions() -> list[str]:
    """Every revision, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return [r.revision for r in reversed(list(script.walk_revisions()))]
