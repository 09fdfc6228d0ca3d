"""The printouts' language: the case file and the print summary in Ukrainian or English.

No Qt here: the translations are read from the Qt Linguist source that the desktop
compiles (resources/translations/field_dossier_uk.ts), so each string has one English
source (the code, or app.domain.msg for codes) and one Ukrainian translation, whichever
surface shows it. The printouts' own strings are marked `p.t("…")` (context "CaseFile");
`python -m app.casefile.words` regenerates app/ui/catalogue.py, the table lupdate reads
so that these strings and every code of app.domain.msg reach the .ts.

Which language: the user's `document_language` setting in the vault ("uk" or "en",
default "uk": a Ukrainian post prints in Ukrainian; English is an option in Settings).
"""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from app.domain import msg
from app.resources import resources_root

LANGUAGES = ("uk", "en")
DEFAULT = "uk"
SETTING = "document_language"  # the user's setting in the vault: the language of their printouts
CONTEXT = "CaseFile"
_PART_CONTEXTS = ("Labels", "Words", "Reasons", "Messages", "History", "Search", "Passphrase")


def choose(setting: str) -> str:
    return setting if setting in LANGUAGES else DEFAULT


@cache
def _ts(lang: str) -> dict[tuple[str, str], str]:
    """(context, English source) -> translation, finished entries only."""
    if lang == "en":
        return {}
    path = resources_root() / "translations" / f"field_dossier_{lang}.ts"
    out: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()  # noqa: S314 - our own resource file, shipped with the app
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not tr.text:
                continue
            out[(name, m.findtext("source") or "")] = tr.text
    return out


@cache
def _patterns(lang: str) -> list[tuple[re.Pattern[str], str]]:
    """Templates (with %1…) of the contexts whose phrases arrive inside flag parameters."""
    out = []
    for (context, source), translation in _ts(lang).items():
        if context in _PART_CONTEXTS and re.search(r"%[1-9]", source):
            rx = "^" + re.sub(r"%[1-9]", "(.+?)", re.escape(source)) + "$"
            out.append((re.compile(rx), translation))
    return sorted(out, key=lambda p: -len(p[0].pattern))


class Printer:
    """Texts of one printout in one language."""

    def __init__(self, lang: str = DEFAULT) -> None:
        self.lang = choose(lang)
        self._table = _ts(self.lang)

    def tr(self, context: str, text: str) -> str:
        return self._table.get((context, text), text)

    def t(self, text: str, *args: Any) -> str:
        """A printout's own string (context CaseFile), with %1, %2 … filled in."""
        return msg.fill(self.tr(CONTEXT, text), [str(a) for a in args])

    def code(self, code: str, *args: Any) -> str:
        context, english = msg.TEXT[code]
        return msg.fill(self.tr(context, english), [str(a) for a in args])

    def message(self, m: msg.Message) -> str:
        if m.code == msg.LIST:
            return "; ".join(self.message(p.message) if isinstance(p, msg.Text) else self.part(p) for p in m.params)
        return self.code(m.code, *(self.message(p.message) if isinstance(p, msg.Text) else self.part(p)
                                   for p in m.params))

    def label(self, value: Any) -> str:
        """An enum or a stored vocabulary value in words; other text (a name, a number) as it is."""
        if value is None or value == "":
            return "—"
        key = str(value.value) if isinstance(value, Enum) else str(value)
        if f"label.{key}" in msg.TEXT:
            return self.code(f"label.{key}")
        return key

    def record(self, item: dict[str, Any] | str) -> str:
        """A line about a merged case's record: {"code", "params"} (app.vault.vetting.record_messages),
        or the English line of an older case file."""
        if isinstance(item, str):
            return self.part(item)
        params = [self.code(p) if p in msg.TEXT else self.label(p) for p in item.get("params", [])]
        return self.code(str(item["code"]), *params) if item.get("code") in msg.TEXT else str(item)

    def detail(self, text: str) -> str:
        """An audit detail: a coded one (app.domain.msg.stored) by its code, an older row's English
        by its phrases."""
        return self.part(msg.readable(text))

    def yes_no(self, value: bool) -> str:
        return self.label("yes" if value else "no")

    def action(self, code: str) -> str:
        return self.code(f"action.{code}") if f"action.{code}" in msg.TEXT else self.part(code.replace("_", " "))

    def rule(self, name: str, fallback: str) -> str:
        return self.code(f"rule.{name}") if f"rule.{name}" in msg.TEXT else (fallback or name.replace("_", " "))

    def severity(self, code: str) -> str:
        return self.code(f"severity.{code}") if f"severity.{code}" in msg.TEXT else code

    def flag(self, code: str, args: tuple[str, ...] | list[str], message: str = "", source: str = "") -> str:
        if f"flag.{code}" not in msg.TEXT:
            return self.part(message or code.replace("_", " "))
        text = self.code(f"flag.{code}", *(self.part(a) for a in args))
        return self.code("flag.merged_prefix", source, text) if source else text

    def part(self, text: str) -> str:
        """A phrase a lower layer put inside a sentence (a check kind, a reason, a step), in words;
        '; '-joined phrases one by one. Unknown text (a name, a number) stays as it is."""
        if isinstance(text, msg.Text):  # a coded phrase (app.domain.msg): by its code
            return self.message(text.message)
        if self.lang == "en" or not text:
            return text
        out = []
        for piece in str(text).split("; "):
            out.append(self._piece(piece))
        return "; ".join(out)

    def _piece(self, piece: str) -> str:
        if f"label.{piece}" in msg.TEXT:
            return self.code(f"label.{piece}")
        spaced = piece.replace("_", " ")
        for context in _PART_CONTEXTS:
            for candidate in (piece, spaced):
                found = self._table.get((context, candidate))
                if found:
                    return found
        for rx, translation in _patterns(self.lang):
            m = rx.match(piece)
            if m:
                return msg.fill(translation, [self._piece(g) for g in m.groups()])
        return piece


# -- the catalogue lupdate reads ------------------------------------------------------------------
ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("app/casefile", "app/ui/print_summary.py")
TABLE = ROOT / "app" / "ui" / "catalogue.py"


def printed_strings() -> list[str]:
    """Every literal passed to `<printer>.t(...)` in the printout modules, in source order."""
    found: dict[str, None] = {}
    for src in SOURCES:
        path = ROOT / src
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            for node in ast.walk(ast.parse(file.read_text("utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "t"
                        and node.args and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    found[node.args[0].value] = None
    return list(found)


def table_source() -> str:
    lines = ['"""GENERATED by `python -m app.casefile.words` from app/domain/msg.py and the printouts\' strings:',
             "do not edit. lupdate reads this table, so every code and every printed string has a Ukrainian",
             'translation in resources/translations/field_dossier_uk.ts (tests/test_language.py checks)."""',
             "# ruff: noqa: E501",
             "",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP",
             "",
             "CODES = ["]
    for code, (context, english) in msg.TEXT.items():
        lines.append(f"    ({code!r}, QT_TRANSLATE_NOOP({context!r}, {english!r})),")
    lines += ["]", "PRINTED = ["]
    lines += [f"    QT_TRANSLATE_NOOP({CONTEXT!r}, {s!r})," for s in printed_strings()]
    lines += ["]", ""]
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - a maintenance command (make update-translations)
    TABLE.write_text(table_source(), "utf-8")
    sys.stdout.write(f"{TABLE.relative_to(ROOT)}: {len(msg.TEXT)} codes, {len(printed_strings())} printed strings\n")
