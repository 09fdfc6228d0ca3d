"""The wheel ships resources/ (outside app/) and the migrations, and runs installed."""

from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.mark.slow
def test_wheel_contains_resources_and_migrations(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    (wheel,) = tmp_path.glob("field_dossier-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "dossier_resources/schema/dossier.schema.json" in names
    assert "dossier_resources/icons/field-dossier.svg" in names
    assert "dossier_resources/docs/user-guide.md" in names  # Help -> User guide, offline
    assert "dossier_resources/docs/screenshots/dossier.png" in names
    assert "app/vault/migrations/env.py" in names
    assert "app/vault/migrations/versions/0002_search_index.py" in names
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "dossier = app.cli:main" in zipfile.ZipFile(wheel).read(entry).decode()


def test_python_dash_m_app_works() -> None:
    proc = subprocess.run([sys.executable, "-m", "app", "--help"], capture_output=True, text=True,
                          cwd=ROOT, timeout=60, check=False)
    assert proc.returncode == 0 and "applicant" in proc.stdout


def _imports(path: Path) -> set[str]:
    """The modules a file imports (its code, not its comments or docstrings)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out |= {node.module, *(f"{node.module}.{a.name}" for a in node.names)}
    return out


def _imports_any(path: Path, banned: tuple[str, ...]) -> list[str]:
    return sorted(m for m in _imports(path) for b in banned if m == b or m.startswith(b + "."))


def test_layers_import_only_downward() -> None:
    """domain imports neither Qt nor SQL; vault never imports ui."""
    for path in (ROOT / "app" / "domain").rglob("*.py"):
        bad = _imports_any(path, ("PySide6", "sqlcipher3", "sqlite3", "app.vault", "app.ui", "sqlalchemy"))
        assert bad == [], f"{path.name} imports {bad}"
    for path in (ROOT / "app" / "vault").rglob("*.py"):
        assert _imports_any(path, ("app.ui", "PySide6")) == [], path.name
