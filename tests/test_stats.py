"""Statistics (issue 21): `dossier stats` (table, JSON, CSV of aggregates, PDF in both languages),
a post's vault limited to its own post, and the domain's percentiles and filters."""

from __future__ import annotations

import copy
import csv
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest

from app.casefile.words import Printer
from app.domain import stats
from app.domain.stats import CaseRow, StatsFilter, Transition
from tests.conftest import sample_doc, seed_dossier
from tests.exchange_helpers import tool
from tests.guard_helpers import cli, make_post

RATIONALE = "Родичі заявника мешкають на окупованій території"


def _post(vault_dir: Path) -> list[str]:
    """Three cases at polygraph 2 (application received 2026-10-01): two rejected (one with a name
    typed as its reason code), every one with a hostile-territory flag and an exam by Bravo."""
    s = make_post(vault_dir)
    try:
        cases = [seed_dossier(s, sample_doc())]
        for code in ("Шевчук", "SEC-2"):
            doc = copy.deepcopy(sample_doc())
            doc["decision"] = {"outcome": "reject", "reason_code": code, "rationale": RATIONALE,
                               "decided_by": "Sam", "decided_at": "2026-11-03T10:00:00Z"}
            cases.append(seed_dossier(s, doc))
        return cases
    finally:
        s.close()


def test_stats_json_counts_stages_outcomes_reasons_flags_overdue_and_examiners(vault_dir: Path) -> None:
    _post(vault_dir)
    code, out, err = cli(vault_dir, "supervisor", "stats", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["cases"] == 3 and doc["posts"] == ["KYIV"]
    assert doc["funnel"]["KYIV"]["polygraph"] == 3 and doc["reached"]["interview"] == 3
    assert doc["reached"]["decision"] == 0
    assert doc["outcomes"] == {"reject": 2} and doc["refusal_reasons"] == {"SEC-2": 1, "other": 1}
    assert doc["flags"]["relatives_hostile_territory"] == 3
    assert doc["overdue"]["total"] >= 3  # polygraph 2 is due 60 days after the application (today is later)
    (bravo,) = doc["examiners"]
    assert bravo["examiner"] == "Bravo" and bravo["exams"] == 3 and bravo["results"]["NDI"] == 3
    # a range: the decisions of November, the cases opened in it (created today: none), overdue as of its end
    code, out, _ = cli(vault_dir, "supervisor", "stats", "--json", "--from", "2026-11-01", "--to", "2026-12-01")
    doc = json.loads(out)  # 1 December: 61 days after the application
    assert doc["outcomes"] == {"reject": 2} and doc["cases"] == 0 and doc["overdue"]["total"] == 3
    assert doc["examiners"] == []  # the exams were held in October
    code, out, _ = cli(vault_dir, "supervisor", "stats", "--json", "--month", "2026-10")
    doc = json.loads(out)
    assert doc["outcomes"] == {} and doc["overdue"]["total"] == 0  # on 31 October polygraph 2 was not due yet


def test_a_post_sees_its_own_post_and_an_officer_no_examiner_figures(vault_dir: Path) -> None:
    _post(vault_dir)
    code, out, err = cli(vault_dir, "officer", "stats", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["cases"] == 3 and doc["examiners"] == []
    code, _, err = cli(vault_dir, "officer", "stats", "--post", "LVIV")
    assert code == 9 and "own post (KYIV)" in err
    code, out, _ = cli(vault_dir, "officer", "stats", "--post", "kyiv", "--json")
    assert code == 0 and json.loads(out)["cases"] == 3
    code, _, err = cli(vault_dir, "officer", "stats", "--from", "yesterday")
    assert code == 2 and "YYYY-MM-DD" in err
    code, _, err = cli(vault_dir, "officer", "stats", "--from", "2026-12-01", "--to", "2026-11-01")
    assert code == 5 and "starts (2026-12-01) after it ends (2026-11-01)" in err


def test_stats_table_is_in_words(vault_dir: Path) -> None:
    _post(vault_dir)
    code, out, err = cli(vault_dir, "supervisor", "stats")
    assert code == 0, err
    assert "Applicants per post and stage" in out and "sent to HQ" in out and "relatives in hostile territory" in out
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", out), out  # no stored code reaches a person


def test_csv_has_aggregates_only(vault_dir: Path, tmp_path: Path) -> None:
    cases = _post(vault_dir)
    out_file = tmp_path / "figures.csv"
    code, _, err = cli(vault_dir, "supervisor", "stats", "--csv", str(out_file), "--lang", "en")
    assert code == 0, err
    text = out_file.read_text("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["Section", "Post", "Item", "Measure", "Value"]  # words for the person who opens it
    assert ["Refusal reasons", "", Printer("en").label("other"), "Decisions", "1"] in rows
    assert ["Polygraph examiners", "", "Bravo", "Exams", "3"] in rows
    doc = sample_doc()
    forbidden = [*cases, *(c.split("-")[-1] for c in cases), doc["person"]["surname"], doc["person"]["given_name"],
                 doc["person"]["patronymic"], "Shevchuk", "Шевчук", "Мелітополь", RATIONALE[:12],
                 doc["application"]["text"][:10], "FA123456", "1991-04-12"]
    for word in forbidden:
        assert word.lower() not in text.lower(), word
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", text), "a stored code in the CSV"
    uk_file = tmp_path / "figures-uk.csv"
    code, _, err = cli(vault_dir, "supervisor", "stats", "--csv", str(uk_file), "--lang", "uk")
    assert code == 0, err
    uk = uk_file.read_text("utf-8")
    assert uk.startswith("Розділ,") and "Причини відмови" in uk and "Refusal reasons" not in uk
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", uk), "a stored code in the CSV"
    code, _, err = cli(vault_dir, "supervisor", "stats", "--csv", str(out_file))
    assert code == 2 and "not overwritten" in err


def test_pdf_report_in_both_languages(vault_dir: Path, tmp_path: Path) -> None:
    _post(vault_dir)
    texts = {}
    for lang in ("en", "uk"):
        pdf = tmp_path / f"stats-{lang}.pdf"
        code, _, err = cli(vault_dir, "supervisor", "stats", "--month", "2026-11", "--pdf", str(pdf), "--lang", lang)
        assert code == 0, err
        assert tool("qpdf", "--check", str(pdf)).returncode == 0
        texts[lang] = " ".join(tool("pdftotext", str(pdf), "-").stdout.split())
    en, uk = texts["en"], texts["uk"]
    assert "Vetting statistics" in en and "2026-11-01 to 2026-11-30" in en and "Refusal reasons" in en
    assert "reject" in en and "Bravo" not in en  # the exams were held in October
    assert "Статистика перевірки" in uk and "Причини відмови" in uk and "Refusal reasons" not in uk
    assert "відмовити" in uk or "відмова" in uk
    for text in (en, uk):
        assert "Шевчук" not in text and "Shevchuk" not in text and "KYIV-" not in text


def test_percentiles_and_durations_are_computed_from_consecutive_rows() -> None:
    assert stats.percentile([], 50) == 0.0
    assert stats.percentile([1, 2, 3, 4], 50) == 2.5
    assert stats.percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90) == pytest.approx(9.1)
    day = 86400
    rows = [Transition(1, "", "interview", 0), Transition(1, "interview", "checks", 2 * day),
            Transition(1, "decision", "sent_to_hq", 5 * day),  # a gap: checks → … not counted
            Transition(2, "", "interview", 0), Transition(2, "interview", "checks", 4 * day)]
    found = stats.durations(rows, StatsFilter())
    assert [(d.stage, d.count, d.median_days, d.p90_days) for d in found] == [("interview", 2, 3.0, 3.8)]
    assert stats.durations(rows, StatsFilter(date(1970, 1, 4), None)) == [
        stats.Duration("interview", 1, 4.0, 4.0)]


def test_overdue_uses_the_current_steps_due_days() -> None:
    due = {"interview": 14, "polygraph_2": 60}
    rows = [CaseRow("KYIV", "interview", None, None, date(2026, 1, 1), ""),
            CaseRow("KYIV", "polygraph", 2, None, date(2026, 1, 1), ""),
            CaseRow("KYIV", "polygraph", 1, None, date(2026, 1, 1), ""),  # no due time for polygraph 1 here
            CaseRow("KYIV", "closed", None, None, date(2025, 1, 1), "")]
    assert stats.overdue(rows, due, date(2026, 1, 20)) == {"interview": 1}
    assert stats.overdue(rows, due, date(2026, 3, 15)) == {"interview": 1, "polygraph": 1}


def test_reason_codes_keep_codes_only() -> None:
    assert [stats.code_or_other(x) for x in ("R0", "sec-2", "Шевчук", "SECURITY", "too long code 12345", "")] == [
        "R0", "SEC-2", "other", "other", "other", ""]
