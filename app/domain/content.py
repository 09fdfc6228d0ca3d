"""Content installed from HQ update packages: form templates and rule sets.

The shipped files in resources/ are the defaults; a vault that installed a
package registers its versions here when it is unlocked, and the loaders in
forms, polygraph and workflow consult this registry first. Exams keep the
rule snapshot they were scored with, so new rules never rescore old exams.
"""

from __future__ import annotations

import re
from typing import Any

from app.domain import schemas
from app.errors import ValidationError, one_line

_installed: dict[tuple[str, str], Any] = {}
_generation = [0]  # bumped on every install, so caches built from installed content refresh
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


def _schema_check(name: str, doc: Any, what: str) -> None:
    try:
        error = next(iter(sorted(schemas.validator(name).iter_errors(doc), key=str)), None)
    except RecursionError:
        raise ValidationError(f"The {what} is not valid (nested too deeply).") from None
    if error is not None:
        raise ValidationError(f"The {what} is not valid at {one_line(error.json_path)}.")


def _check_polygraph(doc: Any) -> None:
    from app.domain import rulesets

    _schema_check("polygraph-rules.schema.json", doc, "polygraph rule set")
    problems = rulesets.check_rule_set(doc)
    if problems:
        raise ValidationError(f"The polygraph rule set is not valid: {problems[0]}.")
    if doc["charts"]["min"] > doc["charts"]["max"]:
        raise ValidationError("The polygraph rule set is not valid: charts min is above max.")


def _check_workflow(doc: Any) -> None:
    _schema_check("workflow-rules.schema.json", doc, "workflow rule set")


def install(items: list[tuple[str, str, Any]]) -> None:
    """Register a vault's installed content (replacing what another vault had)."""
    _installed.clear()
    for kind, key, doc in items:
        _installed[(kind, key)] = doc
    _generation[0] += 1


def generation() -> int:
    return _generation[0]


def installed(kind: str, key: str) -> Any | None:
    return _installed.get((kind, key))


def installed_forms() -> list[Any]:
    return [doc for (kind, _), doc in sorted(_installed.items()) if kind == "form"]
