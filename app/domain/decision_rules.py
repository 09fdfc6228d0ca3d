"""Decision rules: from the subtotals and grand total of an exam to NDI / DI / INC.

Each kind follows its source's order (resources/rules/polygraph.json cites them):

* ``grand_total`` (GTRFn): total ≤ DI cutscore DI; total ≥ NDI cutscore NDI; else INC.
* ``two_stage`` (TSRFn, Krapohl 2005, Senter 2008): total ≤ DI → DI; total ≥ NDI → NDI;
  else the *lowest* subtotal ≤ subtotal DI cutscore → DI; Senter's variant then calls
  NDI when every subtotal ≥ its subtotal NDI cutscore; else INC.
* ``subtotal`` (SSRFn, multi-issue): lowest subtotal ≤ DI cutscore → DI (SR); lowest
  subtotal ≥ NDI cutscore, i.e. every subtotal is → NDI (NSR); else INC.
* ``zone`` (FZRFn / TESFn: federal ZCT, You-Phase, TES): lowest subtotal ≤ spot cutscore
  → DI; total ≤ DI → DI; total ≥ NDI with every subtotal ≥ ``ndi_spots_min`` → NDI; else INC.
* ``utah`` (UT4Fn): total ≤ DI → DI; lowest subtotal ≤ spot cutscore → DI; a negative
  subtotal → INC; total ≥ NDI → NDI; else INC.

A cutscore of ``None`` (NA in an ESS-M table: no cutscore reaches that alpha at that
prior) means that call cannot be made. The reason is one short English sentence;
app/ui/messages.py translates it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain import msg
from app.domain.enums import ExamResult

KINDS: dict[str, tuple[str, ...]] = {  # the cutscores each kind needs
    "grand_total": ("ndi", "di"),
    "two_stage": ("ndi", "di", "subtotal_di"),
    "subtotal": ("ndi_all", "di_any"),
    "zone": ("ndi", "di", "subtotal_di"),
    "utah": ("ndi", "di", "subtotal_di"),
}


@dataclass(frozen=True)
class Outcome:
    result: ExamResult
    reason: str


def _at_or_below(value: int, cut: int | None) -> bool:
    return cut is not None and value <= cut


def _at_or_above(value: int, cut: int | None) -> bool:
    return cut is not None and value >= cut


def _lowest(subtotals: dict[str, int]) -> tuple[str, int]:
    """The lowest subtotal; the first such question when several share it."""
    if not subtotals:
        raise ValueError("no relevant questions")
    return min(subtotals.items(), key=lambda kv: kv[1])


def _total_di(total: int, cut: int) -> Outcome:
    return Outcome(ExamResult.DI, msg.text("poly.total_di", f"{total:+d}", f"{cut:+d}"))


def _total_ndi(total: int, cut: int) -> Outcome:
    return Outcome(ExamResult.NDI, msg.text("poly.total_ndi", f"{total:+d}", f"{cut:+d}"))


def _spot_di(low: tuple[str, int], cut: int) -> Outcome:
    return Outcome(ExamResult.DI, msg.text("poly.lowest_subtotal_di", low[0], f"{low[1]:+d}", f"{cut:+d}"))


def decide(rule: dict[str, Any], subtotals: dict[str, int], total: int) -> Outcome:
    kind = rule.get("kind")
    if kind not in KINDS:
        raise ValueError(f"unknown decision rule kind {kind!r}")
    low = _lowest(subtotals)
    if kind == "grand_total":
        if _at_or_below(total, rule["di"]):
            return _total_di(total, rule["di"])
        if _at_or_above(total, rule["ndi"]):
            return _total_ndi(total, rule["ndi"])
        return Outcome(ExamResult.INC, msg.text("poly.total_between", f"{total:+d}"))
    if kind == "two_stage":
        if _at_or_below(total, rule["di"]):
            return _total_di(total, rule["di"])
        if _at_or_above(total, rule["ndi"]):
            return _total_ndi(total, rule["ndi"])
        if _at_or_below(low[1], rule["subtotal_di"]):
            return _spot_di(low, rule["subtotal_di"])
        if _at_or_above(low[1], rule.get("subtotal_ndi")):
            return Outcome(ExamResult.NDI, msg.text("poly.every_subtotal_ndi", f"{rule['subtotal_ndi']:+d}"))
        return Outcome(ExamResult.INC, msg.text("poly.total_between_no_subtotal", f"{total:+d}"))
    if kind == "subtotal":
        if _at_or_below(low[1], rule["di_any"]):
            return _spot_di(low, rule["di_any"])
        if _at_or_above(low[1], rule["ndi_all"]):
            return Outcome(ExamResult.NDI, msg.text("poly.every_subtotal_ndi", f"{rule['ndi_all']:+d}"))
        return Outcome(ExamResult.INC, msg.text("poly.subtotals_between"))
    if kind == "zone":
        if _at_or_below(low[1], rule["subtotal_di"]):
            return _spot_di(low, rule["subtotal_di"])
        if _at_or_below(total, rule["di"]):
            return _total_di(total, rule["di"])
        spots = int(rule["ndi_spots_min"])
        if _at_or_above(total, rule["ndi"]):
            if low[1] >= spots:
                return _total_ndi(total, rule["ndi"])
            return Outcome(ExamResult.INC, msg.text("poly.total_ndi_but_subtotal", f"{total:+d}",
                                                    f"{rule['ndi']:+d}", low[0], f"{low[1]:+d}"))
        return Outcome(ExamResult.INC, msg.text("poly.total_between", f"{total:+d}"))
    # utah
    if _at_or_below(total, rule["di"]):
        return _total_di(total, rule["di"])
    if _at_or_below(low[1], rule["subtotal_di"]):
        return _spot_di(low, rule["subtotal_di"])
    if low[1] < 0:
        return Outcome(ExamResult.INC, msg.text("poly.subtotal_is", low[0], f"{low[1]:+d}"))
    if _at_or_above(total, rule["ndi"]):
        return _total_ndi(total, rule["ndi"])
    return Outcome(ExamResult.INC, msg.text("poly.total_between", f"{total:+d}"))


def cutscores(rule: dict[str, Any]) -> dict[str, int | None]:
    """The cutscores a rule snapshot uses, by name (for display and the JSON)."""
    names = (*KINDS.get(str(rule.get("kind")), ()), "subtotal_ndi")  # an unknown kind has none
    return {n: rule[n] for n in names if n in rule}
