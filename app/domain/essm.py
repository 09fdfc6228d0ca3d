"""ESS-M cutscore tables (resources/rules/essm/, from the method author's own scoring code).

Each table gives, per prior probability (row) and alpha (column a01/a05/a10), the
cutscore at or beyond which a call is made; NA means no cutscore reaches that
alpha at that prior. The lookup follows the author's `ESSMScores.R`: a prior that
is not a row moves to the nearest table prior at or above it, an alpha to the
largest of .01/.05/.10 not above it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from app.domain import msg
from app.resources import resource_path

ALPHAS = (0.01, 0.05, 0.10)
_COLUMNS = {0.01: "a01", 0.05: "a05", 0.10: "a10"}
TABLES = ("ESSMs_SI_NDI", "ESSMs_SI_DI", "ESSMs_SI_DI_St", "ESSMs_MI_SR", "ESSMs_MI_NSR")


@dataclass(frozen=True)
class Table:
    name: str
    priors: tuple[float, ...]  # descending, as in the files
    cells: dict[tuple[float, str], int | None]  # (prior, column) -> cutscore or None (NA)

    def cut(self, prior: float, alpha: float) -> int | None:
        return self.cells[(table_prior(self, prior), _COLUMNS[table_alpha(alpha)])]


class TableError(ValueError):
    pass


def _cell(text: str) -> int | None:
    return None if text.strip() == "NA" else int(text)


@cache
def table(name: str) -> Table:
    if name not in TABLES:
        raise TableError(msg.text("err.essm_no_table", repr(name)))
    with resource_path("rules", "essm", f"{name}.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    priors = tuple(float(r["priorG"]) for r in rows)
    cells = {(float(r["priorG"]), col): _cell(r[col]) for r in rows for col in _COLUMNS.values()}
    return Table(name, priors, cells)


def table_prior(t: Table, prior: float) -> float:
    """The table row the author's code uses: the smallest table prior at or above `prior`."""
    at_or_above = [p for p in t.priors if p >= prior]
    if not at_or_above:
        raise TableError(msg.text("err.essm_prior_above", prior, t.name))
    return min(at_or_above)


def table_alpha(alpha: float) -> float:
    """The largest of .01, .05, .10 that is not above `alpha`."""
    below = [a for a in ALPHAS if a <= alpha]
    if not below:
        raise TableError(msg.text("err.essm_alpha_below", alpha))
    return max(below)


def priors() -> tuple[float, ...]:
    """The priors every table has, descending (the choices offered)."""
    return table("ESSMs_SI_NDI").priors
