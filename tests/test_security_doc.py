"""Every test docs/SECURITY.md names as backing a claim exists (a renamed or deleted
test would leave a claim unbacked without anyone noticing)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REF = re.compile(r"`(tests/[\w/]+\.py)?(?:::(\w+))?(?:\[[^\]]*\])?`")


def _tests_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    return {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")}


def test_every_cited_test_exists() -> None:
    text = (ROOT / "docs" / "SECURITY.md").read_text("utf-8")
    current: Path | None = None
    cited, missing = 0, []
    for m in REF.finditer(text):
        file, name = m.group(1), m.group(2)
        if file:
            current = ROOT / file
            if not current.is_file():
                missing.append(file)
                continue
        if name:
            cited += 1
            if current is None or name not in _tests_in(current):
                missing.append(f"{current.relative_to(ROOT) if current else '?'}::{name}")
    assert cited > 60 and missing == [], missing
