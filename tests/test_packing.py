"""Records packed at rest (app/vault/packing.py, migration 0015): they read back identically, seals
and the audit chain still verify, shared exam parts are counted and go with their last exam, and a
part cannot be swapped for another without the exam being refused."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path
from typing import Any

import pytest

from app.domain.serde import to_jsonable
from app.errors import IntegrityError
from app.vault import demo, packing, vault
from app.vault.dossiers import dump
from tests.conftest import PASS, sample_doc, seed_dossier

VAULT_GIVEN = ("case_number", "case_id", "created_at", "updated_at", "origin", "former_numbers")


def _stored(d: Any) -> dict[str, Any]:
    """A dossier's JSON but what the vault gives it; scores in one order (they are rows of their own,
    read back ordered by chart, question and channel, before 0015 as now)."""
    out = {k: v for k, v in to_jsonable(d).items() if k not in VAULT_GIVEN and k != "attachments"}
    for exam in out["polygraph_exams"]:
        exam["scores"].sort(key=json.dumps)
    return out


def test_the_version_1_dictionary_is_frozen() -> None:
    # packed values of version 1 inflate only with exactly these bytes: a change needs a new version
    assert hashlib.sha256(packing.ZDICT_V1).hexdigest() == (
        "c1ffe400b61be100ba2b77e2274a386ecdbdfd6c6acd246149a99a98d96c5a4c")


def test_pack_round_trip_and_damage() -> None:
    text = json.dumps({"notes": "Коваленко Андрій, " * 40, "sealed_by": "Alpha"}, ensure_ascii=False)
    packed = packing.pack(text)
    assert packed[0] == packing.V1 and len(packed) < len(text.encode()) / 4
    assert packing.unpack(packed) == text and packing.unpack(text) == text  # plain text (before 0015) reads
    for bad in (b"", b"\x02" + packed[1:], packed[:-3], packed + b"x", 42):
        with pytest.raises(IntegrityError):
            packing.unpack(bad)


def _demo(folder: Path, n: int = 30) -> tuple[Any, list[Any]]:
    s = vault.create(folder, "KYIV", "Alpha", PASS, demo=True)
    rng, pools = random.Random(5), demo._pools(5)
    made = [demo.make_dossier(rng, pools, demo.REFERENCE_DATE) for _ in range(n)]
    s.add_synthetic(made)  # in a demo vault the records are stored as they are (authors marked external)
    expected = [_stored(d) for d, _ in made]
    return s, expected


def test_records_read_back_identically_and_are_stored_packed(tmp_path: Path) -> None:
    s, expected = _demo(tmp_path / "v")
    try:
        got = []
        for row in sorted(s.list_applicants(), key=lambda r: r.case_number):
            got.append(_stored(s.get_dossier(row.case_number)))
        assert sorted(got, key=json.dumps) == sorted(expected, key=json.dumps)
        assert sum(len(e["polygraph_exams"]) for e in expected) > 10
        with s.read() as c:
            for table, column in (("applicant_details", "details"), ("applications", "data"), ("interviews", "data"),
                                  ("checks", "data"), ("decisions", "data"), ("polygraph_exams", "data")):
                kinds = {r[0] for r in c.execute(f"SELECT typeof({column}) FROM {table}")}
                assert kinds == {"blob"}, table
            # the rule snapshots and question lists are kept once per content, counted by the exams using them
            parts = c.execute("SELECT count(*), sum(refs) FROM exam_parts").fetchone()
            exams = c.execute("SELECT count(rule_sha) + count(questions_sha) FROM polygraph_exams").fetchone()[0]
            raw = c.execute("SELECT data FROM polygraph_exams LIMIT 1").fetchone()[0]
        assert parts[0] < 12 and parts[1] == exams > 20
        assert "rule" not in packing.loads(raw) and "questions" not in packing.loads(raw)
    finally:
        s.close()


def test_seals_and_the_audit_chain_verify_after_packing(session: Any, vault_dir: Path) -> None:
    case = seed_dossier(session, sample_doc())  # interview 1 and exam 1 stand sealed
    before = to_jsonable(session.get_dossier(case))
    session.close()
    s = vault.unlock(vault_dir, "Alpha", PASS)
    try:
        d = s.get_dossier(case)
        assert to_jsonable(d) == before  # the same JSON: the same interchange hash, the same case file
        assert d.interviews[0].sealed_by and d.polygraph_exams[0].sealed_by
        s.save_dossier(d)  # a sealed record saved unchanged is no change to a seal
        assert to_jsonable(s.get_dossier(case))["polygraph_exams"] == before["polygraph_exams"]
        assert s.audit_verify().ok
        with s.read() as c:
            assert c.execute("SELECT sealed FROM polygraph_exams").fetchall() == [(1,)]
    finally:
        s.close()


def _part_of(s: Any, column: str) -> bytes:
    with s.read() as c:
        return bytes(c.execute(f"SELECT {column} FROM polygraph_exams LIMIT 1").fetchone()[0])


def test_a_swapped_rule_snapshot_is_refused(session: Any) -> None:
    case = seed_dossier(session, sample_doc())
    rule = session.get_dossier(case).polygraph_exams[0].rule
    digest = _part_of(session, "rule_sha")
    lenient = {**rule, "ndi": -50}  # what someone would slip in: made-up cutscores under the same hash
    with session.write() as c:
        c.execute("UPDATE exam_parts SET body = ? WHERE sha256 = ?", (packing.pack(packing.dumps(lenient)), digest))
    with pytest.raises(IntegrityError, match="does not match"):
        session.get_dossier(case)
    with session.write() as c:  # put back: the case reads again; a part gone is refused too
        c.execute("UPDATE exam_parts SET body = ? WHERE sha256 = ?", (packing.pack(packing.dumps(rule)), digest))
    assert session.get_dossier(case).polygraph_exams[0].rule == rule
    with session.write() as c:
        c.execute("DELETE FROM exam_parts WHERE sha256 = ?", (_part_of(session, "questions_sha"),))
    with pytest.raises(IntegrityError):
        session.get_dossier(case)


def test_parts_are_shared_counted_and_go_with_their_last_exam(session: Any) -> None:
    first = seed_dossier(session, sample_doc())
    second = seed_dossier(session, sample_doc(surname="Бондар", date_of_birth="1979-02-03"))

    def parts() -> dict[bytes, int]:
        with session.read() as c:
            return {bytes(h): n for h, n in c.execute("SELECT sha256, refs FROM exam_parts")}

    shared = parts()
    assert len(shared) == 2 and set(shared.values()) == {2}  # one rule, one question list, two exams each
    session.delete_applicant(second, "withdrawn at the applicant's request")
    assert set(parts().values()) == {1}  # counted down with the deleted case's exam
    assert set(parts()) == set(shared)
    session.delete_applicant(first, "withdrawn at the applicant's request")
    assert parts() == {}  # the last exam gone: its parts are gone too


def test_a_custom_question_list_is_dropped_when_it_is_replaced(session: Any) -> None:
    doc = sample_doc()
    exam = doc["polygraph_exams"][0]
    exam.pop("sealed_by"), exam.pop("sealed_at")
    case = seed_dossier(session, doc)
    d = session.get_dossier(case)
    d.polygraph_exams[0].questions[0].text = "Чи брали ви гроші від представників держави-агресора?"
    session.save_dossier(d)
    with session.read() as c:
        bodies = [packing.unpack(b) for (b,) in c.execute("SELECT body FROM exam_parts")]
    assert len(bodies) == 2 and any("держави-агресора" in b for b in bodies)  # the old list did not stay
    assert session.get_dossier(case).polygraph_exams[0].questions[0].text.endswith("агресора?")


def test_the_packed_json_is_the_json_stored_before() -> None:
    rng, pools = random.Random(3), demo._pools(3)
    d, _ = demo.make_dossier(rng, pools, demo.REFERENCE_DATE)
    text = dump(d.person)
    assert packing.unpack(packing.pack(text)) == text  # byte for byte, so nothing computed from it changes


def test_the_deletion_test_still_sees_packed_records(session: Any, vault_dir: Path) -> None:
    """tests/rawpages.py inflates packed records, so a deleted case's record text is still looked for."""
    from tests import rawpages

    seed_dossier(session, sample_doc())
    pages = rawpages.pages(bytes(session._data_key), vault_dir / "vault.db")
    needle = '"place_of_birth":"Харків"'.encode()
    assert not any(needle in p for p in pages)  # not on any page as plain text any more
    assert any(needle in rawpages.unpacked(p) for p in pages)
