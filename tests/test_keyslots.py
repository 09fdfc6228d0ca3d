"""Key slots and the Argon2id calibration of the shipped default."""

from __future__ import annotations

import os

import pytest

from app.errors import AuthenticationError, IntegrityError
from app.vault import kdf, keyslots


def test_default_calibration_meets_the_floor() -> None:
    params = kdf.calibrate()
    assert params.memory_kib >= 64 * 1024 and not params.weak
    took = kdf.time_once(params)
    assert 0.3 < took < 3.0  # calibrated to 0.5-1 s; loose bounds: shared CI machines vary


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
    loaded = keyslots.SlotFile.from_bytes(sf.to_bytes())
    assert loaded.unwrap("alpha", "pass one two three four") == key  # call sign case-insensitive
    # swapping wrapped keys between slots breaks the binding
    a, b = loaded.slots
    a.wrapped, b.wrapped = b.wrapped, a.wrapped
    with pytest.raises(AuthenticationError):
        loaded.unwrap("Alpha", "pass one two three four")


def test_absurd_kdf_parameters_are_rejected() -> None:
    sf = keyslots.SlotFile.new()
    sf.put(sf.make_slot("Alpha", "p" * 20, os.urandom(32), kdf.INSECURE_TEST_PARAMS))
    raw = sf.to_bytes().replace(b'"m": 256', b'"m": 999999999')
    with pytest.raises(IntegrityError):
        keyslots.SlotFile.from_bytes(raw)


def test_unicode_passphrases_are_normalised() -> None:
    sf = keyslots.SlotFile.new()
    key = os.urandom(32)
    composed = "пароль йод ї довгий рядок"
    sf.put(sf.make_slot("Alpha", composed, key, kdf.INSECURE_TEST_PARAMS))
    import unicodedata

    assert sf.unwrap("Alpha", unicodedata.normalize("NFD", composed)) == key
