"""The HQ verification report by code (app/casefile/verify.py, app/vault/receiving.py): each check's
name, PASS/FAIL, and the details of a passed check and of an import HQ refuses. The English is what
`dossier hq verify/import` prints; the desktop's HQ windows show the Ukrainian of the .ts (context
"Verify"). A failed check's detail is coded too (FAILED, `failed.<code>`): the bundle's size, the
archive, the signatures (app/casefile/signing.py, pki.py, tarsafe.py) and the comparisons.
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

FAILED = {  # a failed check's detail (app/casefile/verify.py, signing.py, pki.py, tarsafe.py)
    "verification_failed_at": "Verification failed at %1: %2.",
    "verification_failed": "Verification failed.",
    # size
    "link": "a link, not a bundle file",
    "not_regular": "not a regular file",
    "over_limit_size": "%1 bytes is over the %2 byte limit",
    "over_limit": "over the %1 byte limit",
    "over_the_limit": "%1 bytes is over the limit",
    # decrypt
    "not_for_this_hq": "cannot decrypt: not encrypted to this HQ",
    "damaged": "cannot decrypt: damaged or truncated",
    # archive (app/casefile/tarsafe.py)
    "member_missing": "%1 is missing",
    "member_order": "the members are not in the order this program writes them",
    "tar_octal_size": "a header's size is not a plain octal number",
    "tar_octal_time": "a header's time is not a plain octal number",
    "tar_name_ascii": "a member name is not plain ASCII",
    "tar_truncated": "the archive ends in the middle (no end-of-archive marker)",
    "tar_too_many": "more than %1 members",
    "tar_type": "a member of type %1: links, devices, sparse files and PAX or GNU extensions are not accepted",
    "tar_unexpected": "unexpected member %1 (path or name not allowed)",
    "tar_twice": "%1 appears twice",
    "tar_too_big": "%1 is %2 bytes, over the %3 byte limit",
    "tar_times": "the members carry different times",
    "tar_header": "%1 has a header this program does not write (owner, mode, link or extension)",
    "tar_cut_short": "%1 is cut short: its header claims more bytes than the archive holds",
    "tar_padding": "bytes hidden in the padding after %1",
    "tar_trailing": "data after the end of the archive",
    # manifest-signature (app/casefile/signing.py)
    "cms_not_single": "not a single-signer CMS signature",
    "cms_no_cert": "the signer's certificate is missing",
    "cms_digest": "unexpected digest algorithm",
    "cms_damaged": "the signature is damaged",
    "cms_mismatch": "the signature does not match the manifest",
    "cms_unsigned": "the signature carries unsigned data",
    "cms_foreign_cert": "the signature carries a certificate that is neither the officer's nor HQ's CA",
    "cms_form": "the signature is not in the form this program writes",
    # manifest
    "manifest_invalid": "the manifest is not a valid field-dossier-bundle/2 manifest",
    "manifest_v1": "made by an older version of the program (format 1); export the case again",
    "manifest_not_canonical": "the manifest is not in canonical form",
    # signing-time
    "time_not_date": "the manifest's signing time is not a date",
    "time_missing": "the signature carries no signing time",
    "time_differs": "the manifest's time and the signature's signing time differ",
    "time_after_arrival": "signed %1 UTC, after the bundle arrived (%2 UTC): a wrong clock or a forgery",
    "time_archive": "the archive's time is not the manifest's signing time",
    # officer-certificate (app/casefile/pki.py issued_by)
    "not_enrolled": "NOT ENROLLED: signed with a self-signed certificate",
    "certificate_is": "the certificate is %1",
    "ca_signature": "its CA signature does not verify",
    "not_this_ca": "not issued by this HQ's CA",
    "not_valid_then": "it was not valid at that time",
    "ca_not_valid_then": "issued by a CA that was not valid at that time",
    # revocation
    "revoked": "%1's certificate (serial %2) is revoked",
    "revoked_since": "%1's certificate (serial %2) is revoked since %3 UTC",
    # officer-block
    "officer_field": "the manifest's officer %1 is not the signing certificate's",
    "officer_callsign": "call sign", "officer_post": "post", "officer_enrolled": "enrolment",
    "officer_serial": "serial number",
    # manifest-hashes, attachment-names
    "files_differ": "the files in the bundle differ from the manifest's list",
    "hash_mismatch": "%1 does not match its manifest hash",
    "attachment_name": "%1… is not named by the hash of its content",
    # pdf-signature (app/casefile/signing.py verify_pdf)
    "pdf_count": "%1 signatures instead of one",
    "pdf_damaged": "the PDF or its signature is damaged",
    "pdf_mismatch": "the signature does not match the document",
    "pdf_changed": "the file was changed after signing",
    "pdf_revoked": "the signer's certificate is revoked",
    "pdf_untrusted": "the signer does not chain to HQ's CA at the signing time",
    # json-vs-manifest, attachments-vs-json, pdf-vs-manifest
    "json_other_case": "case.json is for another case than the manifest",
    "json_case_hash": "case.json does not match the manifest's case hash",
    "json_record_hash": "case.json does not match the manifest's record hash",
    "attachment_not_in_bundle": "an attachment listed in case.json is not in the bundle",
    "attachment_not_listed": "the bundle holds an attachment that case.json does not list",
    "pdf_other_signer": "the PDF was signed by someone else than the manifest",
    "pdf_time": "the PDF's signing time is not the manifest's",
    "pdf_other_case": "the PDF is the case file of another case",
    "pdf_other_version": "the PDF shows another version of the case than case.json",
}
