"""Case numbers: `POST-YYYY-NNNN` (at least four digits; more once a post passes 9999 a year)."""

from __future__ import annotations

import re

from app.errors import ValidationError

POST_CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
CASE_NUMBER_RE = re.compile(r"^([A-Z][A-Z0-9]{1,7})-(\d{4})-(\d{4,})$")


def normalize_post_code(code: str) -> str:
    code = code.strip().upper()
    if not POST_CODE_RE.match(code):
        raise ValidationError("The post code must be 2-8 Latin letters or digits, starting with a letter")
    return code


def format_case_number(post: str, year: int, seq: int) -> str:
    return f"{post}-{year:04d}-{seq:04d}"


def looks_like_case_number(text: str) -> bool:
    return bool(CASE_NUMBER_RE.match(text.strip().upper()))
