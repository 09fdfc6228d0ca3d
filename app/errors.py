"""User-facing errors.

Every error a user can cause (wrong passphrase, bad file, busy vault…) is a
`DossierError` whose message is one clear line with no case data in it, so it
can be shown in a dialog, printed by the CLI and written to the log alike.
The CLI maps each class to a documented exit code (docs/cli.md).
"""

from __future__ import annotations

from app.domain import msg as _msg


class DossierError(Exception):
    """An expected failure with a one-line, data-free message for the user."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(DossierError):
    exit_code = 2


class AuthenticationError(DossierError):
    """Wrong call sign or passphrase, or the user may not do this."""

    exit_code = 3


class VaultWipedError(AuthenticationError):
    """The wipe policy erased the vault after too many failed unlocks."""

    exit_code = 11


class VaultLockedError(DossierError):
    """The session was closed (locked) while something still wanted the vault."""

    exit_code = 4


class VaultBusyError(DossierError):
    exit_code = 4


class ValidationError(DossierError):
    """Input that does not pass validation; `problems` holds (path, message) pairs."""

    exit_code = 5

    def __init__(self, message: str, problems: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class NotFoundError(DossierError):
    exit_code = 6


class VaultExistsError(DossierError):
    exit_code = 7


class IntegrityError(DossierError):
    """Tampering or corruption detected (vault, slot file, audit chain, backup)."""

    exit_code = 8


class PermissionDenied(DossierError):
    exit_code = 9


class DiskFullError(DossierError):
    """A drive is full (ENOSPC/EDQUOT, or SQLite's "database or disk is full"):
    nothing was saved. Its own exit code so scripts can tell it from damage."""

    exit_code = 12


DISK_FULL = _msg.text("err.disk_full")


def is_disk_full(exc: BaseException) -> bool:
    import errno

    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return "disk is full" in str(exc).lower() or "database or disk is full" in str(exc).lower()


def os_reason(exc: OSError) -> _msg.Text:
    """What the system said about a file or drive, as a translated phrase (never its English strerror):
    full, read-only, no permission, gone (removed or failed), or an error by its number."""
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return _msg.text("err.os_full")
    if exc.errno == errno.EROFS:
        return _msg.text("err.os_read_only")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return _msg.text("err.os_permission")
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO, errno.ESTALE):
        return _msg.text("err.os_gone")
    if exc.errno in (errno.ENAMETOOLONG, errno.EINVAL, errno.EILSEQ):
        return _msg.text("err.os_name")
    return _msg.text("err.os_other", exc.errno if exc.errno is not None else "?")


def printable(text: object) -> str:
    """Text for a plain terminal line: control, format and separator characters
    (newlines, escape sequences, bidi overrides) shown as escapes, so a name cannot
    break a row, fake another one or recolour the terminal."""
    value = str(text)
    if value.isprintable():
        return value
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in value)


def one_line(text: str, limit: int = 300) -> str:
    """Input-derived text (a JSON path, a schema message) made safe for a one-line
    message: control characters escaped, length capped."""
    safe = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
    return safe if len(safe) <= limit else safe[: limit - 1] + "…"
