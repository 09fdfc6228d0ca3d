"""The adversarial suite (issue 6): crashes, tampering, malformed input, lost media,
plaintext leaks. `make test` runs the fast part; `make stress` sets
DOSSIER_STRESS=1 and runs the long part with the counts below."""

from __future__ import annotations

import os

STRESS = os.environ.get("DOSSIER_STRESS") == "1"


def count(fast: int, stress: int) -> int:
    return stress if STRESS else fast
