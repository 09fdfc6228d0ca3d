"""What the session's mixins (vetting, exchange) need from `VaultSession`."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from app.domain.roles import Action
from app.vault import keyslots
from app.vault.connection import Connection


class SessionParts:
    """Declared here, implemented by `VaultSession`."""

    user: Any
    _slots: keyslots.SlotFile

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        raise NotImplementedError
        yield

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        raise NotImplementedError
        yield

    def audit(self, conn: Connection, action: str, case: str | None = None, detail: str = "") -> None:
        raise NotImplementedError

    def require(self, action: Action) -> None:
        raise NotImplementedError
