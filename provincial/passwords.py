"""Officers' passwords, hashed with argon2 (argon2-cffi's defaults)."""

from __future__ import annotations

import secrets
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 8
MAX_PASSWORD_LENGTH = 256
_HASHER = PasswordHasher()


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify(stored_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@cache
def _nobody() -> str:
    """A hash made like every officer's (made once, on the first unknown name)."""
    return _HASHER.hash(secrets.token_hex(16))


def verify_nobody(password: str) -> None:
    """Verify against a hash nobody has, for a name nobody has: the answer then takes as long as
    for a real name, so its timing does not tell which names exist."""
    verify(_nobody(), password)
