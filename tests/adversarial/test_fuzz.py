"""Malformed input, fuzzed with Hypothesis: only clean errors, and a refused input
leaves the vault unchanged.

Every input kind an officer or HQ can be handed gets random documents and
random mutations of valid ones (a value replaced, a key removed or added). The
only acceptable failure is a DossierError (a one-line message); any other
exception fails the test. After a refusal the vault's commit counter must not
have moved (nothing was written). `make test`: 40 examples per kind (360);
`make stress`: 1,200 per kind (10,800).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator
from typing import Any

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.casefile import bundle, enrolment, package
from app.casefile.hq_ops import trust_of
from app.casefile.verify import verify_bytes
from app.domain import content, forms, polygraph, workflow
from app.domain.interchange import parse_document
from app.errors import DossierError
from app.vault import commitmark
from tests.adversarial import count
from tests.adversarial.mutators import edited, tar_of
from tests.conftest import ROOT, sample_doc
from tests.exchange_helpers import add_case, enrolled_vault

EXAMPLES = count(40, 1200)
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=False,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])

scalars = (st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats()
           | st.text(max_size=30) | st.sampled_from(["", "1990-02-30", "../../etc/passwd", "\x00", "ґїє'"]))
json_values = st.recursive(scalars, lambda ch: st.lists(ch, max_size=4)
                           | st.dictionaries(st.text(max_size=8), ch, max_size=4), max_leaves=10)


@st.composite
def mutated(draw: st.DrawFn, base: Any) -> Any:
    """`base` with one to three random edits (tests/adversarial/mutators.py, driven by Hypothesis)."""
    return edited(base, draw(st.integers(1, 3)), lambda seq: draw(st.sampled_from(seq)),
                  lambda: draw(json_values), lambda: draw(st.text(max_size=8)))


def documents(base: Any) -> st.SearchStrategy[Any]:
    return st.one_of(mutated(base), json_values)


def clean(fn: Callable[[], Any]) -> bool:
    """True if accepted, False if refused with a clean error; anything else propagates."""
    try:
        fn()
    except DossierError as exc:
        assert exc.message and "\n" not in exc.message and "Traceback" not in exc.message
        return False
    return True


@pytest.fixture(scope="module")
def rig(hq, alpha, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("fuzz")
    s = enrolled_vault(tmp / "field", hq, tmp, prepared=alpha)
    case = add_case(s)
    from app.casefile import casefile

    material = casefile.signing_material(s)
    yield {"tmp": tmp, "s": s, "case": case, "hq": hq, "trust": trust_of(hq),
           "signer": casefile.signer_for(material), "material": material}
    s.close()


def _commits(s: Any) -> int:
    with s.read() as c:
        return commitmark.commits(c)


def _unchanged_if_refused(s: Any, fn: Callable[[], Any]) -> None:
    before = _commits(s)
    if not clean(fn):
        assert _commits(s) == before, "a refused input wrote to the vault"


# -- documents ---------------------------------------------------------------------------------
@FUZZ
@given(doc=documents(sample_doc()))
def test_interchange_json(rig: dict[str, Any], doc: Any) -> None:
    s = rig["s"]
    added: list[str] = []
    _unchanged_if_refused(s, lambda: added.append(s.add_applicant(parse_document(json.loads(json.dumps(doc))))))
    if added:  # accepted: every view of it must work too (scores, flags, the signed case file)
        from app.casefile import casefile

        d = s.get_dossier(added[0])
        s.computed(d)
        s.flags_for(d)
        casefile.signed_pdf(s, added[0])


FORM = json.loads((ROOT / "resources/forms/screening.v2.json").read_text("utf-8"))


@FUZZ
@given(doc=documents(FORM), answers=st.dictionaries(st.text(max_size=12), json_values, max_size=6))
def test_form_templates(doc: Any, answers: dict[str, Any]) -> None:
    def use() -> None:
        content.check("form", "screening.v2", doc)
        tpl = forms.parse_template(doc)
        forms.check_answers(tpl, answers)
        forms.relevant_answers(tpl, answers)
    clean(use)


def _rules(name: str) -> Any:
    return json.loads((ROOT / f"resources/rules/{name}.json").read_text("utf-8"))


@FUZZ
@given(doc=documents(_rules("polygraph")), which=st.sampled_from(["polygraph", "workflow"]))
def test_rule_sets(doc: Any, which: str) -> None:
    from app.domain.interchange import parse_document as parse

    base = doc if which == "polygraph" else _rules("polygraph")
    wf = _rules("workflow") if which == "polygraph" else doc
    dossier = parse(sample_doc()).dossier

    def use() -> None:
        content.check("rules", which, base if which == "polygraph" else wf)
        content.install([("rules", "polygraph", base), ("rules", "workflow", wf)])
        for exam in dossier.polygraph_exams:
            polygraph.score(exam)
        workflow.step_statuses(dossier)
        workflow.current_stage(dossier)
    try:
        clean(use)
    finally:
        content.install([])


WATCHLIST = {"format": "field-dossier/watchlist/1", "entries": [
    {"id": "WL-1", "surname": "Shevchuk", "given_name": "Oleh", "date_of_birth": "1991-04-12",
     "units": ["в/ч 99999"], "notes": "x"}]}


@FUZZ
@given(doc=documents(WATCHLIST))
def test_watchlists(rig: dict[str, Any], doc: Any) -> None:
    s = rig["s"]
    _unchanged_if_refused(s, lambda: s.import_watchlist(doc))


@FUZZ
@given(query=st.text(alphabet=st.characters(codec="utf-8"), max_size=60)
       | st.sampled_from(['"', '*', '-', 'a*', '"unclosed', 'NEAR(', 'AND OR NOT', '\x00', 'ґ*', '%_']))
def test_search_queries(rig: dict[str, Any], query: str) -> None:
    clean(lambda: rig["s"].search(query))


@FUZZ
@given(name=st.text(max_size=300) | st.sampled_from(["../../x", "con", "a\x00b", ".", ""]),
       data=st.binary(max_size=2048) | st.sampled_from([b"", b"%PDF-1.7\n", b"\xff\xd8\xff\xe0", b"\x89PNG"]),
       purpose=st.text(max_size=20) | st.sampled_from(["other", "application_page", "photo"]))
def test_attachment_files(rig: dict[str, Any], name: str, data: bytes, purpose: str) -> None:
    s = rig["s"]
    _unchanged_if_refused(s, lambda: s.add_attachment(rig["case"], name, data, purpose))


def test_huge_attachment_refused_without_writing(rig: dict[str, Any]) -> None:
    from app.domain.attachments import DEFAULT_MAX_BYTES

    s = rig["s"]
    before = _commits(s)
    assert not clean(lambda: s.add_attachment(rig["case"], "big.bin", b"\0" * (DEFAULT_MAX_BYTES + 1)))
    assert _commits(s) == before


# -- sealed files ------------------------------------------------------------------------------
member_names = st.sampled_from(["manifest.json", "manifest.p7s", "case.json", "case.pdf",
                                "attachments/x", "../evil", "/abs"]) | st.text(max_size=20)
archives = st.lists(st.tuples(member_names, st.binary(max_size=256)), max_size=6)


@FUZZ
@given(raw=st.binary(max_size=4096), members=archives, signed_json=documents(sample_doc()))
def test_bundles(rig: dict[str, Any], raw: bytes, members: list[tuple[str, bytes]], signed_json: Any) -> None:
    trust = rig["trust"]
    recipient = pyrage.x25519.Recipient.from_str(rig["hq"].recipient)
    assert not verify_bytes(raw, trust).ok  # random bytes
    assert not verify_bytes(bytes(pyrage.encrypt(tar_of(members), [recipient])), trust).ok  # anyone can seal
    # A captured, enrolled laptop can sign anything: HQ must still only get clean answers.
    subject = rig["signer"].subject
    body = json.dumps(signed_json, ensure_ascii=False).encode()
    officer = bundle.Officer(subject.callsign, subject.post, True, str(subject.serial))
    contents = bundle.Contents("KYIV-2026-00001", "00000000-0000-4000-8000-000000000000",
                               hashlib.sha256(body).hexdigest(), "0" * 64, body,
                               b"%PDF-1.7\n", {})
    sealed = bundle.build(contents, officer, bundle.Origin("0" * 32, 1), rig["signer"].sign_detached,
                          rig["hq"].recipient, dt.datetime.now(dt.UTC))
    verify_bytes(sealed, trust)  # returns a report either way; raising fails the test


@FUZZ
@given(raw=st.binary(max_size=4096), doc=documents({"format": enrolment.FORMAT, "key": "", "cert": "",
                                                      "ca": "", "recipient": "", "crl": "", "field_identity": ""}))
def test_enrolment_files(rig: dict[str, Any], raw: bytes, doc: Any) -> None:
    path = rig["tmp"] / "fuzz.enrol"
    path.write_bytes(raw)
    assert not clean(lambda: enrolment.read(path, "AAAAA-BBBBB"))
    clean(lambda: enrolment.parse(doc))


@FUZZ
@given(raw=st.binary(max_size=4096), members=archives,
       files=st.dictionaries(st.sampled_from(["watchlist.json", "forms/screening.v3.json",
                                              "rules/polygraph.json", "rules/workflow.json", "x.json"]),
                             json_values, max_size=3))
def test_update_packages(
    rig: dict[str, Any], raw: bytes, members: list[tuple[str, bytes]], files: dict[str, Any]
) -> None:
    s = rig["s"]
    path = rig["tmp"] / "fuzz.pkg"
    for data in (raw, bytes(pyrage.encrypt(tar_of(members), [pyrage.x25519.Recipient.from_str(
            rig["hq"].field_recipient)]))):
        path.write_bytes(data)
        _unchanged_if_refused(s, lambda: package.install(s, path))
    clean(lambda: package._validate(files))  # content HQ itself might get wrong


def test_fuzz_examples_reported(capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print(f"\nfuzzing: {EXAMPLES} examples for each of 9 input kinds ({EXAMPLES * 9} in all)")
    assert EXAMPLES >= 40
