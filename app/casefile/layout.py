"""Page furniture of a case file: embedded fonts, styles, header/footer, QR code.

Every page carries the classification marking, the case number, "page X of Y"
and a QR code holding the case number and the SHA-256 of the case's canonical
record (app/domain/record.py: no computed or volatile fields), so a paper copy
can be checked against the record (`dossier verify-paper`) on any later day.
"""

from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Any

import segno
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

from app.casefile.words import Printer
from app.domain import record
from app.resources import resource_path

# ASCII85 costs ~10x the render time and buys nothing in a binary-safe file (REFERENCE.md).
rl_config.useA85 = 0
rl_config.invariant = 0

PAGE = A4
MARGIN = 18 * mm
QR_SIZE = 20 * mm
FONT, BOLD, ITALIC, MONO = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSansMono"
_registered = False


def register_fonts() -> None:
    """Embed DejaVu (resources/fonts, licence beside it): every Cyrillic letter renders."""
    global _registered
    if _registered:
        return
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf"),
                       (ITALIC, "DejaVuSans-Oblique.ttf"), (MONO, "DejaVuSansMono.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    _registered = True


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "mono": ParagraphStyle("mono", parent=base, fontName=MONO, fontSize=7, leading=9),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=16, leading=20, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=12, leading=15, spaceBefore=10,
                             spaceAfter=4, textColor=colors.HexColor("#1f3a5f")),
        "h3": ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=10, leading=13, spaceBefore=6,
                             spaceAfter=2),
        "note": ParagraphStyle("note", parent=base, fontName=ITALIC, fontSize=8, leading=10,
                               textColor=colors.HexColor("#5a4a00"), backColor=colors.HexColor("#fff6d5"),
                               borderPadding=3, spaceBefore=3, spaceAfter=3),
        "th": ParagraphStyle("th", parent=base, fontName=BOLD, fontSize=7.5, leading=9),
        "mark": ParagraphStyle("mark", parent=base, fontName=BOLD, fontSize=11, alignment=1,
                               textColor=colors.HexColor("#b00020")),
    }


@lru_cache(maxsize=32)
def qr_runs(payload: str, size: float = QR_SIZE, border: int = 2) -> tuple[tuple[float, float, float, float], ...]:
    """The dark runs of a QR code as rectangles (x, y, w, h) in a size x size box.
    Computed once per document and drawn as one path: drawing reportlab's widget
    on every page cost ~60 ms a page; encoding with segno instead of reportlab's
    encoder saves ~6 ms a case file. Kept for the last few payloads (a case number and a
    record hash, no personal data): the same case is rendered for the preview, to print or sign,
    and to export, and encoding costs ~5 ms of CPU each time."""
    modules = segno.make(payload, error="m", micro=False, boost_error=False).matrix  # ~2.5x reportlab's encoder
    box = size / (len(modules) + 2 * border)
    runs = []
    for r, row in enumerate(modules):
        c = 0
        for dark, group in itertools.groupby(bool(v) for v in row):
            n = len(list(group))
            if dark:
                runs.append(((c + border) * box, size - (r + border + 1) * box, n * box, box))
            c += n
    return tuple(runs)


class PageDecor:
    """Header and footer; the page total is filled in by NumberedCanvas."""

    def __init__(self, marking: str, case_number: str, record_sha256: str, tx: Printer | None = None) -> None:
        self.tx = tx or Printer("en")
        self.marking = marking
        self.case_number = case_number
        self.record_sha256 = record_sha256
        self.qr = qr_runs(record.qr_payload(case_number, record_sha256))

    def __call__(self, canv: Any, doc: Any) -> None:
        w, h = PAGE
        canv.saveState()
        canv.setFont(BOLD, 8.5)
        canv.setFillColor(colors.HexColor("#b00020"))
        canv.drawString(MARGIN, h - 11 * mm, self.marking)
        canv.setFillColor(colors.black)
        canv.drawRightString(w - MARGIN, h - 11 * mm, self.case_number)
        canv.setStrokeColor(colors.HexColor("#999999"))
        canv.line(MARGIN, h - 12.5 * mm, w - MARGIN, h - 12.5 * mm)
        canv.line(MARGIN, 24 * mm, w - MARGIN, 24 * mm)
        canv.setFont(FONT, 7)
        canv.drawString(MARGIN, 19 * mm, self.marking)
        canv.drawString(MARGIN, 15.5 * mm, self.tx.t("Case %1", self.case_number))
        canv.setFont(MONO, 6)
        canv.drawString(MARGIN, 12 * mm, self.tx.t("record SHA-256 %1", self.record_sha256))
        canv.drawString(MARGIN, 9 * mm, self.tx.t("(%1; check: dossier verify-paper)", record.RECORD_FORMAT))
        canv._page_word = self.tx.t("page %1 of %2")  # for NumberedCanvas.save
        x0, y0 = w - MARGIN - QR_SIZE, 2.5 * mm
        path = canv.beginPath()
        for x, y, rw, rh in self.qr:
            path.rect(x0 + x, y0 + y, rw, rh)
        canv.drawPath(path, stroke=0, fill=1)
        canv.restoreState()


class NumberedCanvas(rl_canvas.Canvas):
    """Defers each page so the footer can say "page X of Y"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 7)
            words = state.get("_page_word") or "page %1 of %2"
            self.drawCentredString(PAGE[0] / 2, 15.5 * mm, words.replace("%2", str(total)).replace(
                "%1", str(self._pageNumber)))
            super().showPage()
        super().save()
