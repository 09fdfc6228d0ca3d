"""The content a vault installed from HQ update packages (form templates, rule sets), by kind
and name: filled when a vault is unlocked (app.domain.content re-exports these), consulted first
by the loaders in forms, polygraph and workflow."""

from __future__ import annotations

from typing import Any

_installed: dict[tuple[str, str], Any] = {}
_generation = [0]  # bumped on every install, so caches built from installed content refresh


def install(items: list[tuple[str, str, Any]]) -> None:
    """Register a vault's installed content (replacing what another vault had)."""
    _installed.clear()
    for kind, key, doc in items:
        _installed[(kind, key)] = doc
    _generation[0] += 1


def generation() -> int:
    return _generation[0]


def installed(kind: str, key: str) -> Any | None:
    return _installed.get((kind, key))


def installed_forms() -> list[Any]:
    return [doc for (kind, _), doc in sorted(_installed.items()) if kind == "form"]
