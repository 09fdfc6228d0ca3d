"""Argon2id key derivation for key slots, calibrated on the machine that makes the slot.

Every new slot (a new user, a changed passphrase) is calibrated afresh, upward
only, from a floor of t=3 passes over 128 MiB with 2 lanes: RFC 9106's second
recommended option is t=3 at 64 MiB; the floor doubles its memory. On a fast
machine the time cost rises until one derivation takes about 0.7 s; on a slow
or loaded one it stays at the floor, however long that takes (a loaded machine
once chose t=1). The parameters are stored in the slot and in the audit entry
of the change. Tests may make slots with cheap parameters only by setting the
explicit, test-only environment variable `DOSSIER_INSECURE_TEST_KDF=1`; such
slots record their parameters like any other, and unlock warns about them.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw

from app.domain.passphrase import normalize

MIN_MEMORY_KIB = 64 * 1024
DEFAULT_MEMORY_KIB = 128 * 1024
DEFAULT_PARALLELISM = 2
FLOOR_TIME_COST = 3
FLOOR_MEMORY_KIB = 128 * 1024
TARGET_SECONDS = 0.7
KEY_BYTES = 32
TEST_ENV = "DOSSIER_INSECURE_TEST_KDF"

# Bounds accepted when *reading* a slot: protects against a tampered slot file
# that asks for absurd work (denial of service) or trivial work (downgrade).
_MAX_MEMORY_KIB = 4 * 1024 * 1024
_MAX_TIME_COST = 64


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int

    @property
    def weak(self) -> bool:
        """The cheap test-only parameters (or anything this small)."""
        return self.memory_kib < MIN_MEMORY_KIB

    @property
    def below_floor(self) -> bool:
        return self.time_cost < FLOOR_TIME_COST or self.memory_kib < FLOOR_MEMORY_KIB

    def describe(self) -> str:
        return f"Argon2id t={self.time_cost} m={self.memory_kib // 1024} MiB p={self.parallelism}"

    def to_json(self) -> dict[str, Any]:
        return {"alg": "argon2id", "t": self.time_cost, "m": self.memory_kib, "p": self.parallelism}

    @classmethod
    def from_json(cls, data: Any) -> KdfParams:
        if not isinstance(data, dict) or data.get("alg") != "argon2id":
            raise ValueError("unsupported KDF")
        t, m, p = data.get("t"), data.get("m"), data.get("p")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (t, m, p)):
            raise ValueError("bad KDF parameters")
        assert isinstance(t, int) and isinstance(m, int) and isinstance(p, int)
        if not (1 <= t <= _MAX_TIME_COST and 8 * p <= m <= _MAX_MEMORY_KIB and 1 <= p <= 16):
            raise ValueError("KDF parameters out of range")
        return cls(t, m, p)


INSECURE_TEST_PARAMS = KdfParams(time_cost=1, memory_kib=256, parallelism=1)


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return bytes(
        hash_secret_raw(
            normalize(passphrase).encode("utf-8"),
            salt,
            time_cost=params.time_cost,
            memory_cost=params.memory_kib,
            parallelism=params.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )
    )


def time_once(params: KdfParams) -> float:
    start = time.perf_counter()
    derive("calibration passphrase", os.urandom(16), params)
    return time.perf_counter() - start


def calibrate(
    target_seconds: float = TARGET_SECONDS,
    memory_kib: int = DEFAULT_MEMORY_KIB,
    parallelism: int = DEFAULT_PARALLELISM,
    timer: Callable[[KdfParams], float] | None = None,
) -> KdfParams:
    """The time cost that makes one derivation take about `target_seconds` (0.5-1.0 s
    for the 0.7 s default) on this machine, never below the floor: calibration only
    moves upward from t=3 at 128 MiB."""
    measure = timer or time_once
    memory_kib = max(memory_kib, FLOOR_MEMORY_KIB)
    low = target_seconds * 0.72
    params = KdfParams(FLOOR_TIME_COST, memory_kib, parallelism)
    if timer is None:
        time_once(KdfParams(1, memory_kib, parallelism))  # warm-up: first touch of the memory
    for _ in range(4):
        took = measure(params)
        if took >= low:
            break  # slow enough (or the floor is already slower than the target)
        t = math.ceil(params.time_cost * target_seconds / max(took, 1e-3))
        t_new = max(params.time_cost + 1, min(_MAX_TIME_COST, t))
        if t_new == params.time_cost or params.time_cost >= _MAX_TIME_COST:
            break
        params = KdfParams(t_new, memory_kib, parallelism)
    return params


def params_for_new_slot() -> KdfParams:
    if os.environ.get(TEST_ENV) == "1":
        return INSECURE_TEST_PARAMS
    return calibrate()
