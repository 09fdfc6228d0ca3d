"""Test-only: an age file (age-encryption.org/v1) with a scrypt recipient of a chosen, low
work factor. Stock age and pyrage read it like any other; it lets a test open HQ key stores
and enrolment files thousands of times (the shipped code writes them with age's default
work factor, 2^18, seconds each on a loaded machine). Format: https://age-encryption.org/v1."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

CHUNK = 64 * 1024


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode().rstrip("=")


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt, info).derive(ikm)


def encrypt(plaintext: bytes, passphrase: str, log_n: int = 10) -> bytes:
    file_key, salt = os.urandom(16), os.urandom(16)
    wrap = Scrypt(b"age-encryption.org/v1/scrypt" + salt, 32, 2**log_n, 8, 1).derive(passphrase.encode())
    body = _b64(ChaCha20Poly1305(wrap).encrypt(b"\0" * 12, file_key, None))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)] or [""]
    if len(lines[-1]) == 64:
        lines.append("")
    header = "age-encryption.org/v1\n" + f"-> scrypt {_b64(salt)} {log_n}\n" + "\n".join(lines) + "\n---"
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header.encode(), hashlib.sha256).digest()
    nonce = os.urandom(16)
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    chunks = [plaintext[i:i + CHUNK] for i in range(0, len(plaintext), CHUNK)] or [b""]
    out = [(header + " " + _b64(mac) + "\n").encode(), nonce]
    for n, chunk in enumerate(chunks):
        last = n == len(chunks) - 1
        out.append(aead.encrypt(n.to_bytes(11, "big") + (b"\1" if last else b"\0"), chunk, None))
    return b"".join(out)
