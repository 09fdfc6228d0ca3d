"""Reading age passphrase files on a busy machine (app/casefile/agepass.py).

rage refuses an scrypt file whose work factor is 16x above what a few-millisecond probe says this
machine can do in a second; under load that probe lies and a fresh enrolment file was reported as
"wrong one-time passphrase" (seen in a loaded `make test`). These tests pin pyrage's refusal, the
retry, and what the officer is told when it persists."""

from __future__ import annotations

import json
from pathlib import Path

import pyrage
import pytest

from app.casefile import agepass, enrolment
from app.domain import msg
from app.errors import AuthenticationError, DossierError, IntegrityError
from tests import age_lowkdf

PASS = "ABCDE-FGHJK-MNPQR-STVWX-YZ234-56789"


def _with_factor(raw: bytes, log_n: int) -> bytes:
    old = f" {agepass.work_factor(raw)}\n".encode()
    return raw.replace(old, f" {log_n}\n".encode(), 1)


def test_the_work_factor_is_read_from_the_header() -> None:
    raw = age_lowkdf.encrypt(b"x", PASS, log_n=11)
    assert agepass.work_factor(raw) == 11
    assert agepass.work_factor(_with_factor(raw, 21)) == 21
    assert agepass.work_factor(b"age-encryption.org/v1\n-> X25519 abc\n---") is None


def test_pyrage_refuses_a_high_work_factor_with_the_message_we_recognise() -> None:
    # If a pyrage upgrade changes this message, the retry below would silently stop working.
    raw = _with_factor(age_lowkdf.encrypt(b"x", PASS), 40)
    with pytest.raises(pyrage.DecryptError) as err:
        pyrage.passphrase.decrypt(raw, PASS)
    assert str(err.value).startswith(agepass._EXCESSIVE)


def test_a_file_asking_for_absurd_work_is_refused_before_any_work(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bytes] = []
    monkeypatch.setattr(pyrage.passphrase, "decrypt", lambda raw, p: calls.append(raw))
    raw = _with_factor(age_lowkdf.encrypt(b"x", PASS), agepass.MAX_LOG2N + 1)
    with pytest.raises(agepass.ExcessiveWork):
        agepass.decrypt(raw, PASS)
    assert calls == []


def _refusing(times: int, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    real = pyrage.passphrase.decrypt
    calls: list[int] = []

    def flaky(raw: bytes, passphrase: str) -> bytes:
        calls.append(1)
        if len(calls) <= times:
            raise pyrage.DecryptError("Excessive work parameter for passphrase.\n"
                                      "Decryption would take around 40 seconds.")
        return bytes(real(raw, passphrase))

    monkeypatch.setattr(pyrage.passphrase, "decrypt", flaky)
    monkeypatch.setattr(agepass.time, "sleep", lambda s: None)
    return calls


def test_a_refusal_under_load_is_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _refusing(agepass.ATTEMPTS - 1, monkeypatch)
    assert agepass.decrypt(age_lowkdf.encrypt(b"secret", PASS), PASS) == b"secret"
    assert len(calls) == agepass.ATTEMPTS


def test_a_wrong_passphrase_is_not_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _refusing(0, monkeypatch)
    with pytest.raises(pyrage.DecryptError):
        agepass.decrypt(age_lowkdf.encrypt(b"secret", PASS), "WRONG")
    assert len(calls) == 1


def _enrolment_file(tmp_path: Path, log_n: int = 10) -> Path:
    path = tmp_path / "officer.enrol"
    path.write_bytes(age_lowkdf.encrypt(json.dumps({"format": "other"}).encode(), PASS, log_n=log_n))
    return path


def test_a_persistent_refusal_says_the_machine_is_busy_not_wrong_passphrase(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _refusing(agepass.ATTEMPTS, monkeypatch)
    with pytest.raises(DossierError) as err:
        enrolment.read(_enrolment_file(tmp_path), PASS)
    assert not isinstance(err.value, AuthenticationError)
    assert str(err.value) == msg.text("err.machine_busy")
    assert len(calls) == agepass.ATTEMPTS


def test_an_enrolment_file_asking_for_absurd_work_is_damaged(tmp_path: Path) -> None:
    path = _enrolment_file(tmp_path)
    path.write_bytes(_with_factor(path.read_bytes(), 30))
    with pytest.raises(IntegrityError) as err:
        enrolment.read(path, PASS)
    assert str(err.value) == msg.text("err.enrolment_damaged")


def test_a_wrong_one_time_passphrase_is_still_reported_as_such(tmp_path: Path) -> None:
    with pytest.raises(AuthenticationError) as err:
        enrolment.read(_enrolment_file(tmp_path), "AAAAA-AAAAA")
    assert str(err.value) == msg.text("err.enrolment_passphrase")
