"""Content installed from HQ update packages: form templates and rule sets.

The shipped files in resources/ are the defaults; a vault that installed a
package registers its versions here when it is unlocked, and the loaders in
forms, polygraph and workflow consult this registry first. Exams keep the
rule snapshot they were scored with, so new rules never rescore old exams.
"""

from __future__ import annotations

import re
from typing import Any

from app.errors import ValidationError

_installed: dict[tuple[str, str], Any] = {}
FORM_KEY = re.compile(r"[a-z0-9_]+\.v[0-9]{1,4}")


def check(kind: str, key: str, doc: Any) -> None:
    """Raise ValidationError unless `doc` is a usable form template or rule set."""
    if kind == "form":
        from app.domain import forms

        tpl = forms.parse_template(doc)
        if not FORM_KEY.fullmatch(key) or f"{tpl.id}.v{tpl.version}" != key:
            raise ValidationError(f"Form file {key}.json does not hold template {tpl.id} v{tpl.version}.")
    elif kind == "rules" and key == "polygraph":
        _check_polygraph(doc)
    elif kind == "rules" and key == "workflow":
        _check_workflow(doc)
    else:
        raise ValidationError(f"Unknown content {kind}/{key}.")


def _check_polygraph(doc: Any) -> None:
    try:
        if doc["format"] != "field-dossier/polygraph-rules/1":
            raise ValueError("format")
        rules = doc["rules"]
        for name, m in doc["methods"].items():
            lo, hi = m["entry_range"]
            if not (int(lo) < 0 < int(hi)) or m["default_rule"] not in rules:
                raise ValueError(name)
            {k: int(v) for k, v in m["weights"].items()}
        for r in rules.values():
            if not isinstance(r, dict) or "kind" not in r:
                raise ValueError("rule")
        dict(doc["double_exam"])
    except (KeyError, TypeError, ValueError, AttributeError):
        raise ValidationError("The polygraph rule set is not valid.") from None


def _check_workflow(doc: Any) -> None:
    try:
        if doc["format"] != "field-dossier/workflow-rules/1":
            raise ValueError("format")
        req = doc["decision_requires"]
        bool(req["written_application"])
        int(req["sealed_interviews"])
        [int(n) for n in req["sealed_exams"]]
        {k: int(v) for k, v in doc["due_days_after_application"].items()}
    except (KeyError, TypeError, ValueError, AttributeError):
        raise ValidationError("The workflow rule set is not valid.") from None


def install(items: list[tuple[str, str, Any]]) -> None:
    """Register a vault's installed content (replacing what another vault had)."""
    _installed.clear()
    for kind, key, doc in items:
        _installed[(kind, key)] = doc


def installed(kind: str, key: str) -> Any | None:
    return _installed.get((kind, key))


def installed_forms() -> list[Any]:
    return [doc for (kind, _), doc in sorted(_installed.items()) if kind == "form"]
