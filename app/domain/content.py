"""Content installed from HQ update packages: form templates and rule sets.

The shipped files in resources/ are the defaults; a vault that installed a
package registers its versions here when it is unlocked, and the loaders in
forms, polygraph and workflow consult this registry first. Exams keep the
rule snapshot they were scored with, so new rules never rescore old exams.
"""

from __future__ import annotations

import re
from typing import Any

from app.domain import msg, schemas
from app.domain.registry import generation, install, installed, installed_forms
from app.errors import ValidationError, one_line

FORM_KEY = re.compile(r"[a-z0-9_]+\.v[0-9]{1,4}")


def check(kind: str, key: str, doc: Any) -> None:
    """Raise ValidationError unless `doc` is a usable form template or rule set."""
    if kind == "form":
        from app.domain import forms

        tpl = forms.parse_template(doc)
        if not FORM_KEY.fullmatch(key) or f"{tpl.id}.v{tpl.version}" != key:
            raise ValidationError(msg.text("err.content_form_mismatch", key, tpl.id, tpl.version))
    elif kind == "rules" and key == "polygraph":
        _check_polygraph(doc)
    elif kind == "rules" and key == "workflow":
        _check_workflow(doc)
    else:
        raise ValidationError(msg.text("err.content_unknown", kind, key))


def _schema_check(name: str, doc: Any, what: msg.Text) -> None:
    """`what` is a coded subject (err.content_polygraph, …), so the whole sentence translates."""
    try:
        error = next(iter(sorted(schemas.validator(name).iter_errors(doc), key=str)), None)
    except RecursionError:
        raise ValidationError(msg.text("err.content_too_deep", what)) from None
    if error is not None:
        raise ValidationError(msg.text("err.content_invalid_at", what, one_line(error.json_path)))


def _check_polygraph(doc: Any) -> None:
    from app.domain import rulesets

    what = msg.text("err.content_polygraph")
    _schema_check("polygraph-rules.schema.json", doc, what)
    problems = rulesets.check_rule_set(doc)
    if problems:
        raise ValidationError(msg.text("err.content_invalid", what, problems[0]))
    if doc["charts"]["min"] > doc["charts"]["max"]:
        raise ValidationError(msg.text("err.content_invalid", what, msg.text("err.content_charts")))


def _check_workflow(doc: Any) -> None:
    _schema_check("workflow-rules.schema.json", doc, msg.text("err.content_workflow"))


__all__ = ["FORM_KEY", "check", "generation", "install", "installed", "installed_forms"]
