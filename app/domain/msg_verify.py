"""The HQ verification report by code (app/casefile/verify.py, app/vault/receiving.py): each check's
name, PASS/FAIL, and the details of a passed check and of an import HQ refuses. The English is what
`dossier hq verify/import` prints; the desktop's HQ windows show the Ukrainian of the .ts (context
"Verify"). The details of a failed cryptographic check (a library's reason) stay English.
"""

# ruff: noqa: E501
from __future__ import annotations

CHECK_NAMES = {  # the check as the report names it
    "size": "size", "decrypt": "decrypt", "archive": "archive", "manifest-signature": "manifest-signature",
    "manifest": "manifest", "signing-time": "signing-time", "officer-certificate": "officer-certificate",
    "revocation": "revocation", "officer-block": "officer-block", "manifest-hashes": "manifest-hashes",
    "attachment-names": "attachment-names", "pdf-signature": "pdf-signature", "json-schema": "json-schema",
    "json-vs-manifest": "json-vs-manifest", "attachments-vs-json": "attachments-vs-json",
    "pdf-vs-manifest": "pdf-vs-manifest", "sequence": "sequence", "sequence-time": "sequence-time",
    "case-owner": "case-owner", "case-origin": "case-origin", "case-deleted": "case-deleted",
    "read": "read", "internal": "internal",
}

VERIFY = {
    "pass": "PASS",
    "fail": "FAIL",
    # a passed check
    "size": "%1 bytes",
    "decrypt": "encrypted to this HQ; envelope intact",
    "archive": "%1 members, all expected, nothing else",
    "manifest_signature": "valid CMS signature over the manifest's bytes, by %1 (%2)",
    "manifest": "case %1, %2 files, export %3",
    "signing_time": "signed %1 UTC",
    "officer_certificate": "issued by HQ CA, serial %1, valid when signed",
    "revocation": "not revoked",
    "officer_block": "the manifest names the certificate's officer",
    "manifest_hashes": "%1 files match",
    "attachment_names": "%1 attachment(s) named by their content hash",
    "pdf_signature": "PAdES signature valid over the whole file, chains to HQ's CA",
    "json_schema": "case.json is a valid field-dossier/1 dossier",
    "json_vs_manifest": "case.json is the manifest's case, content and record",
    "attachments_vs_json": "the attachments are exactly those case.json lists",
    "pdf_vs_manifest": "the PDF is this case and content, signed by the same officer at the same time",
    # an import HQ refuses or keeps aside (app/vault/receiving.py)
    "copied_case_id": "case id %1 is held here for a case created in vault %2 by %3 (%4); this bundle's case says vault %5, %6 (%7): a copied case id",
    "kept_elsewhere": "the case is kept by vault %1; this bundle comes from vault %2 and no signed transfer moves it there",
    "repeat": "a repeat of export %1 of vault %2, first received %3 UTC; nothing changed",
    "conflict": "export %1 of this vault was already received with other content: a cloned or forged vault",
    "clock_back": "signed %1 UTC, before an export with a lower number from the same vault (%2 UTC): the laptop's clock was set back",
    "after_higher": "signed %1 UTC, after an export with a higher number from the same vault (%2 UTC)",
    "not_owner": "the case belongs to %1 (%2) and is signed by %3 (%4); no signed transfer hands it over",
    "deleted_at_post": "post %1 deleted this case and HQ recorded its signed deletion notice on %2 UTC; a bundle of it from there is refused (signed %3 UTC)",
    "stale": "export %1 is not newer than export %2, which made the current version; kept, not made current",
    # a refused bundle in a day's import (app/casefile/hq_batch.py): what the failed check means, in a sentence
    "why.read": "the file could not be read",
    "why.internal": "an unexpected error stopped this bundle; the details are in the log",
    "why.size": "it is not a bundle file of an acceptable size",
    "why.decrypt": "it cannot be opened with this HQ's key: damaged, cut short or meant for another HQ",
    "why.archive": "its archive holds something else than what the program writes",
    "why.manifest-signature": "the signature over its list of contents is not valid",
    "why.manifest": "its list of contents is not in the program's format",
    "why.signing-time": "its signing time does not agree with itself or is after it arrived",
    "why.officer-certificate": "it was not signed with a certificate this HQ issued",
    "why.revocation": "it was signed with a revoked certificate",
    "why.officer-block": "the officer it names is not the one who signed it",
    "why.manifest-hashes": "a file in it was changed after it was signed",
    "why.attachment-names": "an attachment in it was changed after it was signed",
    "why.pdf-signature": "the signature of its case file is not valid",
    "why.json-schema": "its case data is not a valid dossier",
    "why.json-vs-manifest": "its case data is not what was signed",
    "why.attachments-vs-json": "its attachments are not those its case lists",
    "why.pdf-vs-manifest": "its case file is not the signed case",
    "why.sequence": "the same export number arrived before with other content",
    "why.sequence-time": "it was signed out of the laptop's order",
    "why.case-owner": "it was signed by someone else than the case's officer",
    "why.case-origin": "it was sent from another laptop than the one that keeps the case",
    "why.case-deleted": "its post deleted this case",
}
