"""Reading age passphrase (scrypt) files without a false "wrong passphrase" on a busy machine.

rage (pyrage) refuses an scrypt file whose work factor is more than 4 above (16 times) what it
measures this machine can do in about a second, and it measures that afresh on every read with a
probe of a few milliseconds. On a loaded laptop one preempted probe can make it refuse a file that
HQ wrote on an idle machine: seen in the test suite under load, and an officer's old or busy laptop
could hit it with an enrolment file. The refusal costs nothing (no scrypt is run), so the read is
tried again a few times; if it keeps refusing, the officer is told the machine is busy, never that
the passphrase is wrong. A file that asks for far more work than any file Field Dossier writes
(a hostile stick's way to hang the laptop) is refused as damaged without trying.

The format is age's own; this module only reads the work factor age writes in clear in the
header's scrypt stanza (age-encryption.org/v1: "-> scrypt SALT LOG2N").
"""

from __future__ import annotations

import re
import time

import pyrage

# pyrage's message for the refusal (rage's i18n string "err-excessive-work", in English: pyrage does
# not select another language). tests/test_agepass.py pins it against the installed pyrage.
_EXCESSIVE = "Excessive work parameter"
ATTEMPTS = 6
# rage picks the work factor that takes about a second where the file is written: 2^18–2^20 on
# today's laptops and servers. 2^22 (4 GiB of memory and ~16 s here) is past anything we write.
MAX_LOG2N = 22
_STANZA = re.compile(rb"\n-> scrypt [A-Za-z0-9+/]{22} (\d{1,3})\n")


class MachineBusy(Exception):
    """rage kept refusing the file's work factor: this machine seems too slow right now."""


class ExcessiveWork(Exception):
    """The file asks for more scrypt work than Field Dossier ever writes."""


def work_factor(raw: bytes) -> int | None:
    """log2(N) of the file's scrypt stanza, or None when the header has none."""
    m = _STANZA.search(raw[:512])
    return int(m.group(1)) if m else None


def decrypt(raw: bytes, passphrase: str) -> bytes:
    """pyrage.passphrase.decrypt, retried while rage refuses the work factor as too high for now.

    Raises pyrage.DecryptError (wrong passphrase, damaged file), ExcessiveWork or MachineBusy."""
    factor = work_factor(raw)
    if factor is not None and factor > MAX_LOG2N:
        raise ExcessiveWork(factor)
    for attempt in range(ATTEMPTS):
        try:
            return bytes(pyrage.passphrase.decrypt(raw, passphrase))
        except pyrage.DecryptError as exc:
            if not str(exc).startswith(_EXCESSIVE):
                raise
        # Let whatever is loading the machine run, then let rage measure again.
        time.sleep(0.1 * (attempt + 1))
    raise MachineBusy(factor)
