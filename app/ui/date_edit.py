"""A date field: typed in the locale's order (or ISO), with a calendar popup
(the icon, F4 or Alt+Down) and, where allowed, partial dates (MM.YYYY, YYYY)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from app.domain.enums import DatePrecision
from app.resources import resource_path
from app.ui import dates


def calendar_icon() -> QIcon:
    return QIcon.fromTheme("x-office-calendar", QIcon(str(resource_path("icons", "calendar.svg"))))


class DateEdit(QLineEdit):
    picked = Signal()

    def __init__(self, partial: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.partial = partial
        sep = dates.separator()
        day = self.tr("DD") + sep + self.tr("MM") + sep + self.tr("YYYY")
        self.setPlaceholderText(self.tr("%1, or %2 or %3 if the day is not known").replace("%1", day).replace(
            "%2", self.tr("MM") + sep + self.tr("YYYY")).replace("%3", self.tr("YYYY")) if partial else day)
        self.setMaxLength(10)
        self.setToolTip(self.tr("Type the date, or open the calendar with F4."))
        self.action = self.addAction(calendar_icon(), QLineEdit.ActionPosition.TrailingPosition)
        self.action.setToolTip(self.tr("Calendar (F4)"))
        self.action.triggered.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None
        self.editingFinished.connect(self._tidy)

    # -- values -------------------------------------------------------------------------
    def typed(self) -> dates.TypedDate:
        return dates.parse(self.text(), self.partial)

    def date_value(self) -> date | None:
        return self.typed().value

    def precision(self) -> DatePrecision:
        return self.typed().precision

    def is_valid(self) -> bool:
        return self.typed().ok

    def set_date(self, value: date | None, precision: DatePrecision = DatePrecision.DAY) -> None:
        self.setText(dates.show(value, precision))

    def _tidy(self) -> None:
        """1990-04-12 typed becomes 12.04.1990 (the locale's form) once the field is left."""
        tidy = dates.normalised(self.text(), self.partial)
        if tidy != self.text():
            self.setText(tidy)

    # -- the calendar -------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        if self.isReadOnly() or not self.isEnabled():
            return
        cal = QCalendarWidget(self)
        cal.setWindowFlags(Qt.WindowType.Popup)
        cal.setObjectName("calendar_popup")
        cal.setGridVisible(True)
        cal.setMaximumDate(QDate(2100, 12, 31))
        cal.setMinimumDate(QDate(1900, 1, 1))
        current = self.date_value() or date.today()
        cal.setSelectedDate(QDate(current.year, current.month, current.day))
        cal.activated.connect(self._picked)
        cal.clicked.connect(self._picked)
        cal.installEventFilter(self)
        below = self.mapToGlobal(self.rect().bottomLeft())
        cal.adjustSize()
        screen = self.screen().availableGeometry()
        x = min(below.x(), screen.right() - cal.width())
        y = below.y() if below.y() + cal.height() <= screen.bottom() else self.mapToGlobal(
            self.rect().topLeft()).y() - cal.height()
        cal.move(max(screen.left(), x), max(screen.top(), y))
        self.calendar = cal
        cal.show()
        cal.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, value: QDate) -> None:
        self.setText(dates.show(date(value.year(), value.month(), value.day())))
        self._close_calendar()
        self.picked.emit()

    def _close_calendar(self) -> None:
        if self.calendar is not None:
            self.calendar.close()
            self.calendar.deleteLater()
            self.calendar = None
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.calendar and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape):
            self._close_calendar()
            return True
        return False
