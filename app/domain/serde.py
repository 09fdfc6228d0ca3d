"""Generic conversion between the domain dataclasses and JSON-ready values.

`from_jsonable` never raises on bad input: it collects one problem per bad
value with its JSON path (`$.person.date_of_birth`), so import can report
every mistake in a document at once.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import UTC, date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin

T = TypeVar("T")
Problems = list[tuple[str, str]]


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not (f.metadata.get("omit_default") and getattr(value, f.name) == f.default)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def parse_datetime(text: str) -> datetime:
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _convert(tp: Any, value: Any, path: str, problems: Problems) -> Any:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if value is None:
            return None
        return _convert(args[0], value, path, problems)
    if origin is list:
        (item_tp,) = get_args(tp)
        if not isinstance(value, list):
            problems.append((path, "must be a list"))
            return []
        return [_convert(item_tp, v, f"{path}[{i}]", problems) for i, v in enumerate(value)]
    if origin is dict:
        return dict(value) if isinstance(value, dict) else {}
    if tp is Any:
        return value
    if dataclasses.is_dataclass(tp):
        return _build(tp, value, path, problems)
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(value)
        except ValueError:
            allowed = ", ".join(str(m.value) for m in tp)
            problems.append((path, f"must be one of: {allowed}"))
            return None
    if tp is datetime:
        try:
            return parse_datetime(str(value))
        except ValueError:
            problems.append((path, "must be an ISO 8601 date and time"))
            return None
    if tp is date:
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            problems.append((path, "must be a real date as YYYY-MM-DD"))
            return None
    if tp is bool:
        if not isinstance(value, bool):
            problems.append((path, "must be true or false"))
        return bool(value)
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            problems.append((path, "must be a whole number"))
            return 0
        return value
    if tp is str:
        if not isinstance(value, str):
            problems.append((path, "must be text"))
            return ""
        return value
    return value


def _build(cls: Any, data: Any, path: str, problems: Problems) -> Any:
    if not isinstance(data, dict):
        problems.append((path, "must be an object"))
        data = {}
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = _convert(hints[f.name], data[f.name], f"{path}.{f.name}", problems)
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            problems.append((f"{path}.{f.name}", "is required"))
            kwargs[f.name] = _placeholder(hints[f.name])
    return cls(**kwargs)


def _placeholder(tp: Any) -> Any:
    if dataclasses.is_dataclass(tp):
        return None
    if isinstance(tp, type) and issubclass(tp, Enum):
        return next(iter(tp))
    if tp is int:
        return 0
    return ""


def from_jsonable(cls: type[T], data: Any, path: str = "$") -> tuple[T, Problems]:
    problems: Problems = []
    obj = _build(cls, data, path, problems)
    return obj, problems
