"""Polygraph exams through the real `dossier` command: exam 3 recorded, scored, sealed and
printed after exams 1 and 2 disagree; an imported exam with made-up cutscores; examiner
statistics. The signed case file is read back with pdftotext and qpdf."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.domain import rulesets
from tests.conftest import PASS, PASS2, run_cli, sample_doc
from tests.exchange_helpers import tool

CH = ("pneumo", "eda", "cardio")


def scores(rqs: tuple[str, ...], value: int, charts: int = 3) -> list[dict[str, Any]]:
    return [{"chart": c, "question": q, "channel": ch, "score": value}
            for c in range(1, charts + 1) for q in rqs for ch in CH]


@pytest.fixture
def post(tmp_path: Path) -> dict[str, Any]:
    """A vault with a supervisor (Alpha), three examiners and one case ready for its exams."""
    vault = tmp_path / "v"
    alpha = {"DOSSIER_USER": "Alpha", "DOSSIER_PASSPHRASE": PASS}
    assert run_cli("--vault", str(vault), "init", "--post", "kyiv", **alpha).returncode == 0
    pw = tmp_path / "pw"
    pw.write_text(PASS2 + "\n")
    for name in ("Bravo", "Charlie", "Delta"):
        r = run_cli("--vault", str(vault), "--new-passphrase-file", str(pw), "user", "add", name,
                    "--role", "examiner", **alpha)
        assert r.returncode == 0, r.stderr
    doc = sample_doc()
    doc["polygraph_exams"] = []
    del doc["interviews"][0]["sealed_by"], doc["interviews"][0]["sealed_at"]
    doc["interviews"][0]["answers"] = {  # complete, so that its interviewer can seal it here
        "identity_confirmed": "yes", "identity_document": "passport", "served": "no", "how_arrived": "captured",
        "arrival_date": "2025-03-01", "arrival_circumstances": "Captured near the river after the unit retreated.",
        "motives": ["family"], "motivation_story": "…", "motivation_credibility": 4, "approached": "no",
        "relatives_in_occupied": "no", "consent_checks": "yes"}
    src = tmp_path / "case.json"
    src.write_text(json.dumps(doc, ensure_ascii=False))
    r = run_cli("--vault", str(vault), "applicant", "add", "--json", str(src), **alpha)
    assert r.returncode == 0, r.stderr
    case = r.stdout.strip()
    assert run_cli("--vault", str(vault), "seal", case, "interview", "1", **alpha).returncode == 0
    return {"vault": str(vault), "case": case, "alpha": alpha, "tmp": tmp_path,
            **{n.lower(): {"DOSSIER_USER": n, "DOSSIER_PASSPHRASE": PASS2} for n in ("Bravo", "Charlie", "Delta")}}


def cli(p: dict[str, Any], who: str, *args: str) -> Any:
    r = run_cli("--vault", p["vault"], *args, **p[who])
    assert "Traceback" not in r.stderr
    return r


def add_exam(p: dict[str, Any], who: str, body: dict[str, Any], *extra: str) -> Any:
    path = p["tmp"] / f"exam-{who}.json"
    path.write_text(json.dumps(body, ensure_ascii=False))
    return cli(p, who, "exam", "add", p["case"], "--json", str(path), *extra)


def computed(p: dict[str, Any]) -> dict[str, Any]:
    r = cli(p, "alpha", "applicant", "show", p["case"], "--json")
    assert r.returncode == 0, r.stderr
    out: dict[str, Any] = json.loads(r.stdout)["computed"]
    return out


def test_exam_3_is_recorded_scored_sealed_and_printed_after_a_discordant_pair(post: dict[str, Any]) -> None:
    p, zct = post, ("R5", "R7", "R10")
    r = add_exam(p, "bravo", {"examiner": "Bravo", "held_on": "2026-10-20", "scores": scores(zct, 1),
                              "result": "NDI"}, "--format", "federal_zct")
    assert r.returncode == 0 and r.stdout.strip() == f"Recorded polygraph exam 1 of {p['case']}.", r.stderr
    assert cli(p, "bravo", "seal", p["case"], "exam", "1").returncode == 0
    r = add_exam(p, "charlie", {"examiner": "Charlie", "held_on": "2026-10-27", "scores": scores(zct, -1),
                                "result": "DI"}, "--copy-from", "1")
    assert r.returncode == 0, r.stderr
    assert cli(p, "charlie", "seal", p["case"], "exam", "2").returncode == 0
    c = computed(p)
    assert (c["stage"], c["stage_exam"]) == ("polygraph", 3)  # the discordant pair calls for exam 3
    assert c["steps"][5] == {"stage": "polygraph", "exam": 3, "complete": False,
                             "missing": ["polygraph exam 3 not recorded"]}
    text = cli(p, "alpha", "applicant", "show", p["case"]).stdout
    assert "stage: polygraph 3" in text and "[ ] polygraph 3: polygraph exam 3 not recorded" in text
    listed = json.loads(cli(p, "alpha", "applicant", "list", "--json").stdout)
    assert (listed[0]["stage"], listed[0]["stage_exam"]) == ("polygraph", 3)

    r = add_exam(p, "delta", {"examiner": "Delta", "held_on": "2026-11-03", "scores": scores(zct, 1),
                              "result": "NDI", "sealed_by": "Alpha", "sealed_at": "2026-11-03T10:00:00Z"},
                 "--copy-from", "1")
    assert r.returncode == 0 and "seals in the file were not imported" in r.stderr
    assert r.stdout.strip() == f"Recorded polygraph exam 3 of {p['case']}."
    shown = json.loads(cli(p, "delta", "exam", "show", p["case"], "3", "--json").stdout)[0]
    assert (shown["computed_result"], shown["grand_total"], shown["rule"], shown["rule_verified"]) == (
        "NDI", 27, "federal_zct", True)
    assert shown["subtotals"] == {"R5": 9, "R7": 9, "R10": 9}
    assert cli(p, "charlie", "seal", p["case"], "exam", "3").returncode == 9  # only its examiner
    assert cli(p, "delta", "seal", p["case"], "exam", "3").returncode == 0
    c = computed(p)
    assert c["stage"] == "decision" and c["stage_exam"] is None
    assert [f["code"] for f in c["flags"] if f["code"].startswith("polygraph_")].count("polygraph_pair_differs") == 1

    pdf = p["tmp"] / "case.pdf"
    r = cli(p, "alpha", "casefile", p["case"], "--out", str(pdf))
    assert r.returncode == 0, r.stderr
    assert tool("qpdf", "--check", str(pdf)).returncode == 0
    text = tool("pdftotext", str(pdf), "-").stdout
    for expected in ("Опитування 3", "Delta", "Федеральний ZCT (однотемна перевірка)",
                     "Федеральний ZCT: загальна сума ±6, окреме запитання −3",
                     "Порівняння опитувань 1 і 2", "опитування 3 або подальша перевірка",
                     "Порівняння опитувань 2 і 3", "звірено з опублікованим джерелом"):  # the post's language
        assert expected in text, expected
    assert "federal_zct" not in text and "federal_7" not in text  # no internal codes on paper
    sig = tool("pdfsig", str(pdf))
    assert "Signature #1" in sig.stdout

    stats = json.loads(cli(p, "alpha", "examiners", "--json").stdout)
    assert [(s["examiner"], s["exams"], s["results"]["NDI"], s["results"]["DI"]) for s in stats] == [
        ("Bravo", 1, 1, 0), ("Charlie", 1, 0, 1), ("Delta", 1, 1, 0)]
    assert all(s["disagreement_share"] == 0 and s["sealed"] == 1 for s in stats)
    assert cli(p, "bravo", "examiners").returncode == 9  # supervisors and HQ only
    later = json.loads(cli(p, "alpha", "examiners", "--json", "--since", "2026-10-21").stdout)
    assert [s["examiner"] for s in later] == ["Charlie", "Delta"]
    assert cli(p, "alpha", "examiners", "--since", "yesterday").returncode == 2


def test_imported_exam_with_made_up_cutscores_is_flagged_not_trusted(tmp_path: Path) -> None:
    """Issue 14's attack: an exam carrying `ndi: -50` and "verified": true, scored NDI from -27."""
    vault = tmp_path / "v"
    env = {"DOSSIER_USER": "Alpha", "DOSSIER_PASSPHRASE": PASS}
    assert run_cli("--vault", str(vault), "init", "--post", "kyiv", **env).returncode == 0
    doc = sample_doc()
    forged = {**rulesets.snapshot("federal_grand_total"), "ndi": -50, "verified": True}
    doc["polygraph_exams"][0].update({
        "questions": [{"label": q, "type": "relevant"} for q in ("R1", "R2", "R3")],
        "scores": scores(("R1", "R2", "R3"), -1), "rule": forged, "result": "NDI"})
    src = tmp_path / "forged.json"
    src.write_text(json.dumps(doc, ensure_ascii=False))
    case = run_cli("--vault", str(vault), "applicant", "add", "--json", str(src), **env).stdout.strip()
    out = json.loads(run_cli("--vault", str(vault), "applicant", "show", case, "--json", **env).stdout)
    exam = out["computed"]["polygraph_exams"][0]
    assert (exam["grand_total"], exam["rule_status"], exam["rule_verified"], exam["computed_result"]) == (
        -27, "unknown", False, "DI")
    assert exam["cutscores"] == {"ndi": 6, "di": -6}  # the vault's rule, not the file's
    assert out["polygraph_exams"][0]["rule"]["ndi"] == -50  # the file's claim is kept as evidence
    codes = {f["code"]: f["severity"] for f in out["computed"]["flags"]}
    assert codes["polygraph_unknown_rule"] == "red" and codes["polygraph_di"] == "red"
    text = run_cli("--vault", str(vault), "exam", "show", case, **env).stdout
    assert "SCORED WITH AN UNKNOWN RULE" in text and "computed DI" in text

    pw = tmp_path / "pw"
    pw.write_text(PASS2 + "\n")
    assert run_cli("--vault", str(vault), "--new-passphrase-file", str(pw), "user", "add", "Charlie",
                   "--role", "examiner", **env).returncode == 0  # authors are users of the vault
    exam_file = tmp_path / "exam.json"  # `exam add` records the vault's own rule instead
    exam_file.write_text(json.dumps({**doc["polygraph_exams"][0], "number": 2, "examiner": "Charlie"}))
    r = run_cli("--vault", str(vault), "exam", "add", case, "--json", str(exam_file), **env)
    assert r.returncode == 0 and "not one this vault knows" in r.stderr
    out = json.loads(run_cli("--vault", str(vault), "applicant", "show", case, "--json", **env).stdout)
    assert out["polygraph_exams"][1]["rule"]["ndi"] == 6
    assert out["computed"]["polygraph_exams"][1]["rule_status"] == "current"


def test_exam_add_refuses_bad_input_with_a_clear_error(post: dict[str, Any]) -> None:
    p = post
    r = add_exam(p, "bravo", {"examiner": "Bravo", "charts": "three"})
    assert r.returncode == 5 and "$.charts: 'three' is not of type 'integer'" in r.stderr
    r = add_exam(p, "bravo", {"examiner": "Bravo", "scores": scores(("R9",), 1)})
    assert r.returncode == 5 and "no question labelled 'R9'" in r.stderr
    assert add_exam(p, "bravo", {"examiner": "Bravo"}, "--format", "nope").returncode == 2
    assert add_exam(p, "bravo", {"examiner": "Bravo"}, "--copy-from", "7").returncode == 6
    assert add_exam(p, "bravo", {"examiner": "Bravo", "number": 1}).returncode == 0
    again = add_exam(p, "bravo", {"examiner": "Bravo", "number": 1})
    assert again.returncode == 5 and "already recorded" in again.stderr
    listing = cli(p, "bravo", "exam", "formats")
    assert listing.returncode == 0 and "AFMGQT (multi-issue)" in listing.stdout
    rules = cli(p, "bravo", "exam", "rules")
    assert "CUTSCORES UNVERIFIED" in rules.stdout and rules.stdout.count("CUTSCORES UNVERIFIED") == 1
