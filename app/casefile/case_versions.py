"""HQ: a case's versions, who sent each and when it was received, and what changed between any two
(app/domain/versions.py) — read from the archives HQ keeps whole as evidence (case_versions)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.casefile import bundle, tarsafe
from app.casefile.hq_ops import VersionRecord, version_records
from app.casefile.verify import MAX_CASE_JSON, MAX_MEMBER, MAX_MEMBERS
from app.domain import msg, safejson
from app.domain.versions import Change, diff
from app.errors import IntegrityError, NotFoundError
from app.vault.session import VaultSession


@dataclass(frozen=True)
class Version:
    version: int
    case_number: str
    officer: str  # who sent it (the call sign of the certificate that signed the bundle)
    post: str
    signed_at: str  # when it was signed at the post (UTC, minutes)
    received_at: str  # when HQ imported it (UTC, minutes)
    record_sha256: str

    def as_json(self) -> dict[str, Any]:
        return {"version": self.version, "case_number": self.case_number, "officer": self.officer,
                "post": self.post, "signed_at": self.signed_at, "received_at": self.received_at,
                "record_sha256": self.record_sha256}


def _version(r: VersionRecord) -> Version:
    v = r.version
    return Version(v.version, v.case_number, v.officer, v.post, r.signed_at.replace("T", " "),
                   v.imported_at[:16].replace("T", " "), r.record_sha256)


def versions(session: VaultSession, case: str) -> list[Version]:
    """Every version of the case HQ received, oldest first; refused if there are none."""
    out = [_version(r) for r in version_records(session, case)]
    if not out:
        raise NotFoundError(msg.text("versions.no_versions", case.strip().upper()))
    return out


def document(session: VaultSession, case: str, version: int) -> dict[str, Any]:
    """The case.json of one version, read from its archive within the verifier's limits."""
    try:
        content = session.version_content(case, version)
    except NotFoundError:
        raise NotFoundError(msg.text("versions.no_version", case.strip().upper(), version)) from None
    try:
        members, _ = tarsafe.read(content, bundle.allowed_member, max_members=MAX_MEMBERS, max_member=MAX_MEMBER)
        doc = safejson.loads(members[bundle.CASE_JSON], max_bytes=MAX_CASE_JSON)
    except (tarsafe.TarRefused, KeyError, safejson.JsonLimitError):
        raise IntegrityError(f"Version {version} of {case} is damaged in this vault.") from None
    if not isinstance(doc, dict):
        raise IntegrityError(f"Version {version} of {case} is damaged in this vault.")
    return doc


def compare(session: VaultSession, case: str, a: int, b: int) -> list[Change]:
    """What changed from version `a` to version `b` (either order: b may be older)."""
    return diff(document(session, case, a), document(session, case, b))


def where(c: Change) -> msg.Text:
    """The section of a change in words ("interview 2", "person")."""
    return msg.text(f"versions.section.{c.section}", c.item)


def field_parts(c: Change) -> list[str]:
    """The changed field's path in words, part by part (coded parts carry their code)."""
    out: list[str] = []
    for part in c.field.split(".") if c.field else []:
        if part.isdigit():
            out.append(part)
        elif f"field.{part}" in msg.TEXT:
            out.append(msg.text(f"field.{part}"))
        elif f"versions.field.{part}" in msg.TEXT:
            out.append(msg.text(f"versions.field.{part}"))
        else:
            out.append(part.replace("_", " "))
    return out


def what(c: Change) -> msg.Text:
    return msg.text(f"versions.kind.{c.kind}", c.by, c.after)


def english(c: Change) -> str:
    """One line of `dossier hq versions --diff`."""
    head = f"{where(c)}" + (f" · {' › '.join(field_parts(c))}" if c.field else "")
    if c.kind == "changed":
        return f"{head}: {c.before or '—'} → {c.after or '—'}"
    if c.kind in ("added", "removed"):
        detail = c.after if c.kind == "added" else c.before
        return f"{head}: {what(c)}" + (f" ({detail})" if detail else "")
    return f"{head}: {what(c)}"
