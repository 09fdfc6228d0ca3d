"""Key slots and the Argon2id calibration of the shipped default."""

from __future__ import annotations

import os

import pytest

from app.errors import AuthenticationError, IntegrityError
from app.vault import kdf, keyslots


def test_default_calibration_meets_the_floor() -> None:
    params = kdf.calibrate()
    assert params.time_cost >= 3 and params.memory_kib >= 128 * 1024 and not params.below_floor
    took = kdf.time_once(params)
    assert 0.3 < took < 5.0  # calibrated to 0.5-1 s, or the floor on a slow machine: loose bounds


def test_calibration_only_moves_upward_from_the_floor() -> None:
    """A loaded machine (every derivation slow) gets the floor, never less; a fast one
    gets more passes. The parameters are recorded in the slot."""
    seen: list[kdf.KdfParams] = []

    def slow(params: kdf.KdfParams) -> float:
        seen.append(params)
        return 4.0

    assert kdf.calibrate(timer=slow) == kdf.KdfParams(3, 128 * 1024, 2)
    assert seen == [kdf.KdfParams(3, 128 * 1024, 2)]
    fast = kdf.calibrate(timer=lambda p: 0.05 * p.time_cost)
    assert fast.time_cost == 14 and fast.memory_kib == 128 * 1024  # 14 x 0.05 s = 0.7 s
    assert kdf.KdfParams(1, 128 * 1024, 2).below_floor and kdf.KdfParams(3, 64 * 1024, 2).below_floor
    sf = keyslots.SlotFile.new()
    slot = sf.make_slot("Alpha", "pass one two three four", os.urandom(32), fast)
    sf.put(slot)
    assert keyslots.SlotFile.from_payload(sf.to_payload()).slots[0].kdf == fast  # recorded in the slot


def test_test_only_params_need_the_explicit_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(kdf.TEST_ENV, "1")
    assert kdf.params_for_new_slot() == kdf.INSECURE_TEST_PARAMS
    monkeypatch.setenv(kdf.TEST_ENV, "yes")  # anything but "1" gets the real calibration
    assert not kdf.params_for_new_slot().weak


def test_wrap_unwrap_and_slot_binding() -> None:
    sf = keyslots.SlotFile.new()
    key = os.urandom(32)
    sf.put(sf.make_slot("Alpha", "pass one two three four", key, kdf.INSECURE_TEST_PARAMS))
    sf.put(sf.make_slot("Bravo", "other pass five six seven", key, kdf.INSECURE_TEST_PARAMS))
    loaded = keyslots.SlotFile.from_payload(sf.to_payload())
    assert loaded.unwrap("alpha", "pass one two three four") == key  # call sign case-insensitive
    # swapping wrapped identities between slots breaks the binding
    a, b = loaded.slots
    a.wrapped, b.wrapped = b.wrapped, a.wrapped
    with pytest.raises(AuthenticationError):
        loaded.unwrap("Alpha", "pass one two three four")
    # a data key sealed to another slot's identity does not open with this one
    loaded = keyslots.SlotFile.from_payload(sf.to_payload())
    a, b = loaded.slots
    a.key = b.key
    with pytest.raises(IntegrityError):
        loaded.unwrap("Alpha", "pass one two three four")
    # nor one sealed for another vault
    other = keyslots.SlotFile.new()
    a.key = other.seal_key(key, a.recipient)
    with pytest.raises(IntegrityError):
        loaded.unwrap("Alpha", "pass one two three four")


def test_absurd_kdf_parameters_are_rejected() -> None:
    sf = keyslots.SlotFile.new()
    sf.put(sf.make_slot("Alpha", "p" * 20, os.urandom(32), kdf.INSECURE_TEST_PARAMS))
    raw = sf.to_payload().replace(b'"m":256', b'"m":999999999')
    assert raw != sf.to_payload()
    with pytest.raises(IntegrityError):
        keyslots.SlotFile.from_payload(raw)


def test_unicode_passphrases_are_normalised() -> None:
    sf = keyslots.SlotFile.new()
    key = os.urandom(32)
    composed = "пароль йод ї довгий рядок"
    sf.put(sf.make_slot("Alpha", composed, key, kdf.INSECURE_TEST_PARAMS))
    import unicodedata

    assert sf.unwrap("Alpha", unicodedata.normalize("NFD", composed)) == key
