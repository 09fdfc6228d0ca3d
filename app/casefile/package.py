"""HQ → field update packages: watchlist, form templates, rule sets.

A package is an age file encrypted to the field distribution recipient (every
enrolled laptop holds that identity inside its vault), holding a tar of:

    package.json     canonical JSON: sequence number, created, and each file's kind, name and SHA-256
    package.p7s      CMS SignedData (DER), detached, over package.json, by the HQ CA key
    watchlist.json, forms/<id>.v<n>.json, rules/<polygraph|workflow>.json
    receipts.json    HQ's receipts for what it received (field-dossier-receipts/1)
    hq_decisions.json HQ's decisions and requests on cases (field-dossier-hq-decisions/1,
                     app/domain/hq_decisions.py), each bound on install to a vault id and a case id

A laptop installs a package only if the signature is the CA's own, every hash
matches, every file validates, and the sequence number is higher than the one
installed: an old package replayed from a stick is refused.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pyrage

from app.casefile import pki, signing, tarsafe
from app.casefile.hq import HqKeystore
from app.domain import content, hq_decisions, msg, safejson, watchlist
from app.domain.hq_decisions import HqDecision
from app.domain.interchange import canonical_json, parse_json_text
from app.errors import IntegrityError, UsageError, ValidationError, os_reason
from app.vault.files import atomic_write, read_at_most

FORMAT = "field-dossier-update/1"
MAX_PACKAGE = 64 * 1024 * 1024
MAX_FILES = 200
NAME_RE = re.compile(r"(watchlist\.json|forms/[a-z0-9_]+\.v[0-9]{1,4}\.json|rules/(polygraph|workflow)\.json"
                     r"|policy/retention\.json)")
RECEIPTS = "receipts.json"
RECEIPTS_FORMAT = "field-dossier-receipts/1"
OUTCOMES = {"imported", "unchanged", "stale", "conflict", "order", "owner"}
_HEX = re.compile(r"[0-9a-f]+")


@dataclass(frozen=True)
class Package:
    sequence: int
    created_at: str
    watchlist: Any | None
    content: list[tuple[str, str, Any]]  # (kind, name, parsed JSON) for forms and rules
    crl_pem: bytes = b""  # HQ's current revocation list, in every package
    receipts: list[dict[str, Any]] | None = None  # what HQ received lately, from every vault
    decisions: list[HqDecision] | None = None  # HQ's decisions and requests lately, for every post
    hq_result: tuple[int, int] = (0, 0)  # after install: HQ decisions stored, refused (not a case held here)


def _allowed(name: str) -> bool:
    return name in ("package.json", "package.p7s", "crl.pem", RECEIPTS, hq_decisions.MEMBER) or \
        NAME_RE.fullmatch(name) is not None


def _receipts(doc: Any) -> list[dict[str, Any]]:
    """HQ's receipts (what it received from each vault), checked field by field."""
    bad = IntegrityError(msg.text("err.pkg_receipts_damaged"))
    if not isinstance(doc, dict) or doc.get("format") != RECEIPTS_FORMAT or not isinstance(doc.get("receipts"), list):
        raise bad
    out = []
    for r in doc["receipts"][:200_000]:
        ok = (isinstance(r, dict) and isinstance(r.get("vault_id"), str) and len(r["vault_id"]) == 32
              and _HEX.fullmatch(r["vault_id"]) and type(r.get("sequence")) is int and r["sequence"] > 0
              and isinstance(r.get("bundle_sha256"), str) and len(r["bundle_sha256"]) == 64
              and _HEX.fullmatch(r["bundle_sha256"]) and r.get("outcome") in OUTCOMES
              and (r.get("version") is None or type(r["version"]) is int)
              and all(isinstance(r.get(k), str) and len(r[k]) <= 400 for k in
                      ("case_key", "case_number", "detail", "received_at")))
        if not ok:
            raise bad
        out.append(r)
    return out


def _read_json(path: Path) -> Any:
    try:
        return parse_json_text(path.read_bytes())
    except OSError as exc:
        raise UsageError(msg.text("err.sealed_cannot_read", path.name, os_reason(exc))) from None


def _validate(files: dict[str, Any]) -> tuple[Any | None, list[tuple[str, str, Any]]]:
    """Every file must be valid before a package is built or installed."""
    wl = files.get("watchlist.json")
    if wl is not None:
        watchlist.parse(wl)
    items: list[tuple[str, str, Any]] = []
    for name, doc in sorted(files.items()):
        if name.startswith("forms/"):
            key = name.removeprefix("forms/").removesuffix(".json")
            content.check("form", key, doc)
            items.append(("form", key, doc))
        elif name.startswith("rules/"):
            key = name.removeprefix("rules/").removesuffix(".json")
            content.check("rules", key, doc)
            items.append(("rules", key, doc))
        elif name == "policy/retention.json":  # issue 20: HQ sets the posts' retention policy
            from app.domain import retention

            retention.parse(doc)
            items.append(("policy", "retention", doc))
    return wl, items


def build(ks: HqKeystore, out: Path, watchlist_file: Path | None, forms_dir: Path | None,
          rules_files: list[Path], receipts: list[dict[str, Any]] | None = None,
          retention_file: Path | None = None, decisions: list[HqDecision] | None = None) -> int:
    """Write a package; `receipts` and `decisions` (from the HQ vault) go in as receipts.json and
    hq_decisions.json, signed with the rest."""
    files: dict[str, Any] = {}
    if watchlist_file:
        files["watchlist.json"] = _read_json(watchlist_file)
    if forms_dir:
        found = sorted(forms_dir.glob("*.v*.json"))
        if not found:
            raise UsageError(msg.text("err.pkg_no_forms"))
        for p in found:
            files[f"forms/{p.name}"] = _read_json(p)
    for p in rules_files:
        doc = _read_json(p)
        kind = {"field-dossier/polygraph-rules/1": "polygraph", "field-dossier/workflow-rules/1": "workflow"}.get(
            str(doc.get("format")) if isinstance(doc, dict) else "")
        if kind is None:
            raise ValidationError(msg.text("err.pkg_not_rules", p.name))
        files[f"rules/{kind}.json"] = doc
    if retention_file:
        files["policy/retention.json"] = _read_json(retention_file)
    if not files and receipts is None and decisions is None:
        raise UsageError(msg.text("err.pkg_nothing"))
    bad = [n for n in files if not NAME_RE.fullmatch(n)]
    if bad:
        raise ValidationError(msg.text("err.pkg_bad_name", bad[0]))
    _validate(files)
    ks.reissue_crl()  # every package carries a fresh CRL with a higher number
    seq = ks.next_package_sequence()
    raw = {n: canonical_json(d) for n, d in files.items()}
    raw["crl.pem"] = ks.crl_pem()
    if receipts is not None:
        raw[RECEIPTS] = canonical_json({"format": RECEIPTS_FORMAT, "receipts": receipts})
    if decisions is not None:
        doc = hq_decisions.document(decisions)
        try:
            hq_decisions.parse(doc)  # never sign what a laptop would refuse
        except ValueError:
            raise ValidationError(msg.text("hq.package_damaged")) from None
        raw[hq_decisions.MEMBER] = canonical_json(doc)
    listed = [{"path": n, "sha256": hashlib.sha256(b).hexdigest()} for n, b in sorted(raw.items())]
    man = canonical_json({"format": FORMAT, "sequence": seq, "created_at": pki.utcnow().isoformat(), "files": listed})
    signer = signing.OfficerSigner(pki.key_pem(ks.ca_key), pki.cert_pem(ks.ca_cert), [pki.cert_pem(ks.ca_cert)])
    members = {"package.json": man, "package.p7s": signer.sign_detached(man, pki.utcnow()), **raw}
    inner = tarsafe.write(members.items(), int(pki.utcnow().timestamp()))
    sealed = pyrage.encrypt(inner, [pyrage.x25519.Recipient.from_str(ks.field_recipient)])
    try:
        atomic_write(out, bytes(sealed))
    except OSError as exc:
        raise UsageError(msg.text("err.pkg_cannot_write", os_reason(exc))) from None
    return seq


def read(path: Path, field_identity: str, ca_pem: str) -> Package:
    """Decrypt, verify and validate a package; raises IntegrityError naming what is wrong."""
    try:
        raw = read_at_most(path, MAX_PACKAGE + 1)
    except OSError as exc:
        raise UsageError(msg.text("err.pkg_cannot_read", os_reason(exc))) from None
    if len(raw) > MAX_PACKAGE:
        raise IntegrityError(msg.text("err.pkg_too_large"))
    try:
        inner = pyrage.decrypt(raw, [pyrage.x25519.Identity.from_str(field_identity)])
    except pyrage.DecryptError:
        raise IntegrityError(msg.text("err.pkg_not_ours")) from None
    try:
        members, _ = tarsafe.read(bytes(inner), _allowed, max_members=MAX_FILES, max_member=MAX_PACKAGE)
    except tarsafe.TarRefused:
        raise IntegrityError(msg.text("err.pkg_unexpected_file")) from None
    if "package.json" not in members or "package.p7s" not in members:
        raise IntegrityError(msg.text("err.pkg_unsigned"))
    cms = signing.verify_detached(members["package.json"], members["package.p7s"])
    ca = pki.load_cert(ca_pem.encode())
    if not cms.ok or cms.signer is None or cms.signer != ca:
        raise IntegrityError(msg.text("err.pkg_signature"))
    try:
        man = safejson.loads(members["package.json"], max_bytes=1024 * 1024, max_depth=4)
        listed = {str(f["path"]): str(f["sha256"]) for f in man["files"]}
        seq = int(man["sequence"])
        if man["format"] != FORMAT or len(listed) != len(man["files"]):
            raise ValueError
    except (ValueError, KeyError, TypeError, safejson.JsonLimitError):
        raise IntegrityError(msg.text("err.pkg_manifest")) from None
    body = {n: b for n, b in members.items() if n not in ("package.json", "package.p7s")}
    if set(body) != set(listed) or any(hashlib.sha256(b).hexdigest() != listed[n] for n, b in body.items()):
        raise IntegrityError(msg.text("err.pkg_hash"))
    crl = body.pop("crl.pem", b"")
    if crl:
        pki.load_crl(crl, ca)
    decisions_raw = body.pop(hq_decisions.MEMBER, None)
    try:
        decisions = hq_decisions.parse(safejson.loads(decisions_raw, max_bytes=MAX_PACKAGE, max_depth=4)) \
            if decisions_raw is not None else None
    except (ValueError, TypeError, safejson.JsonLimitError):
        raise IntegrityError(msg.text("hq.package_damaged")) from None
    receipts_raw = body.pop(RECEIPTS, None)
    try:
        receipts = _receipts(safejson.loads(receipts_raw, max_bytes=MAX_PACKAGE)) if receipts_raw else None
    except safejson.JsonLimitError:
        raise IntegrityError(msg.text("err.pkg_receipts_damaged")) from None
    try:
        files = {n: safejson.loads(b) for n, b in body.items()}
    except safejson.JsonLimitError:
        raise IntegrityError(msg.text("err.pkg_not_json")) from None
    wl, items = _validate(files)
    return Package(seq, str(man.get("created_at", "")), wl, items, crl, receipts, decisions)


def install(session: Any, path: Path) -> Package:
    """Verify a package against the HQ trust stored at enrolment, then install it."""
    trust = session.hq_trust()
    if not trust["hq_ca_pem"]:
        raise UsageError(msg.text("err.pkg_not_enrolled"))
    pkg = read(path, trust["hq_field_identity"], trust["hq_ca_pem"])
    installed = session.package_sequence
    if pkg.sequence <= installed:
        raise IntegrityError(msg.text("err.pkg_not_newer", pkg.sequence, installed))
    result = session.install_package(pkg.sequence, pkg.content, pkg.watchlist, pkg.crl_pem, pkg.receipts,
                                     pkg.decisions)
    return replace(pkg, hq_result=(int(result[0]), int(result[1])))
