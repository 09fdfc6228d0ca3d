"""Every closed vocabulary in words, for places that show stored values
(history, amendments): never the interchange code itself."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from app.domain.msg import FIELDS, LABELS

_BY_VALUE: dict[str, str] = LABELS  # every enum value in English words (app.domain.msg; Qt table: app/ui/catalogue.py)



def label(value: object) -> str:
    """An enum (or its stored value) in words; other text as it is."""
    key = str(value.value) if isinstance(value, Enum) else str(value)
    found = _BY_VALUE.get(key)
    return QCoreApplication.translate("Labels", found) if found else key


def field_name(name: str) -> str:
    found = FIELDS.get(name)
    return QCoreApplication.translate("Labels", found) if found else name.replace("_", " ")
