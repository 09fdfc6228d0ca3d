"""Locate files under `resources/` in every way the app is run.

* source checkout / editable install: `resources/` beside the `app/` package;
* wheel install: the same tree, installed as the package `dossier_resources`;
* frozen build (PyInstaller): `resources/` inside the bundle (`sys._MEIPASS`).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    beside = Path(__file__).resolve().parent.parent / "resources"
    if beside.is_dir():
        return beside
    import dossier_resources  # type: ignore[import-not-found]  # installed wheel

    return Path(next(iter(dossier_resources.__path__)))


def resource_path(*parts: str) -> Path:
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing resource: {'/'.join(parts)}")
    return path


@cache
def docs_root() -> Path:
    """The guides (Markdown and their screenshots) for Help → User guide: `docs/` in a
    checkout, `resources/docs` in a frozen build and in the wheel (where setuptools
    maps docs/ to the package `dossier_resources.docs`)."""
    shipped = resources_root() / "docs"
    if shipped.is_dir():
        return shipped
    return Path(__file__).resolve().parent.parent / "docs"
