"""The words of a case's versions at HQ and what changed between two of them (app/domain/versions.py),
by code (`versions.*`, context "Versions"). The CLI prints the English; the desktop translates.
%1, %2 … stand for the parameters, as in Qt.
"""

# ruff: noqa: E501
from __future__ import annotations

SECTIONS = {  # where a change is
    "case": "case",
    "person": "person",
    "application": "application",
    "interview": "interview %1",
    "check": "check %1",
    "exam": "polygraph exam %1",
    "decision": "decision",
    "attachment": "attachment %1",
}

KINDS = {  # what happened
    "changed": "changed",
    "added": "added",
    "removed": "removed",
    "sealed": "sealed by %1",
    "amended": "amended by %1: %2",
}

FIELD_NAMES = {  # fields that app.domain.msg.FIELDS does not name (those are looked up there first)
    "case_number": "case number", "surname": "surname", "given_name": "given name", "patronymic": "patronymic",
    "surname_latin": "surname (Latin)", "given_name_latin": "given name (Latin)",
    "patronymic_latin": "patronymic (Latin)", "aliases": "other names", "callsign": "call sign",
    "date_of_birth": "date of birth", "date_of_birth_precision": "date of birth known to", "place_of_birth": "place of birth",
    "citizenships": "citizenships", "documents": "documents", "category": "category", "military": "military service",
    "contact_method": "contact", "relatives": "relatives", "languages": "languages", "photo": "photo",
    "text": "text", "signed": "signed", "pages": "scanned pages", "template_id": "form",
    "template_version": "form version", "attachments": "attachments", "waived_by": "waived by",
    "waiver_reason": "waiver reason", "number": "number", "instrument": "instrument", "serial": "serial number",
    "technique": "technique", "type": "type", "issuer": "issued by", "issued_on": "issued on",
    "expires_on": "expires on", "unit": "unit", "rank": "rank", "branch": "branch", "served_from": "served from",
    "served_to": "served to", "relation": "relation", "name": "name", "residence": "residence",
    "hostile_territory": "in hostile territory", "contact": "contact", "label": "label", "chart": "chart",
    "question": "question", "channel": "channel", "score": "score", "media_type": "file type", "size": "size",
    "purpose": "purpose", "ndi": "threshold (no deception)", "di": "threshold (deception)",
}

WORDS = {  # the window's and the command's own sentences
    "no_changes": "Versions %1 and %2 are the same in every field.",
    "no_versions": "Case %1 has no versions received at HQ in this vault.",
    "no_version": "Case %1 has no version %2.",
}
