"""The one guarded write path: every change to a dossier goes through this package.

The desktop app, every CLI command, JSON import, demo data, HQ import, duplicate merges, the
watchlist from update packages and drafts becoming records all call these session methods;
they apply the same rules (app.domain.changes, app.domain.authors, app.domain.roles) in the
same transaction as the change and its audit entry. Nothing else writes a dossier table
(tests/test_guard_layer.py):

* a new case typed in the desktop (a draft becoming a record): `create_dossier` — role, authors
  are users, no seals/amendments/attestations, a decision only by a supervisor in their own name,
  stage guard;
* an edit (desktop Save, `applicant update`, `dossier waive`): `save_dossier` — role per part
  changed, seal immutability and amendments by their maker (never to an unknown polygraph rule),
  authors, waivers, decision and stage guard, identity fields;
* `applicant add --json`: `import_applicant` / `add_applicant` — drafts only (seals, amendments,
  waivers and the decision are dropped; exams too for a role that may not record them);
* demo data: `add_synthetic` — in a real vault as an import; in a demo vault (which cannot be
  enrolled) synthetic seals by fictional authors, marked external;
* sealing (desktop, `dossier seal`): `seal_record` — passphrase, role, the author is the user,
  completeness, double-exam policy per named pair, rule trust (rules_trust.py: an exam scored
  with an unknown rule is not sealed), stage guard;
* delete `delete_applicant` (lifecycle.py: supervisor, a reason that names no one, every
  derived row purged, a tombstone in the audit, the WAL truncated after the commit);
* retention (retention.py): the policy, set by a supervisor or an update package, and its run:
  only cases still due, nothing HQ has not acknowledged unless the supervisor says so;
* attachments `add_attachment`, duplicates `decide_duplicate`, the
  watchlist `import_watchlist` / `replace_watchlist` (also from update packages), an update
  package's files `install_files` (its polygraph rule set is remembered as known), the export's
  `mark_sent` — role;
* hand-over to another post (handover.py): the old post marks the case handed away (read-only
  from then on, every write above refuses it); the new post installs the case HQ re-issued, only
  for the officer, post and certificate it names, once;
* HQ import of a verified bundle: `import_arrival` — supervisor; admitted first in the same
  transaction (app/vault/receiving.py: repeat, stale, copied case id, another laptop, not the
  owner's, out of order) and recorded with its export number; `import_version` is the import
  itself; the case is found by its case
  id; sealed records are attested to the officer whose certificate signed the bundle;
* HQ's decisions and requests (hq_decisions.py): `record_hq_decision` at HQ — supervisor, passphrase
  (sealed), an HQ vault, a case received from a post, a text that names no one; on a laptop
  `install_hq_decisions` inside the update package's transaction — bound to this vault's id and a
  case it holds by case id, each stored once;
* after a migration, derived data of every case (`rebuild_matching`, `rebuild_sort_keys`,
  `rescore_exams`: computed results, rule status, polygraph stages and flags after 0010).
"""

from __future__ import annotations

from app.vault.guard.handover import HandoverMixin
from app.vault.guard.hq_decisions import HqDecisionsMixin
from app.vault.guard.hq_import import HqImportMixin
from app.vault.guard.maintenance import MaintenanceMixin
from app.vault.guard.records import DraftImport, RecordsMixin
from app.vault.guard.retention import RetentionMixin
from app.vault.guard.seal import SealMixin
from app.vault.guard.store import rebuild_matching, rebuild_sort_keys, rescore_exams


class GuardMixin(RecordsMixin, SealMixin, MaintenanceMixin, HqImportMixin, RetentionMixin, HqDecisionsMixin,
                 HandoverMixin):
    """The session's guarded write methods (composed into VaultSession)."""


__all__ = ["DraftImport", "GuardMixin", "rebuild_matching", "rebuild_sort_keys", "rescore_exams"]
