"""Applicant-supplied images (photo, scanned application pages) in a case file.

The header is read at once (size, pixel limit); the decode runs on a worker
thread while the rest of the case file is laid out, and is scaled to what the
printed box needs at 300 dpi. A 12-megapixel camera photo costs ~22 ms to decode
even at 1/8 size (Huffman decoding of every coefficient) and, embedded whole,
added ~2.4 MB to every case file. PIL releases the GIL while decoding, so the
decode overlaps the layout (bench/RESULTS.md).

The print-ready bytes are kept per process for the last few images (by content hash): a case
file is rendered for the preview, again to print or sign, and again in an export, and the
photo's decode was the largest single cost of each render after the first."""

from __future__ import annotations

import hashlib
import io
import logging
import threading
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

MAX_IMAGE_PIXELS = 40_000_000  # a scanned page larger than this is listed, not drawn
PRINT_DPI = 300
log = logging.getLogger(__name__)
_pool: ThreadPoolExecutor | None = None
CACHED_IMAGES = 8  # print-ready images kept per process (each ~50–200 kB)
_ready: OrderedDict[tuple[bytes, tuple[int, int]], bytes] = OrderedDict()
_ready_lock = threading.Lock()


def _executor() -> ThreadPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="casefile-image")
    return _pool


def _print_ready(data: bytes, size: tuple[int, int]) -> bytes:
    """`_scaled`, remembered for the last few images this process drew."""
    key = (hashlib.sha256(data).digest(), size)
    with _ready_lock:
        if key in _ready:
            _ready.move_to_end(key)
            return _ready[key]
    out = _scaled(data, size)
    with _ready_lock:
        _ready[key] = out
        while len(_ready) > CACHED_IMAGES:
            _ready.popitem(last=False)
    return out


def forget_images() -> None:
    """Drop the remembered images (with the session: they are applicants' photos)."""
    with _ready_lock:
        _ready.clear()


def _scaled(data: bytes, size: tuple[int, int]) -> bytes:
    """The image at most `size` pixels (JPEG stays JPEG; others become PNG), or as it is if small enough."""
    from PIL import Image as PILImage

    with PILImage.open(io.BytesIO(data)) as im:
        im.decodermaxblock = max(65536, len(data))  # one decoder call: the GIL is released once, not per 64 kB
        if im.size[0] <= size[0] * 1.25 and im.size[1] <= size[1] * 1.25 and im.format in ("JPEG", "PNG"):
            im.load()  # decodes: a damaged file fails here, on the worker, not in reportlab
            return data
        jpeg = im.format == "JPEG"
        if jpeg:
            im.draft("RGB", size)  # decode at 1/2, 1/4 or 1/8 size
        small = im.convert("RGB" if jpeg or im.mode not in ("L", "1") else "L")
    small.thumbnail(size)
    out = io.BytesIO()
    if jpeg:
        small.save(out, "JPEG", quality=88)
    else:
        small.save(out, "PNG", compress_level=1)
    return out.getvalue()


class PendingImage(Flowable):
    """An image whose pixels are still being decoded; drawn when they are ready."""

    def __init__(self, future: Future[bytes], width: float, height: float) -> None:
        super().__init__()
        self._future = future
        self.drawWidth, self.drawHeight = width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.drawWidth, self.drawHeight

    def draw(self) -> None:
        try:
            reader = ImageReader(io.BytesIO(self._future.result()))
        except Exception as exc:  # applicant-supplied bytes: a bad image is a blank box, never a failed case file
            log.warning("an image could not be drawn: %s", type(exc).__name__)
            self.canv.setStrokeColor(colors.HexColor("#999999"))
            self.canv.rect(0, 0, self.drawWidth, self.drawHeight)
            return
        self.canv.drawImage(reader, 0, 0, self.drawWidth, self.drawHeight)


def image(data: bytes, max_w: float, max_h: float) -> Flowable | None:
    """A flowable for applicant-supplied image bytes in a max_w x max_h box (points),
    or None if it cannot be drawn safely (unreadable header, too many pixels)."""
    try:
        from PIL import Image as PILImage

        with PILImage.open(io.BytesIO(data)) as im:
            w, h = im.size
    except Exception:
        return None
    if w * h > MAX_IMAGE_PIXELS or w <= 0 or h <= 0:
        return None
    scale = min(max_w / w, max_h / h)
    width, height = w * scale, h * scale
    need = (max(1, round(width / 72 * PRINT_DPI)), max(1, round(height / 72 * PRINT_DPI)))
    return PendingImage(_executor().submit(_print_ready, data, need), width, height)
