"""The guarded write layer is the only writer of dossier tables, and app/ has no import cycles."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"
GUARD = APP / "vault" / "guard"
MIGRATIONS = APP / "vault" / "migrations"
DOSSIER_TABLES = {
    "applicants", "applicant_details", "applications", "interviews", "checks", "polygraph_exams",
    "polygraph_scores", "decisions", "attachments", "attachment_chunks", "case_counters", "case_versions",
    "case_aliases", "match_decisions",
    # what decides which polygraph rules are trusted: an update package's files, remembered rule sets
    "installed_content", "known_rule_sets",
    "stage_history",  # issue 21: appended by the guarded write path (app/vault/guard/history.py)
    # HQ's decisions and requests, and the HQ list's columns (issue 21)
    "hq_decisions", "hq_cases",
    # an exam's rule snapshot and question list, shared by content (migration 0015)
    "exam_parts",
}
WRITE_SQL = re.compile(
    r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|DROP\s+TABLE|"
    r"ALTER\s+TABLE)\s+[\"`\[]?(\w+)", re.IGNORECASE)


def _modules() -> list[Path]:
    return sorted(p for p in APP.rglob("*.py") if "__pycache__" not in p.parts)


def _name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _strings(tree: ast.AST) -> list[tuple[int, str]]:
    """Every string literal, with f-strings joined (their placeholders become `_`)."""
    out = []
    parts = {id(v) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for v in node.values}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in parts:
            out.append((node.lineno, node.value))
        elif isinstance(node, ast.JoinedStr):
            out.append((node.lineno, "".join(v.value if isinstance(v, ast.Constant) else "_" for v in node.values)))
    return out


def dossier_writes(source: str) -> list[tuple[int, str]]:
    """(line, table) of every SQL statement in `source` that writes a dossier table. Adjacent
    literals are joined by Python before the AST sees them, so split statements are found too."""
    hits = []
    for line, text in _strings(ast.parse(source)):
        for m in WRITE_SQL.finditer(text):
            if m.group(1).lower() in DOSSIER_TABLES:
                hits.append((line, m.group(1)))
    return hits


def test_the_detector_finds_writes_however_they_are_spelled() -> None:
    src = '''
c.execute("INSERT OR REPLACE INTO decisions VALUES (?)")
c.execute("UPDATE applicants "
          "SET flags = ? WHERE id = ?")
c.execute(f"DELETE FROM {table} WHERE x")
c.execute(f"delete from polygraph_scores where exam_id = {i}")
c.execute("SELECT * FROM applicants")  # a read
c.execute("INSERT INTO audit VALUES (?)")  # not a dossier table
'''
    assert [t for _, t in dossier_writes(src)] == ["decisions", "applicants", "polygraph_scores"]


def test_no_module_outside_the_guard_layer_writes_a_dossier_table() -> None:
    offenders = []
    for path in _modules():
        if GUARD in path.parents or MIGRATIONS in path.parents:
            continue
        offenders += [f"{path.relative_to(ROOT)}:{line} writes {table}"
                      for line, table in dossier_writes(path.read_text("utf-8"))]
    assert offenders == []


def test_only_the_guard_layer_imports_its_modules() -> None:
    """Outside the package only its public names (app/vault/guard/__init__.py) are imported: its
    modules hold the writing SQL, and anything importing them could write around the rules."""
    submodules = {p.stem for p in GUARD.glob("*.py")} - {"__init__"}
    offenders = []
    for path in _modules():
        if GUARD in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            else:
                continue
            offenders += [f"{path.relative_to(ROOT)} imports {n}" for n in names
                          if n.startswith("app.vault.guard.") and n.split(".")[3] in submodules]
    assert offenders == [], "use the session's guarded methods"


def test_dossier_writes_in_the_guard_layer_are_seen() -> None:
    """The check is not vacuous: the guard layer itself does write every main dossier table."""
    found = {t.lower() for p in GUARD.glob("*.py") for _, t in dossier_writes(p.read_text("utf-8"))}
    assert {"applicants", "interviews", "checks", "polygraph_exams", "decisions", "attachments",
            "case_versions", "case_aliases", "match_decisions", "installed_content", "known_rule_sets"} <= found


def _imports(path: Path, package: str, modules: set[str]) -> set[str]:
    """Every app module `path` imports, at module level or inside functions (not TYPE_CHECKING).
    `from pkg import mod` depends on pkg.mod (a package is always loaded before its module)."""
    tree = ast.parse(path.read_text("utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip |= {id(n) for n in ast.walk(node)}
    out = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            base = node.module
            if node.level:
                base = ".".join([*package.split(".")[:len(package.split(".")) - node.level + 1], node.module])
            for a in node.names:
                out.add(f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base)
    return out


def import_graph() -> dict[str, set[str]]:
    modules = {_name(p): p for p in _modules()}
    graph = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        graph[name] = {m for m in _imports(path, package, set(modules)) if m in modules and m != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles() -> None:
    """In all of app/, counting imports inside functions too: a lazy import is still a dependency."""
    graph = import_graph()
    assert len(graph) > 100 and graph["app.vault.session"] >= {"app.vault.guard", "app.vault.dossiers"}
    assert cycles(graph) == []


def test_layers_import_only_downward() -> None:
    """domain → vault → casefile → ui and the CLI: no module imports a layer above its own."""
    rank = {"app.domain": 0, "app.vault": 1, "app.casefile": 2, "app.ui": 3}
    for name, deps in import_graph().items():
        own = next((r for p, r in rank.items() if name.startswith(p + ".")), None)
        if own is None:
            continue
        above = [d for d in deps if next((r for p, r in rank.items() if d.startswith(p + ".")), -1) > own]
        assert above == [], f"{name} imports {above}"
