"""Argon2id password hashes (`cryptography`'s Argon2id, PHC string format).

The cost of new hashes comes from the settings; a stored hash carries its own cost, so raising
the cost later does not lock anyone out. Hashing is deliberately slow and memory-hungry, so the
number of hashes running at once is bounded: a burst of logins cannot exhaust the server's RAM.
"""

from __future__ import annotations

import os
import threading

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from sync.server.settings import PasswordHashing

MIN_PASSWORD_LENGTH = 12


class PasswordHasher:
    """Hashes and verifies passwords with Argon2id under a concurrency bound."""

    def __init__(self, cost: PasswordHashing) -> None:
        self._cost = cost
        self._slots = threading.BoundedSemaphore(cost.max_concurrent)
        # Verified when the login is unknown, so "no such login" takes as long as
        # "wrong password" and the answer time does not reveal which logins exist.
        self._dummy = self.hash("not a password of anyone")

    def hash(self, password: str) -> str:
        """A PHC-format Argon2id hash of `password` with a fresh 16-byte salt."""
        kdf = Argon2id(
            salt=os.urandom(16),
            length=32,
            iterations=self._cost.iterations,
            lanes=self._cost.lanes,
            memory_cost=self._cost.memory_kib,
        )
        with self._slots:
            return kdf.derive_phc_encoded(password.encode("utf-8"))

    def verify(self, stored: str | None, password: str) -> bool:
        """True if `password` matches `stored`; a None hash is checked against a dummy."""
        try:
            with self._slots:
                Argon2id.verify_phc_encoded(
                    password.encode("utf-8", "surrogatepass"), stored or self._dummy
                )
        except (InvalidKey, ValueError):
            return False
        return stored is not None
