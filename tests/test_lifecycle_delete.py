"""Deleting a case destroys it inside the vault: nothing of its names is left on any page of the
database or its write-ahead log (decrypted by hand with the data key, free pages included); the
tombstone stays in the audit, the chain verifies, and no case file or bundle of it can be made."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from app.casefile import deletion
from app.casefile.export import export_cases
from app.domain.names import latin_variants
from app.errors import NotFoundError, PermissionDenied, ValidationError
from app.vault import audit, vault
from app.vault.tombstones import tombstone_for
from tests import rawpages
from tests.conftest import PASS, PASS2, sample_doc, seed_dossier

SURNAME, GIVEN, PATRONYMIC = "Зозулястенко", "Ярополк", "Всеволодович"
RELATIVE = "Зозулястенко Мирослава"
PASSPORT = "QZ739164"
RECIPIENT = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"  # HQ's key (age's example)


def names() -> set[str]:
    """The person's names in Cyrillic, every Latin spelling the vault knows, and every schema of
    iuliia (28 romanisation standards: GOST, ISO 9, ICAO, BGN/PCGN, ALA-LC, …), with and without
    diacritics."""
    import unicodedata

    import iuliia

    words = {SURNAME, GIVEN, PATRONYMIC, "Мирослава", PASSPORT}
    for w in list(words):
        words |= latin_variants(w)
        for name in dir(iuliia):
            if name.isupper() and hasattr(getattr(iuliia, name), "translate"):
                latin = getattr(iuliia, name).translate(w)
                words |= {latin, unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()}
    return {x for x in words if len(x) >= 4}


def doomed_doc() -> dict:  # type: ignore[type-arg]
    doc = sample_doc(surname=SURNAME, given_name=GIVEN, patronymic=PATRONYMIC)
    doc["person"]["documents"] = [{"type": "passport", "number": PASSPORT, "issuer": "ДМС"}]
    doc["person"]["relatives"] = [{"relation": "мати", "name": RELATIVE, "residence": "Мелітополь",
                                   "hostile_territory": True}]
    doc["person"]["aliases"] = ["Yaropolk Zozuliastenko"]
    doc["interviews"][0]["answers"] = {"motivation": f"Я, {SURNAME} {GIVEN}, хочу захищати родину."}
    return doc


@pytest.fixture
def post(vault_dir: Path):  # type: ignore[no-untyped-def]
    s = vault.create(vault_dir, "KYIV", "Sam", PASS)
    s.add_user("Olga", __import__("app.domain.enums", fromlist=["Role"]).Role.OFFICER, PASS2)
    yield s
    if not s.closed:
        s.close()


def _fill(s, stick: Path) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    """The doomed case with everything that derives from it, and a second case that stays. The
    case is exported for real to a folder named after the applicant (as an officer might)."""
    other = seed_dossier(s, sample_doc())
    case = seed_dossier(s, doomed_doc())
    s.add_attachment(case, "note.txt", f"{SURNAME} {GIVEN} {PATRONYMIC}\n".encode("utf-16"), "other")
    d = s.get_dossier(case)
    doc = copy.deepcopy(doomed_doc())
    doc["person"]["place_of_birth"] = f"біля {SURNAME}ки"
    s.save_draft(case, doc)
    s.decide_duplicate(case, other, "distinct")
    s.record_print(case)
    name_bytes = f"{SURNAME} {GIVEN}".encode()
    with s.write() as c:  # what an HQ vault and a laptop keep beside the case: versions, bundles, exports
        c.execute("INSERT INTO case_versions(case_number, version, imported_at, imported_by, officer, post, "
                  "cert_serial, json_sha256, bundle_sha256, content, case_id) VALUES (?, 1, '', '', '', '', '', "
                  "'', '', ?, ?)", (case, name_bytes, d.case_id))
        c.execute("INSERT INTO received_bundles(bundle_sha256, inner_sha256, vault_id, sequence, case_key, "
                  "case_number, officer, post, cert_serial, signed_at, arrived_at, outcome, content) "
                  "VALUES ('', '', 'v', 1, ?, ?, '', '', '', '', '', 'imported', ?)", (d.case_id, case, name_bytes))
    exported = export_cases(s, [case], stick, recipient=RECIPIENT)
    assert [e.case_number for e in exported.exported] == [case]
    assert [e.target for e in s.export_history()] == [stick.name]  # the officer sees where it went
    assert [r.summary.case_number for r in s.search(SURNAME)] == [case]
    return case, other, d.case_id


def test_a_deleted_case_leaves_no_name_on_any_page(post, vault_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    s = post
    stick = tmp_path / f"{SURNAME} {GIVEN}"  # the folder named after the applicant
    stick.mkdir()
    case, other, case_id = _fill(s, stick)
    key = bytes(s._data_key)
    db = vault_dir / "vault.db"
    before = rawpages.find(key, db, names())
    assert SURNAME in before and PASSPORT in before  # the decryption works: the names are there now

    with pytest.raises(ValidationError, match="must not name"):
        s.delete_applicant(case, f"withdrawn, {SURNAME.lower()} asked")
    assert s.delete_applicant(case, "withdrawn at the applicant's request") == [case]

    assert rawpages.find(key, db, names()) == {}  # open vault: database and WAL
    (n_pages,) = [len(rawpages.pages(key, db))]
    assert n_pages > 10
    with s.read() as c:
        report = audit.verify(c, audit.chain_key(c, key))
        t = tombstone_for(c, case_id)
        details = [r[0] for r in c.execute("SELECT detail FROM audit WHERE case_number = ?", (case,))]
    assert report.ok and report.entries >= 6
    assert t is not None and (t.case_number, t.case_id, t.reason) == (
        case, case_id, "withdrawn at the applicant's request")
    assert t.deleted_by == "Sam" and t.outcome == ""
    assert all(SURNAME not in d and GIVEN not in d for d in details)
    # the other case is whole; the deleted one is refused by number and by case id, saying so
    assert s.get_dossier(other).person.surname == "Шевчук"
    for ref in (case, case_id):
        with pytest.raises(NotFoundError, match="deleted"):
            s.get_dossier(ref)
    assert s.load_draft(case) is None
    assert s.search(SURNAME) == []
    assert deletion.write_pending(s, stick, RECIPIENT) == 1  # the notice, to the same folder
    assert [e.target for e in s.export_history()] == [""]
    assert rawpages.find(key, db, names()) == {}
    s.close()
    assert rawpages.find(key, db, names()) == {}  # closed: what a captured laptop holds
    assert not (vault_dir / "vault.db-wal").exists() or (vault_dir / "vault.db-wal").stat().st_size == 0


def test_only_a_supervisor_deletes_and_a_reason_is_needed(post, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    case = seed_dossier(post, sample_doc())
    with pytest.raises(ValidationError, match="reason"):
        post.delete_applicant(case, "   ")
    post.close()
    olga = vault.unlock(vault_dir, "Olga", PASS2)
    with pytest.raises(PermissionDenied):
        olga.delete_applicant(case, "withdrawn")
    assert olga.get_dossier(case).case_number == case
    olga.close()


def test_no_case_file_or_bundle_of_a_deleted_case(post, vault_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.guard_helpers import cli

    case = seed_dossier(post, sample_doc())
    post.delete_applicant(case, "entered in error")
    post.close()
    (tmp_path / "stick").mkdir()
    import pyrage

    (tmp_path / "recipient.txt").write_text(str(pyrage.x25519.Identity.generate().to_public()) + "\n")
    for argv in (["casefile", case, "--out", str(tmp_path / "c.pdf")],
                 ["export", case, "--to", str(tmp_path / "stick"), "--recipient-file", str(tmp_path / "recipient.txt")],
                 ["applicant", "show", case]):
        code, _out, err = cli(vault_dir, "Sam", *argv)
        assert code == 6, (argv, err)
        assert "deleted" in err
    assert not (tmp_path / "c.pdf").exists()
