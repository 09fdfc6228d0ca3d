"""Attachment rules: the media type is sniffed from content, never the file name."""

from __future__ import annotations

import hashlib

import filetype

from app.domain import msg
from app.errors import ValidationError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MAX_NAME_CHARS = 255


class AttachmentError(ValidationError):
    """An attachment that cannot be stored; the message says why."""


def sniff_media_type(data: bytes) -> str:
    kind = filetype.guess(data[:8192])
    if kind is not None:
        return str(kind.mime)
    if not data:
        return "application/x-empty"
    try:
        data[:65536].decode("utf-8")
    except UnicodeDecodeError:
        return "application/octet-stream"
    return "text/plain"


def clean_name(name: str) -> str:
    """Keep only the last path component, without control characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    if not base or base in {".", ".."}:
        raise AttachmentError(msg.text("err.attachment_no_name"))
    return base[:MAX_NAME_CHARS]


def check_size(size: int, limit: int = DEFAULT_MAX_BYTES) -> None:
    if size > limit:
        raise AttachmentError(
            f"The file is {size / 1048576:.1f} MiB; the limit is {limit / 1048576:.0f} MiB."
        )
    if size == 0:
        raise AttachmentError(msg.text("err.attachment_empty"))


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
