"""A real `dossier` process doing writes until it is SIGKILLed (tests/adversarial/test_crash.py).

It uses the same functions the CLI commands call (applicant add, edit and save,
demo, export to a stick, HQ import) and prints one line *after* each commit
returns, flushed, so the harness knows what must survive the kill:

    ADD case | EDIT case n | COUNT n | SENT case file | IMPORTED case
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path


def say(*parts: object) -> None:
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
    sys.stdout.flush()


def main() -> int:
    os.umask(0o077)
    cfg = json.loads(Path(sys.argv[1]).read_text())
    rng = random.Random(int(sys.argv[2]))
    import pyrage
    from cryptography import x509

    from app.casefile.export import export_cases
    from app.casefile.hq_ops import import_bundle
    from app.casefile.verify import Trust
    from app.domain.interchange import parse_document
    from app.vault import vault
    from app.vault.demo import load_demo
    from tests.conftest import PASS, sample_doc

    field = vault.unlock(Path(cfg["field"]), "Alpha", PASS)
    hq = vault.unlock(Path(cfg["hq_vault"]), "Hotel", PASS)
    identity = pyrage.x25519.Identity.from_str(Path(cfg["identity"]).read_text().strip())
    trust = Trust(identity, x509.load_pem_x509_certificate(Path(cfg["ca"]).read_bytes()), frozenset())
    stick = Path(cfg["stick"])
    say("READY")
    while True:
        cases = [s.case_number for s in field.list_applicants()]
        op = rng.choice(["add", "add", "edit", "edit", "demo", "export", "import"])
        if op == "add" or not cases:
            doc = sample_doc(surname=f"Крах{rng.randrange(10**6)}")
            say("ADD", field.add_applicant(parse_document(doc)))
        elif op == "edit":
            case = rng.choice(cases)
            d = field.get_dossier(case)
            assert d.application is not None
            text = d.application.text
            n = int(text.rsplit(" ", 1)[1]) + 1 if text.startswith("edit ") else 1
            d.application.text = f"edit {n}"
            field.save_dossier(d)
            say("EDIT", case, n)
        elif op == "demo":
            load_demo(field, rng.randint(1, 4), seed=rng.randrange(10**6))
            say("COUNT", field.count_applicants())
        elif op == "export":
            report = export_cases(field, rng.sample(cases, min(2, len(cases))), stick, workers=0)
            for e in report.exported:
                say("SENT", e.case_number, e.file.name)
        else:
            bundles = sorted(p for p in stick.iterdir() if p.name.endswith(".fdb.age"))
            if bundles:
                imported = import_bundle(hq, rng.choice(bundles), trust)
                say("IMPORTED", imported.case_number)


if __name__ == "__main__":
    sys.exit(main())
