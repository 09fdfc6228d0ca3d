"""`dossier check`: a full integrity check of an unlocked vault.

- every database page's HMAC (SQLCipher's `cipher_integrity_check`), so a
  single damaged byte anywhere in the file is found, not only in pages read;
- SQLite's own structural `integrity_check` and foreign keys;
- the audit hash chain;
- the commit mark (no committed change missing);
- the key file: one slot per active user and no other, no key rotation left
  half-done, and not older than the vault's record of it.
"""

from __future__ import annotations

from app.errors import DossierError
from app.vault import audit, commitmark, keyslots
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
    problems += _key_file(session)
    return problems[:MAX_REPORTED]


def _key_file(session: VaultSession) -> list[str]:
    try:
        slots = keyslots.load(session.vault_dir)
    except DossierError as exc:
        return [exc.message]
    with session.read() as c:
        active = {str(r[0]) for r in c.execute("SELECT slot_id FROM users WHERE removed_at IS NULL")}
        recorded = c.execute("SELECT value FROM meta WHERE key = 'keyfile_gen'").fetchone()
    out = []
    held = {s.slot_id for s in slots.slots}
    if held - active:
        out.append(f"the key file holds {len(held - active)} key slot(s) of no active user")
    if active - held:
        out.append(f"{len(active - held)} active user(s) have no key slot")
    if slots.rotating:
        out.append("a change of the data key was left half-done")
    if recorded and str(recorded[0]).isdigit() and slots.generation < int(recorded[0]):
        out.append("the key file is older than the vault's record of it")
    return out
