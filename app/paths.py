"""Default locations. The vault folder is the only place case data ever lives."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIRNAME = "field-dossier"


def default_vault_dir() -> Path:
    env = os.environ.get("DOSSIER_VAULT")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_DIRNAME, appauthor=False)) / "vault"


def demo_vault_dir() -> Path:
    """The training vault: always a separate folder from the real one."""
    return Path(platformdirs.user_data_dir(APP_DIRNAME, appauthor=False)) / "training-vault"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_DIRNAME, appauthor=False))
