"""Interview form templates (resources/forms/*.json) and their ODK-style rules.

A template has sections of fields. Field types: text, multiline, choice,
multi_choice, date, yes_no, scale. A field may be `required`, may carry a
`constraint` (with `constraint_message`) and a `relevant` condition. Conditions
use a small, safe subset of ODK XPath:

    ${field}  .  'text'  12  true()  false()  today()
    = != < <= > >=  and  or  not(...)  selected(${f}, 'v')  count-selected(${f})
    string-length(...)

Nothing is ever passed to eval(). An answer to a field that is not relevant is
dropped, as ODK does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from app.domain import limits, msg, registry
from app.errors import ValidationError, one_line
from app.resources import resource_path

FIELD_TYPES = ("text", "multiline", "choice", "multi_choice", "date", "yes_no", "scale")
_TOKEN = re.compile(
    r"\s*(?:(\$\{[A-Za-z_]\w*\})"  # ${field}
    r"|('[^']*')"  # 'text'
    r"|(-?\d+(?:\.\d+)?)"  # number
    r"|(!=|<=|>=|=|<|>|\(|\)|,)"  # operators
    r"|([A-Za-z_][\w-]*)"  # and/or/function names
    r"|(\.))"  # current value
)


class ExpressionError(ValueError):
    pass


@dataclass(frozen=True)
class Field:
    id: str
    type: str
    label: dict[str, str]
    required: bool = False
    constraint: str = ""
    constraint_message: dict[str, str] = field(default_factory=dict)
    relevant: str = ""
    choices: tuple[tuple[str, dict[str, str]], ...] = ()
    min: int = 1
    max: int = 5
    hint: dict[str, str] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        return self.label.get(lang) or self.label.get("en", self.id)


@dataclass(frozen=True)
class Section:
    id: str
    title: dict[str, str]
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Template:
    id: str
    version: int
    title: dict[str, str]
    sections: tuple[Section, ...]

    @property
    def fields(self) -> list[Field]:
        return [f for s in self.sections for f in s.fields]

    def field(self, field_id: str) -> Field:
        return next(f for f in self.fields if f.id == field_id)


# -- expressions -------------------------------------------------------------------------
def fragment(text: str) -> str:
    """A piece of what a template's author wrote, for a refusal to quote verbatim: only characters that
    do not print (a tab, a control character) are shown escaped. The quotes are the sentence's."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in str(text))[:40]


def _tokens(expr: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    expr = expr.strip()
    while pos < len(expr):
        m = _TOKEN.match(expr, pos)
        if not m or m.end() == pos:
            raise ExpressionError(msg.text("err.expr_cannot_read", fragment(expr[pos:pos + 10].strip())))
        kinds = ("ref", "str", "num", "op", "name", "dot")
        kind = next(k for k, g in zip(kinds, m.groups(), strict=True) if g is not None)
        out.append((kind, m.group(m.lastindex or 0)))
        pos = m.end()
    return out


class _Parser:
    def __init__(self, expr: str, answers: dict[str, Any], current: Any) -> None:
        self.toks = _tokens(expr)
        self.i = 0
        self.answers, self.current = answers, current

    def peek(self) -> tuple[str, str] | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, value: str | None = None) -> tuple[str, str]:
        tok = self.peek()
        if tok is None or (value is not None and tok[1] != value):
            raise ExpressionError(msg.text("err.expr_expected", value) if value else msg.text("err.expr_expected_more"))
        self.i += 1
        return tok

    def parse(self) -> Any:
        value = self.or_()
        if self.peek() is not None:
            raise ExpressionError(msg.text("err.expr_unexpected", fragment(self.peek()[1])))  # type: ignore[index]
        return value

    def or_(self) -> Any:
        left = self.and_()
        while self.peek() == ("name", "or"):
            self.take()
            right = self.and_()
            left = bool(left) or bool(right)
        return left

    def and_(self) -> Any:
        left = self.cmp()
        while self.peek() == ("name", "and"):
            self.take()
            right = self.cmp()
            left = bool(left) and bool(right)
        return left

    def cmp(self) -> Any:
        left = self.atom()
        tok = self.peek()
        if tok and tok[0] == "op" and tok[1] in ("=", "!=", "<", "<=", ">", ">="):
            op = self.take()[1]
            return _compare(op, left, self.atom())
        return left

    def atom(self) -> Any:
        kind, text = self.take()
        if kind == "ref":
            return self.answers.get(text[2:-1])
        if kind == "dot":
            return self.current
        if kind == "str":
            return text[1:-1]
        if kind == "num":
            return float(text) if "." in text else int(text)
        if kind == "op" and text == "(":
            value = self.or_()
            self.take(")")
            return value
        if kind == "name":
            self.take("(")
            args = []
            if self.peek() != ("op", ")"):
                args.append(self.or_())
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.or_())
            self.take(")")
            return _call(text, args)
        raise ExpressionError(msg.text("err.expr_unexpected", fragment(text)))


def _compare(op: str, a: Any, b: Any) -> bool:
    if a is None or a == "" or a == []:
        return op == "!=" and b not in (None, "", [])
    if isinstance(a, bool) or isinstance(b, bool):
        a, b = str(a).lower(), str(b).lower()
    elif isinstance(a, int | float) or isinstance(b, int | float):
        try:
            a, b = float(a), float(b)
        except (TypeError, ValueError):
            a, b = str(a), str(b)
    else:
        a, b = str(a), str(b)
    return {"=": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def _call(name: str, args: list[Any]) -> Any:
    if name in ("true", "false") and not args:
        return name == "true"
    if name == "today" and not args:
        return date.today().isoformat()
    if name == "not" and len(args) == 1:
        return not bool(args[0])
    if name == "selected" and len(args) == 2:
        return isinstance(args[0], list) and str(args[1]) in args[0]
    if name == "count-selected" and len(args) == 1:
        return len(args[0]) if isinstance(args[0], list) else 0
    if name == "string-length" and len(args) == 1:
        return len(str(args[0] or ""))
    raise ExpressionError(msg.text("err.expr_unknown_function", fragment(name)))


def evaluate(expr: str, answers: dict[str, Any], current: Any = None) -> Any:
    return _Parser(expr, answers, current).parse()


# -- templates -----------------------------------------------------------------------------
def _what(code: str, *params: object) -> msg.Text:
    """A part of a template, named in a refusal (`err.tpl_<code>`)."""
    return msg.text(f"err.tpl_{code}", *params)


def _texts(value: Any, what: msg.Text) -> dict[str, str]:
    """A {language: text} map, checked (a template is untrusted input)."""
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ValueError(_what("texts", what))
    return dict(value)


def _str(value: Any, what: msg.Text) -> str:
    if not isinstance(value, str):
        raise ValueError(_what("text", what))
    return value


def _int(value: Any, what: msg.Text) -> int:
    if type(value) is not int or not -1_000_000 <= value <= 1_000_000:
        raise ValueError(_what("whole", what))
    return value


def _field(raw: Any) -> Field:
    if not isinstance(raw, dict):
        raise ValueError(_what("field_object"))
    fid = _str(raw.get("id"), _what("field_id"))
    ftype = raw.get("type")
    if ftype not in FIELD_TYPES:
        if not isinstance(ftype, str):
            raise ValueError(_what("no_type", fragment(fid)))
        raise ValueError(_what("unknown_type", fragment(fid), fragment(ftype)))
    raw_choices = raw.get("choices", [])
    if not isinstance(raw_choices, list) or not all(isinstance(c, dict) for c in raw_choices):
        raise ValueError(_what("choices_list", fragment(fid)))
    choices = tuple((_str(c.get("value"), _what("choice_value")), _texts(c.get("label"), _what("choice_label")))
                    for c in raw_choices)
    if ftype in ("choice", "multi_choice") and not choices:
        raise ValueError(_what("needs_choices", fragment(fid)))
    f = Field(id=fid, type=ftype, label=_texts(raw.get("label"), _what("field_label", fragment(fid))),
              required=raw.get("required") is True,
              constraint=_str(raw.get("constraint", ""), _what("constraint")),
              constraint_message=_texts(raw.get("constraint_message", {}), _what("constraint_message")),
              relevant=_str(raw.get("relevant", ""), _what("relevant")), choices=choices,
              min=_int(raw.get("min", 1), _what("min", fragment(fid))),
              max=_int(raw.get("max", 5), _what("max", fragment(fid))),
              hint=_texts(raw.get("hint", {}), _what("hint")))
    for expr in (f.constraint, f.relevant):
        if expr:
            _tokens(expr)  # syntax check at load time
            evaluate(expr, {}, None)
    return f


def parse_template(raw: Any) -> Template:
    try:
        if not isinstance(raw, dict) or not isinstance(raw.get("sections"), list):
            raise ValueError(_what("sections"))
        sections = []
        for sec in raw["sections"]:
            if not isinstance(sec, dict) or not isinstance(sec.get("fields"), list):
                raise ValueError(_what("section_fields"))
            sections.append(Section(_str(sec.get("id"), _what("section_id")),
                                    _texts(sec.get("title"), _what("section_title")),
                                    tuple(_field(f) for f in sec["fields"])))
        tpl = Template(_str(raw.get("id"), _what("template_id")), _int(raw.get("version"), _what("version")),
                       _texts(raw.get("title"), _what("title")), tuple(sections))
    except (KeyError, TypeError, ValueError, RecursionError) as exc:
        if isinstance(exc, RecursionError):
            why: str = msg.text("err.expr_too_deep")
        else:
            why = exc.args[0] if exc.args and isinstance(exc.args[0], msg.Text) else one_line(str(exc))
        raise ValidationError(msg.text("err.form_invalid", why)) from None
    ids = [f.id for f in tpl.fields]
    if len(ids) != len(set(ids)):
        raise ValidationError(msg.text("err.form_ids_unique"))
    return tpl


def templates_dir() -> Path:
    return resource_path("forms")


@cache
def _shipped_template(template_id: str, version: int) -> Template:
    path = templates_dir() / f"{template_id}.v{version}.json"
    if not re.fullmatch(r"[a-z0-9_]+", template_id) or not path.is_file():
        raise ValidationError(msg.text("err.no_form", template_id, version))
    return parse_template(json.loads(path.read_text("utf-8")))


def load_template(template_id: str, version: int) -> Template:
    """A template from an installed HQ update package, else the shipped one."""
    installed = registry.installed("form", f"{template_id}.v{version}")
    return parse_template(installed) if installed is not None else _shipped_template(template_id, version)


def available_templates() -> list[Template]:
    """Every shipped and installed template, newest version of each first."""
    found: dict[tuple[str, int], Template] = {}
    for path in templates_dir().glob("*.v*.json"):
        tid, _, ver = path.stem.rpartition(".v")
        found[(tid, int(ver))] = _shipped_template(tid, int(ver))
    for doc in registry.installed_forms():
        tpl = parse_template(doc)
        found[(tpl.id, tpl.version)] = tpl
    return sorted(found.values(), key=lambda t: (t.id, -t.version))


# -- answers -------------------------------------------------------------------------------
def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def max_chars(f: Field) -> int:
    """How long an answer to this field may be (interchange schema: 100,000 at most)."""
    return limits.LONG_ANSWER_CHARS if f.type == "multiline" else limits.TEXT_ANSWER_CHARS


def _real_date(value: Any) -> bool:
    text = str(value)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        return limits.MIN_DATE <= date.fromisoformat(text) <= limits.MAX_DATE
    except ValueError:
        return False


def is_relevant(f: Field, answers: dict[str, Any]) -> bool:
    return not f.relevant or bool(evaluate(f.relevant, answers))


def own_text(texts: dict[str, str], fallback: str = "") -> msg.Text:
    """A template's text in both its languages, as one coded phrase: English by default, and the
    Ukrainian wherever the reader's language is Ukrainian (the desktop, the printouts)."""
    en = texts.get("en") or fallback or next(iter(texts.values()), "")
    return msg.text("form.label", en, texts.get("uk") or en)


def check_answers(
    tpl: Template, answers: dict[str, Any], lang: str = "en", include_required: bool = True
) -> dict[str, str]:
    """Problems by field id: required, constraint, choice/type checks (relevant fields only).

    `include_required=False` reports only wrong answers, not missing ones: an
    interview still in progress may be saved, but never with a wrong value."""
    problems: dict[str, str] = {}
    for f in tpl.fields:
        if not is_relevant(f, answers):
            continue
        value = answers.get(f.id)
        if _empty(value):
            if f.required and include_required:
                problems[f.id] = msg.text("err.form_required")
            continue
        allowed = {v for v, _ in f.choices}
        if (f.type == "choice" and value not in allowed) or (
                f.type == "multi_choice" and not (isinstance(value, list) and set(map(str, value)) <= allowed)):
            problems[f.id] = msg.text("err.form_choice")
        elif f.type == "scale" and not (isinstance(value, int) and f.min <= value <= f.max):
            problems[f.id] = msg.text("err.form_scale", f.min, f.max)
        elif f.type == "date" and not _real_date(value):
            problems[f.id] = msg.text("err.form_date")
        elif f.type in ("text", "multiline") and len(str(value)) > max_chars(f):
            problems[f.id] = msg.text("err.at_most_chars", f"{max_chars(f):,}")
        elif f.constraint and not evaluate(f.constraint, answers, value):
            said = f.constraint_message  # the template's own message, in its languages
            if not said:
                problems[f.id] = msg.text("err.form_not_allowed")
            else:  # coded by default (each reader's language); as asked for an explicit language
                problems[f.id] = own_text(said) if lang == "en" else said.get(lang) or said.get("en") or own_text(said)
    return problems


def relevant_answers(tpl: Template, answers: dict[str, Any]) -> dict[str, Any]:
    """The answers to keep: those of relevant fields, in template order."""
    return {f.id: answers[f.id] for f in tpl.fields
            if f.id in answers and not _empty(answers[f.id]) and is_relevant(f, answers)}
