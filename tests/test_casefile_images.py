"""Print-ready images in the case file: scaled once per process, forgotten at lock."""

from __future__ import annotations

import io
from typing import Any

import pytest
from PIL import Image

from app.casefile import casefile, images


def _jpeg(w: int = 2400, h: int = 1800) -> bytes:
    buf = io.BytesIO()
    Image.radial_gradient("L").resize((w, h)).convert("RGB").save(buf, "JPEG", quality=85)
    return buf.getvalue()


def test_a_photo_is_scaled_once_and_forgotten_with_the_signing_key(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Any] = []
    real = images._scaled

    def counting(data: bytes, size: tuple[int, int]) -> bytes:
        calls.append(size)
        return real(data, size)

    monkeypatch.setattr(images, "_scaled", counting)
    casefile.forget_signers()
    photo = _jpeg()
    first = images._print_ready(photo, (472, 354))
    assert images._print_ready(photo, (472, 354)) == first and len(calls) == 1
    with Image.open(io.BytesIO(first)) as im:
        assert im.format == "JPEG" and im.size[0] <= 472 and im.size[1] <= 354
    images._print_ready(photo, (236, 177))  # another box is another image
    assert len(calls) == 2
    casefile.forget_signers()  # lock: the applicants' photos go with the key
    images._print_ready(photo, (472, 354))
    assert len(calls) == 3


def test_only_the_last_few_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    casefile.forget_signers()
    monkeypatch.setattr(images, "CACHED_IMAGES", 2)
    for w in (300, 320, 340):
        images._print_ready(_jpeg(w, 200), (100, 80))
    assert len(images._ready) == 2
