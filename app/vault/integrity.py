"""`dossier check`: a full integrity check of an unlocked vault.

- every database page's HMAC (SQLCipher's `cipher_integrity_check`), so a
  single damaged byte anywhere in the file is found, not only in pages read;
- SQLite's own structural `integrity_check` and foreign keys;
- the audit hash chain;
- the commit mark (no committed change missing).
"""

from __future__ import annotations

from app.vault import audit, commitmark
from app.vault.session import VaultSession

MAX_REPORTED = 5


def check(session: VaultSession) -> list[str]:
    """Problems found (one line each, no case data); empty when all is well."""
    problems: list[str] = []
    with session.read() as c:
        pages = [str(r[0]) for r in c.execute("PRAGMA cipher_integrity_check").fetchall()]
        if pages:
            problems.append(f"{len(pages)} database page(s) fail their authentication code "
                            "(damaged or altered)")
        structure = [str(r[0]) for r in c.execute("PRAGMA integrity_check").fetchall()]
        if structure != ["ok"]:
            problems.append(f"the database structure is damaged ({len(structure)} problem(s))")
        if c.execute("PRAGMA foreign_key_check").fetchone() is not None:
            problems.append("records refer to missing records (foreign keys)")
        report = audit.verify(c, session._audit_key)
        count = commitmark.commits(c)
    if not report.ok:
        problems.append(f"the audit log does not verify: {report.problem}")
    lost = commitmark.check(session.vault_dir, session._data_key, session._slots.vault_id, count)
    if lost:
        problems.append(lost)
    return problems[:MAX_REPORTED]
