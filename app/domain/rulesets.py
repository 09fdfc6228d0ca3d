"""The polygraph rule set (resources/rules/polygraph.json): methods, decision rules,
formats, with their display names and sources — and which rules are trusted.

A rule is *trusted* only if the vault knows it: a rule of the shipped file (current
or retired), of the rule set installed from a signed HQ update package, or of one
installed earlier (the vault remembers those). An exam stores a full snapshot of
its rule; the snapshot is matched against every known rule by a content hash. A
snapshot that matches none — made-up cutscores in an imported file, say — is an
*unknown rule*: it is never used to score.

ESS-M rules take their cutscores from the author's tables (app.domain.essm) by
prior and alpha; their snapshot stores the parameters and the cutscores they gave.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from itertools import product
from typing import Any

from app.domain import essm, msg, registry
from app.resources import resource_path

SINGLE, MULTI = "single_issue", "multi_issue"
# Words about a rule, not the rule: editing them never makes an exam's rule unknown.
NOT_HASHED = frozenset({"label", "label_uk", "source", "quote", "retired", "hash"})
CUTSCORES = ("ndi", "di", "subtotal_di", "subtotal_ndi", "ndi_all", "di_any")
CURRENT, EARLIER, UNKNOWN, NONE = "current", "earlier", "unknown", "none"


@cache
def shipped() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("rules", "polygraph.json").read_text("utf-8"))
    return data


def current() -> dict[str, Any]:
    """The rule set in force: from an installed HQ update package, else the shipped file."""
    installed: dict[str, Any] | None = registry.installed("rules", "polygraph")
    return installed or shipped()


def method(name: str) -> dict[str, Any]:
    methods: dict[str, Any] = current()["methods"]
    return dict(methods.get(name) or methods["federal_7"])


def formats() -> dict[str, Any]:
    """Question-list templates; a rule set from HQ without formats keeps the shipped ones."""
    found: dict[str, Any] = current().get("formats") or shipped()["formats"]
    return found


def fit_policy() -> str:
    policy: dict[str, Any] = current().get("fit_policy") or shipped()["fit_policy"]
    return str(policy.get("exam_type", "refuse"))


LABELS = {"en": "label", "uk": "label_uk"}


def display(entry: dict[str, Any], lang: str) -> str:
    """The name a person sees in `lang` ("en", "uk"), never the internal key."""
    return str(entry.get(LABELS[lang]) or entry.get("label") or "")


def hash_of(rule: dict[str, Any]) -> str:
    body = {k: v for k, v in rule.items() if k not in NOT_HASHED}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def parameter_choices(definition: dict[str, Any]) -> list[dict[str, float]]:
    """Every prior × alpha an ESS-M rule can be used with (one empty choice for fixed rules)."""
    if "essm" not in definition:
        return [{}]
    return [{"prior": p, "alpha_di": a, "alpha_ndi": b} for p, a, b in product(essm.priors(), essm.ALPHAS, essm.ALPHAS)]


def resolve(definition: dict[str, Any], parameters: dict[str, Any] | None = None) -> dict[str, Any]:
    """A rule definition with its cutscores (ESS-M: looked up by the parameters, which are
    stored as the table uses them). The snapshot an exam stores adds the rule's name."""
    snap = dict(definition)
    if "essm" in definition:
        wanted = {**definition["parameters"], **(parameters or {})}
        first = essm.table(next(iter(definition["essm"].values()))["table"])
        used = {"prior": essm.table_prior(first, float(wanted["prior"])),
                "alpha_di": essm.table_alpha(float(wanted["alpha_di"])),
                "alpha_ndi": essm.table_alpha(float(wanted["alpha_ndi"]))}
        for cut, spec in definition["essm"].items():
            snap[cut] = essm.table(spec["table"]).cut(used["prior"], used[spec["alpha"]])
        snap["parameters"] = used
    return snap


def snapshot(name: str, parameters: dict[str, Any] | None = None) -> dict[str, Any]:
    """A rule of the rule set in force, resolved, to store on the exam it scores."""
    return {**resolve(current()["rules"][name], parameters), "name": name}


def default_rule_name(method_name: str, format_name: str) -> str:
    """The format's rule when it is for this method, else the method's default rule."""
    fmt = formats().get(format_name)
    rules = current()["rules"]
    if fmt and fmt["rule"] in rules and method_name in rules[fmt["rule"]]["methods"]:
        return str(fmt["rule"])
    return str(method(method_name)["default_rule"])


# -- the rules the vault knows -------------------------------------------------------------
_history: list[dict[str, Any]] = []  # rule sets installed earlier (the vault remembers them)
_known_cache: dict[tuple[int, int], dict[str, tuple[dict[str, Any], str]]] = {}


def remember(rule_sets: list[dict[str, Any]]) -> None:
    """Register the rule sets a vault installed before the current one (at unlock)."""
    _history[:] = rule_sets
    _known_cache.clear()


def _expand(doc: dict[str, Any], origin: str, out: dict[str, tuple[dict[str, Any], str]]) -> None:
    for name, definition in doc["rules"].items():
        for params in parameter_choices(definition):
            snap = {**resolve(definition, params), "name": name}
            out.setdefault(hash_of(snap), (snap, origin))
    for name, rule in doc.get("retired_rules", {}).items():
        snap = {**rule, "name": name}
        out.setdefault(hash_of(snap), (snap, EARLIER))


def known() -> dict[str, tuple[dict[str, Any], str]]:
    """hash -> (trusted snapshot, "current" | "earlier")."""
    key = (registry.generation(), len(_history))
    found = _known_cache.get(key)
    if found is None:
        found = {}
        _expand(current(), CURRENT, found)
        _expand(shipped(), EARLIER, found)
        for doc in _history:
            _expand(doc, EARLIER, found)
        _known_cache.clear()
        _known_cache[key] = found
    return found


@dataclass(frozen=True)
class RuleTrust:
    status: str  # current | earlier (retired or an earlier HQ rule set) | unknown | none (no rule stored)
    rule: dict[str, Any]  # the trusted rule the exam is scored with

    @property
    def trusted(self) -> bool:
        return self.status in (CURRENT, EARLIER)


def known_rule(stored: dict[str, Any]) -> tuple[dict[str, Any], str] | None:
    """(the vault's copy, "current" | "earlier") of a stored rule the vault knows, else None."""
    return known().get(hash_of(stored))  # every known rule has a kind: a stored {} never matches


def trust(stored: dict[str, Any], method_name: str, format_name: str) -> RuleTrust:
    """The rule an exam is scored with: its own if the vault knows it; otherwise a
    trusted one (the current rule of the same name, else the format's or method's
    default, with default parameters) — the stored cutscores are never used."""
    found = known_rule(stored)
    if found is not None:
        return RuleTrust(found[1], found[0])
    rules = current()["rules"]
    name = stored.get("name")
    if not (isinstance(name, str) and name in rules and method_name in rules[name]["methods"]):
        name = default_rule_name(method_name, format_name)
    return RuleTrust(UNKNOWN if stored.get("kind") else NONE, snapshot(name))


def fit_problems(rule: dict[str, Any], method_name: str, format_name: str) -> list[tuple[str, str]]:
    """(severity refuse|warn, message) when the rule does not suit the exam."""
    out: list[tuple[str, str]] = []
    if method_name and method_name not in rule["methods"]:
        out.append(("refuse", msg.text("poly.rule_not_for_method")))
    fmt = formats().get(format_name)
    rule_type = rule.get("exam_type")
    if fmt and rule_type and fmt.get("exam_type") != rule_type:
        misfit = "poly.rule_misfit_multi" if rule_type == MULTI else "poly.rule_misfit_single"
        out.append((fit_policy(), msg.text(misfit)))
    return out


def check_rule_set(doc: dict[str, Any]) -> list[str]:
    """What a rule set (from HQ) gets wrong beyond its schema; empty when usable."""
    from app.domain.decision_rules import KINDS

    problems: list[str] = []
    rules = doc["rules"]
    for name, m in doc["methods"].items():
        if m["default_rule"] not in rules:
            problems.append(msg.text("err.rules_method_rule", repr(name)))
    for name, rule in rules.items():
        essm_cuts = rule.get("essm", {})
        needed = (*KINDS[rule["kind"]], *(("ndi_spots_min",) if rule["kind"] == "zone" else ()))
        missing = [c for c in needed if c not in rule and c not in essm_cuts]
        if missing:
            problems.append(msg.text("err.rules_no_cutscore", repr(name), ", ".join(missing)))
        if any(m not in doc["methods"] for m in rule["methods"]):
            problems.append(msg.text("err.rules_rule_method", repr(name)))
        if essm_cuts:
            try:
                resolve(rule)
            except (KeyError, ValueError, TypeError):
                problems.append(msg.text("err.rules_essm", repr(name)))
    for name, fmt in (doc.get("formats") or {}).items():
        if fmt["rule"] not in rules or fmt["method"] not in doc["methods"]:
            problems.append(msg.text("err.rules_format", repr(name)))
    return problems
