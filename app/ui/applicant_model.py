"""The applicant list: a table model over applicant ids in display order (the
vault orders and filters them), whose rows are loaded a page at a time for the
part on screen and formatted only when shown. 100k applicants cost the ids
(800 kB) plus at most CACHE_ROWS loaded rows, however far the officer scrolls."""

from __future__ import annotations

import logging
from array import array
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from app.domain.enums import Category, Stage
from app.domain.model import ApplicantSummary
from app.errors import DossierError
from app.ui.messages import tr_flag_name, tr_search_reason
from app.ui.widgets import colour
from app.vault.hqview import HqColumns
from app.vault.listing import Order

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
COL_CASE, COL_CYR, COL_LAT, COL_DOB, COL_CAT, COL_STAGE, COL_FLAGS, COL_UPDATED, COL_MATCH = range(9)
# HQ's columns (shown in an HQ vault; the HQ status also on a laptop that received HQ's decisions)
COL_POST, COL_OFFICER, COL_RECEIVED, COL_VERSION, COL_HQ = range(9, 14)
HQ_COLUMNS = (COL_POST, COL_OFFICER, COL_RECEIVED, COL_VERSION, COL_HQ)
COLUMN_ORDER = {COL_CASE: Order.CASE, COL_CYR: Order.NAME, COL_LAT: Order.LATIN, COL_DOB: Order.BIRTH,
                COL_CAT: Order.CATEGORY, COL_STAGE: Order.STAGE, COL_FLAGS: Order.FLAGS, COL_UPDATED: Order.UPDATED,
                COL_POST: Order.POST, COL_OFFICER: Order.OFFICER, COL_RECEIVED: Order.RECEIVED}
PAGE = 200  # rows loaded per query (one query ~1 ms)
CACHE_ROWS = 5000


class ApplicantTableModel(QAbstractTableModel):
    sort_requested = Signal(object, bool)  # Order or None (natural order), descending
    STAGE_LABELS: ClassVar[dict[Stage, str]] = {  # the step the case is waiting on
        Stage.APPLICATION: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Application")),
        Stage.INTERVIEW: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Interview")),
        Stage.CHECKS: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Background checks")),
        Stage.POLYGRAPH: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Polygraph")),  # any exam (the filter)
        Stage.DECISION: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Decision")),
        Stage.SENT_TO_HQ: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "To send to HQ")),
        Stage.CLOSED: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Closed")),
    }
    CATEGORY_LABELS: ClassVar[dict[Category, str]] = {
        Category.SERVING_SOLDIER: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Serving soldier")),
        Category.PRISONER_OF_WAR: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Prisoner of war")),
        Category.CIVILIAN: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Civilian")),
        Category.OTHER: str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Other")),
    }

    HQ_STATUS: ClassVar[dict[str, str]] = {  # hq_cases.status as the list shows it
        "decision:accept": str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Accepted by HQ")),
        "decision:reject": str(QT_TRANSLATE_NOOP("ApplicantTableModel", "Rejected by HQ")),
        "request:interview": str(QT_TRANSLATE_NOOP("ApplicantTableModel", "HQ asks: interview")),
        "request:polygraph": str(QT_TRANSLATE_NOOP("ApplicantTableModel", "HQ asks: polygraph")),
        "request:check": str(QT_TRANSLATE_NOOP("ApplicantTableModel", "HQ asks: check")),
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: Sequence[int] = array("q")
        self._cache: dict[int, ApplicantSummary] = {}
        self._fetch: Callable[[list[int]], dict[int, ApplicantSummary]] = lambda ids: {}
        self._hq: dict[int, HqColumns] = {}  # HQ's columns of the rows loaded (when shown)
        self._fetch_hq: Callable[[list[int]], dict[int, HqColumns]] | None = None
        self.hq_shown: bool | None = None  # whether HQ's columns are loaded (app/ui/hq_list.py)
        self._matched: dict[int, str] = {}  # search hits: why each matched (already translated)
        self.headers = [self.tr("Case number"), self.tr("Name (Cyrillic)"), self.tr("Name (Latin)"),
                        self.tr("Date of birth"), self.tr("Category"), self.tr("Stage"), self.tr("Flags"),
                        self.tr("Last change"), self.tr("Why it matched"), self.tr("Post"), self.tr("Officer"),
                        self.tr("Received"), self.tr("Version"), self.tr("HQ status")]
        self._hq_status = {k: self.tr(v) for k, v in self.HQ_STATUS.items()}
        self._stage = {s: self.tr(v) for s, v in self.STAGE_LABELS.items()}
        self._category = {c: self.tr(v) for c, v in self.CATEGORY_LABELS.items()}
        self._locale = QLocale()
        fmt = self._locale.dateFormat(QLocale.FormatType.ShortFormat)
        self._date_format = fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")  # 1991, never 91

    def category_labels(self) -> list[str]:
        return list(self._category.values())

    def stage_labels(self) -> list[str]:
        return list(self._stage.values())

    def flag_text(self, codes: str) -> str:
        if not codes:
            return ""
        severities = [c.split(":", 1)[0] for c in codes.split(",")]
        parts = [(severities.count("red"), self.tr("%1 red")), (severities.count("amber"), self.tr("%1 amber"))]
        return ", ".join(text.replace("%1", str(n)) for n, text in parts if n)

    def set_fetch(self, fetch: Callable[[list[int]], dict[int, ApplicantSummary]]) -> None:
        """Where rows come from: ids in, the rows that still exist out, by id
        (the session's `summaries_by_id`)."""
        self._fetch = fetch

    def set_hq_fetch(self, fetch: Callable[[list[int]], dict[int, HqColumns]] | None) -> None:
        """Where HQ's columns come from (the session's `hq_columns`), or None when they are hidden."""
        self._fetch_hq = fetch
        self.hq_shown = fetch is not None
        self._hq.clear()

    def hq_status_labels(self) -> list[str]:
        return list(self._hq_status.values())

    def set_view(self, ids: Sequence[int], rows: dict[int, ApplicantSummary] | None = None,
                 matched: dict[int, str] | None = None) -> None:
        """Show these applicant ids in this order; rows already loaded may come along, and for a
        search, why each one matched."""
        self.beginResetModel()
        self._ids = ids
        self._cache = dict(rows or {})
        self._hq = self._fetched_hq(list(self._cache))
        self._matched = {i: tr_search_reason(why) for i, why in (matched or {}).items()}
        self.endResetModel()

    def clear(self) -> None:
        self.set_view(array("q"))

    def row(self, index: int) -> ApplicantSummary | None:
        """The row at this position, loading its page if it is not loaded yet."""
        if not 0 <= index < len(self._ids):
            return None
        found = self._cache.get(self._ids[index])
        if found is None:
            start = index - index % PAGE
            self._load(self._ids[start:start + PAGE])
            found = self._cache.get(self._ids[index])
        return found

    def rows(self, indexes: list[int]) -> list[ApplicantSummary]:
        """Rows at these positions (a selection), loaded in pages of PAGE."""
        wanted = [self._ids[i] for i in indexes if 0 <= i < len(self._ids)]
        missing = [i for i in wanted if i not in self._cache]
        found = dict(self._cache)
        for start in range(0, len(missing), PAGE):
            found.update(self._fetched(missing[start:start + PAGE]))
        return [found[i] for i in wanted if i in found]

    def _fetched(self, ids: list[int]) -> dict[int, ApplicantSummary]:
        try:
            return self._fetch(ids)
        except DossierError as exc:  # locked meanwhile, or damage: the list shows blanks, never a traceback
            log.warning("list rows could not be loaded: %s", type(exc).__name__)
            return {}

    def _fetched_hq(self, ids: list[int]) -> dict[int, HqColumns]:
        if self._fetch_hq is None or not ids:
            return {}
        try:
            return self._fetch_hq(ids)
        except DossierError as exc:
            log.warning("HQ columns could not be loaded: %s", type(exc).__name__)
            return {}

    def _load(self, ids: Sequence[int]) -> None:
        if len(self._cache) >= CACHE_ROWS:  # keep memory flat however far the officer scrolls
            self._cache.clear()
            self._hq.clear()
        self._cache.update(self._fetched(list(ids)))  # a row deleted meanwhile stays blank
        self._hq.update(self._fetched_hq(list(ids)))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the vault orders the ids (indexed), the window asks for them."""
        self.sort_requested.emit(COLUMN_ORDER.get(column), order == Qt.SortOrder.DescendingOrder)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, col = self.row(index.row()), index.column()
        if r is None:
            return None
        if col == COL_MATCH and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._matched.get(self._ids[index.row()], "")
        if col == COL_FLAGS and role == Qt.ItemDataRole.ForegroundRole and "red:" in r.flags:
            return QColor(colour("red"))
        if col == COL_FLAGS and role == Qt.ItemDataRole.ToolTipRole:  # "red: adverse background check", in words
            severity = {"red": self.tr("red"), "amber": self.tr("amber"), "info": self.tr("info")}
            return "\n".join(f"{severity.get(sev, sev)}: {tr_flag_name(code)}"
                             for sev, _, code in (item.partition(":") for item in r.flags.split(",") if item))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col in HQ_COLUMNS:
            return self._hq_text(self._ids[index.row()], col)
        if col == COL_CASE:
            return r.case_number
        if col == COL_CYR:
            return f"{r.surname} {r.given_name} {r.patronymic}".strip()
        if col == COL_LAT:
            return f"{r.surname_latin} {r.given_name_latin}".strip()
        if col == COL_DOB:
            d = r.date_of_birth
            return self._locale.toString(QDate(d.year, d.month, d.day), self._date_format) if d else ""
        if col == COL_CAT:
            return self._category[r.category]
        if col == COL_STAGE:
            if r.stage == Stage.POLYGRAPH and r.stage_exam:
                return self.tr("Polygraph %1").replace("%1", str(r.stage_exam))
            return self._stage[r.stage]
        if col == COL_FLAGS:
            return self.flag_text(r.flags)
        local = r.updated_at.astimezone()
        return self._locale.toString(QDate(local.year, local.month, local.day), self._date_format) + \
            local.strftime(" %H:%M")

    def _hq_text(self, applicant_id: int, col: int) -> str:
        hq = self._hq.get(applicant_id)
        if hq is None:
            return ""
        if col == COL_POST:
            return hq.post
        if col == COL_OFFICER:
            return hq.officer
        if col == COL_VERSION:
            return str(hq.version) if hq.version else ""
        if col == COL_HQ:
            return self._hq_status.get(hq.status, "")
        return self._when(hq.received_at)

    def _when(self, iso: str) -> str:
        """An ISO UTC time in the locale's date and the local time ('' when there is none)."""
        from datetime import datetime

        try:
            local = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
        except ValueError:
            return ""
        return self._locale.toString(QDate(local.year, local.month, local.day), self._date_format) + \
            local.strftime(" %H:%M")
