"""Passphrase policy for unlocking a store (KEY-4), built for an *offline* attacker.

Whoever copies a laptop's envelope can guess passphrases at leisure, slowed only by
Argon2id, so a passphrase must be long: at least 15 characters. A generated passphrase of at
least 5 words (`generate_passphrase`: words of 3-9 letters joined by a separator) always is,
and its strength is counted per word rather than per character. It must not be

* on the bundled blocklist of common and breached passwords, compared after normalisation
  (case-folded, transliterated, separators removed, leet-speak folded), also after stripping
  digits and symbols from its ends ("Passwort123!") and when it is one such entry repeated;
* a trivial pattern: a short unit repeated, or mostly (all but 7 characters) made of runs of
  one character, ascending/descending sequences or keyboard walks (QWERTY, QWERTZ, AZERTY);
* built on the caseworker's own login or name.

The result carries reason codes (never text: the desktop app words them) and a 0-4 strength
estimate for the strength meter. The estimate is a rough entropy count, not a guarantee.
"""

from __future__ import annotations

import math
import re
import secrets
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from itertools import pairwise

from anyascii import anyascii

MIN_LENGTH = 15
MIN_WORDS = 5
# Characters that must remain outside trivial patterns; below this the passphrase is
# essentially "1234…" or "qwer…" padded to length.
MIN_FREE_CHARACTERS = 8
_MIN_RUN = 4  # shorter runs ("abc", "qwe") occur in ordinary words
_MIN_NAME = 3  # shorter name parts ("Li", "Al") would match half of all passphrases

_SEPARATORS = re.compile(r"[\s\-_.,;:/\\'\"`~]+")
_LEET = str.maketrans("013457895@$!|+", "oieastbgsasilt")
_KEYBOARD_ROWS = (
    ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"),  # QWERTY (en, it)
    ("1234567890", "qwertzuiop", "asdfghjkl", "yxcvbnm"),  # QWERTZ (de)
    ("1234567890", "azertyuiop", "qsdfghjklm", "wxcvbn"),  # AZERTY (fr)
)
# Bucket limits (bits) for strength 1..4; 15 lowercase letters (~30 bits) is the minimum "2".
_STRENGTH_BITS = (20.0, 30.0, 40.0, 55.0)


class PassphraseReason(StrEnum):
    """Why a passphrase is refused (the desktop app maps these to messages)."""

    TOO_SHORT = "too_short"
    BLOCKLISTED = "blocklisted"
    CONTAINS_NAME = "contains_name"
    REPEATED = "repeated"
    SEQUENCE = "sequence"
    KEYBOARD_WALK = "keyboard_walk"


@dataclass(frozen=True, slots=True)
class PassphraseVerdict:
    """The policy's verdict: acceptable iff `reasons` is empty; `strength` is 0-4."""

    reasons: tuple[PassphraseReason, ...]
    strength: int

    @property
    def ok(self) -> bool:
        return not self.reasons


def check_passphrase(passphrase: str, *, user_inputs: Iterable[str] = ()) -> PassphraseVerdict:
    """Apply KEY-4 to `passphrase`; `user_inputs` are the login, display name and the like.

    Cheap enough to run on every keystroke for the strength meter.
    """
    text = unicodedata.normalize("NFC", passphrase)
    folded = _fold(text)
    squashed = _SEPARATORS.sub("", folded)
    generated_words = _generated_word_count(folded)
    reasons: set[PassphraseReason] = set()
    if len(text) < MIN_LENGTH:
        reasons.add(PassphraseReason.TOO_SHORT)
    if _is_blocklisted(squashed):
        reasons.add(PassphraseReason.BLOCKLISTED)
    if _contains_name(folded, user_inputs):
        reasons.add(PassphraseReason.CONTAINS_NAME)
    if _short_unit_repeated(squashed):
        reasons.add(PassphraseReason.REPEATED)
    covered, kinds = _trivial_runs(squashed)
    free = len(squashed) - len(covered)
    if free < MIN_FREE_CHARACTERS and (kinds or len(text) >= MIN_LENGTH):
        # Nothing but patterns, or nothing but separators ("a      b"): padding, not secret.
        reasons |= kinds or {PassphraseReason.REPEATED}
    ordered = tuple(r for r in PassphraseReason if r in reasons)
    free_share = free / len(squashed) if squashed else 0.0
    return PassphraseVerdict(ordered, _strength(text, free_share, generated_words, ordered))


def generate_passphrase(words: int = 6, *, separator: str = "-") -> str:
    """A random passphrase of `words` words (at least 5) from the bundled word list."""
    if words < MIN_WORDS:
        raise ValueError(f"a generated passphrase needs at least {MIN_WORDS} words")
    vocabulary = _word_list()
    return separator.join(secrets.choice(vocabulary) for _ in range(words))


# --- normalisation ----------------------------------------------------------------------------


def _fold(text: str) -> str:
    # NFKC folds full-width and compatibility forms; anyascii maps "ß" to "ss", "é" to "e"
    # and Cyrillic or Greek to Latin, so "Paßwort" and "пароль" meet their list entries.
    return anyascii(unicodedata.normalize("NFKC", text)).casefold()


def _normalise(text: str) -> str:
    return _SEPARATORS.sub("", _fold(text)).translate(_LEET)


def _strip_affixes(squashed: str) -> str:
    # "Passwort123!", "2024sommer": the digits and symbols people add to meet a rule.
    return re.sub(r"^[^a-z]+|[^a-z]+$", "", squashed)


def _smallest_unit(text: str) -> str:
    for size in range(1, len(text) // 2 + 1):
        if len(text) % size == 0 and text[:size] * (len(text) // size) == text:
            return text[:size]
    return text


# --- rules -----------------------------------------------------------------------------------


def _is_blocklisted(squashed: str) -> bool:
    blocklist = _blocklist()
    stripped = _strip_affixes(squashed)
    candidates = {squashed, stripped, _smallest_unit(squashed), _smallest_unit(stripped)}
    candidates |= {_strip_affixes(c) for c in candidates}
    return any(c.translate(_LEET) in blocklist for c in candidates if c)


def _short_unit_repeated(squashed: str) -> bool:
    unit = _smallest_unit(squashed)
    return unit != squashed and len(unit) < MIN_LENGTH


def _contains_name(folded: str, user_inputs: Iterable[str]) -> bool:
    haystack = _normalise(folded)
    words = {_normalise(w) for w in re.split(r"[^a-z0-9@$!|+]+", folded) if w}
    for user_input in user_inputs:
        for raw in re.split(r"[^a-z0-9]+", _fold(user_input)):
            part = raw.translate(_LEET)
            if len(part) > _MIN_NAME and part in haystack:
                return True
            if len(part) == _MIN_NAME and part in words:  # "Eva" must not ban "evaluate"
                return True
    return False


def _generated_word_count(folded: str) -> int:
    words = [w for w in re.split(r"[^a-z]+", folded) if w]
    vocabulary = _vocabulary()
    return len(words) if words and all(w in vocabulary for w in words) else 0


def _trivial_runs(squashed: str) -> tuple[set[int], set[PassphraseReason]]:
    covered: set[int] = set()
    kinds: set[PassphraseReason] = set()
    for kind, steps in (
        (PassphraseReason.REPEATED, _same_steps(squashed)),
        (PassphraseReason.SEQUENCE, _sequence_steps(squashed)),
        (PassphraseReason.KEYBOARD_WALK, _walk_steps(squashed)),
    ):
        for start, end in _runs(steps):
            covered.update(range(start, end))
            kinds.add(kind)
    return covered, kinds


def _runs(steps: list[object]) -> Iterable[tuple[int, int]]:
    """Index ranges of characters joined by >= _MIN_RUN - 1 equal, non-None steps."""
    start = 0
    for i in range(1, len(steps) + 1):
        if i == len(steps) or steps[i] is None or steps[i] != steps[start]:
            if steps and steps[start] is not None and i - start + 1 >= _MIN_RUN:
                yield start, i + 1
            start = i


def _same_steps(text: str) -> list[object]:
    return [0 if a == b else None for a, b in pairwise(text)]


def _sequence_steps(text: str) -> list[object]:
    def step(a: str, b: str) -> object:
        same_class = (a.isdigit() and b.isdigit()) or (a.isalpha() and b.isalpha())
        delta = ord(b) - ord(a)
        return delta if same_class and a.isascii() and b.isascii() and abs(delta) == 1 else None

    return [step(a, b) for a, b in pairwise(text)]


def _walk_steps(text: str) -> list[object]:
    # A step is the (row, column) move between neighbouring keys; a walk keeps one direction
    # ("qwer", "1qaz", "poiu"). Rows are aligned at their first key, as on a real keyboard
    # where each row sits half a key to the right of the one above.
    def step(a: str, b: str) -> object:
        for layout in _key_positions():
            if a in layout and b in layout:
                (ra, ca), (rb, cb) = layout[a], layout[b]
                if (rb - ra, cb - ca) in {(0, 1), (0, -1), (1, 0), (-1, 0)}:
                    return (rb - ra, cb - ca)
        return None

    return [step(a, b) for a, b in pairwise(text)]


def _strength(
    text: str, free_share: float, generated_words: int, reasons: tuple[PassphraseReason, ...]
) -> int:
    if generated_words >= 2:
        bits = generated_words * math.log2(len(_word_list()))
    else:
        bits = _estimated_bits(text) * free_share
    score = sum(bits >= limit for limit in _STRENGTH_BITS)
    if reasons == (PassphraseReason.TOO_SHORT,):
        return min(score, 1)  # still growing: let the meter move, but never show "good"
    return 0 if reasons else max(score, 1)  # an accepted passphrase never shows "unusable"


def _estimated_bits(text: str) -> float:
    # People choose characters far from uniformly. Within a word a letter carries about
    # 2 bits, a letter starting a word about log2(26); digits and symbols a little more; a
    # capital inside a word is one more decision. A rough count, meant for the meter only.
    bits = 0.0
    previous = " "
    for char in text:
        if char.isalpha():
            bits += 2.0 if previous.isalpha() else 4.7
            bits += 1.0 if char.isupper() and previous.isalpha() else 0.0
        elif char.isdigit():
            bits += 3.3
        elif not char.isspace():
            bits += 4.0
        previous = char
    return bits


# --- bundled data ------------------------------------------------------------------------------


@cache
def _blocklist() -> frozenset[str]:
    entries = (_normalise(line) for line in _data_lines("passphrase-blocklist.txt"))
    return frozenset(e for e in entries if e)


@cache
def _word_list() -> tuple[str, ...]:
    return tuple(sorted(set(_data_lines("passphrase-words.txt"))))


@cache
def _vocabulary() -> frozenset[str]:
    return frozenset(_word_list())


@cache
def _key_positions() -> tuple[dict[str, tuple[int, int]], ...]:
    return tuple(
        {key: (row, col) for row, keys in enumerate(rows) for col, key in enumerate(keys)}
        for rows in _KEYBOARD_ROWS
    )


def _data_lines(name: str) -> list[str]:
    text = resources.files("storage").joinpath("data", name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[:2] != "# "]
