"""Passphrase policy (KEY-4): length, blocklist, trivial patterns, own name, strength meter."""

from __future__ import annotations

import math
import re
import unicodedata
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.passphrase import (
    MIN_LENGTH,
    PassphraseReason,
    check_passphrase,
    generate_passphrase,
)

USER = ("maria.rossi", "Maria Rossi")


@pytest.mark.parametrize(
    "passphrase",
    [
        "Mein Hund heisst Bello und frisst gern Wurst",
        "la tortue traverse lentement la route",
        "xK9#mPq2vL7!nR4s",
        "fifteen letters",
        "Пароль очень сложный",
        "my pin is 1234 but nobody knows it",  # a short sequence inside is fine
        "evaluation of the harbour plans",  # contains "eva", a 3-letter name, only inside
    ],
)
def test_long_passphrases_are_accepted(passphrase: str) -> None:
    verdict = check_passphrase(passphrase, user_inputs=(*USER, "Eva"))
    assert verdict.ok and verdict.reasons == ()
    assert verdict.strength >= 2


def test_generated_five_and_six_word_passphrases_are_accepted() -> None:
    for words in (5, 6):
        phrase = generate_passphrase(words)
        assert len(phrase.split("-")) == words
        verdict = check_passphrase(phrase, user_inputs=USER)
        assert verdict.ok, (phrase, verdict)
        assert verdict.strength >= 3


def test_generator_draws_from_the_bundled_word_list() -> None:
    text = resources.files("storage").joinpath("data", "passphrase-words.txt").read_text("utf-8")
    vocabulary = {line for line in text.splitlines() if line and not line.startswith("#")}
    assert len(vocabulary) >= 1024  # >= 10 bits a word: 6 words >= 60 bits
    assert all(re.fullmatch(r"[a-z]{3,9}", word) for word in vocabulary)
    phrases = {generate_passphrase(6, separator=" ") for _ in range(50)}
    assert len(phrases) == 50
    assert all(set(p.split(" ")) <= vocabulary for p in phrases)
    with pytest.raises(ValueError):
        generate_passphrase(4)


@pytest.mark.parametrize("passphrase", ["", "Tr0ub4dor&3", "kurz und gut!", "x" * 3 + "yz9#Kq1!pL"])
def test_short_passphrases_are_refused(passphrase: str) -> None:
    verdict = check_passphrase(passphrase)
    assert PassphraseReason.TOO_SHORT in verdict.reasons
    assert not verdict.ok and verdict.strength <= 1


@pytest.mark.parametrize(
    "passphrase",
    [
        "123456789012345",
        "QwertzuiopASDFG",
        "correct horse battery staple",
        "C0rrect-H0rse_Battery.Staple",  # leet, case and separators are folded
        "Passwort123!Passwort123!",  # a listed word, affixed and repeated
        "P@ssw0rd2024!!!!!!",
        "Paßwort-Paßwort",  # transliterated: ß is ss
        "mot de passe mot de passe",
        "ti amo tantissimo!!",
        "Ich liebe dich sehr 123",
        "thequickbrownfoxjumpsoverthelazydog",
    ],
)
def test_blocklisted_passphrases_are_refused(passphrase: str) -> None:
    verdict = check_passphrase(passphrase)
    assert PassphraseReason.BLOCKLISTED in verdict.reasons
    assert verdict.strength == 0


def test_blocklist_is_bundled_with_long_entries() -> None:
    text = resources.files("storage").joinpath("data", "passphrase-blocklist.txt")
    entries = [e for e in text.read_text("utf-8").splitlines() if e and not e.startswith("# ")]
    assert len(entries) >= 500
    assert sum(len(re.sub(r"\s", "", e)) >= MIN_LENGTH for e in entries) >= 100


@pytest.mark.parametrize(
    ("passphrase", "reason"),
    [
        ("aaaaaaaaaaaaaaaa", PassphraseReason.REPEATED),
        ("xyz9xyz9xyz9xyz9", PassphraseReason.REPEATED),
        ("Sonne Sonne Sonne Sonne", PassphraseReason.REPEATED),
        ("lmnopqrstuvwxyz1234", PassphraseReason.SEQUENCE),
        ("zyxwvutsrqponmlk", PassphraseReason.SEQUENCE),
        ("poiuztrewqlkjhgfdsa", PassphraseReason.KEYBOARD_WALK),
        ("1qaz2wsx3edc4rfv5tgb6yhn", PassphraseReason.KEYBOARD_WALK),
        ("mlkjhgfdsqpoiuytreza", PassphraseReason.KEYBOARD_WALK),  # AZERTY
        ("abcd1234qwerXk9#m", PassphraseReason.SEQUENCE),  # only 5 characters left over
        ("a             b", PassphraseReason.REPEATED),  # padded with separators
    ],
)
def test_trivial_patterns_are_refused(passphrase: str, reason: PassphraseReason) -> None:
    verdict = check_passphrase(passphrase)
    assert reason in verdict.reasons, verdict
    assert verdict.strength == 0


@pytest.mark.parametrize(
    ("passphrase", "user_inputs"),
    [
        ("Marias Garten ist wunderschön", USER),
        ("rossi family summer holidays", USER),
        ("M4RIA-likes-green-tea-a-lot", USER),  # leet-speak does not hide the name
        ("Eva walks her dog every morning", ("eva",)),  # a 3-letter name as a word
        ("jdoe1987 is my secret phrase", ("jdoe1987",)),
    ],
)
def test_passphrases_containing_the_users_name_are_refused(
    passphrase: str, user_inputs: tuple[str, ...]
) -> None:
    verdict = check_passphrase(passphrase, user_inputs=user_inputs)
    assert verdict.reasons == (PassphraseReason.CONTAINS_NAME,)
    assert verdict.strength == 0


def test_reasons_are_codes_the_desktop_can_translate() -> None:
    verdict = check_passphrase("maria1234", user_inputs=USER)
    assert ",".join(verdict.reasons) == "too_short,blocklisted,contains_name,sequence,keyboard_walk"


def test_strength_grows_with_length_and_variety() -> None:
    scores = [
        check_passphrase(p).strength
        for p in (
            "",
            "gartenzaun",
            "gartenzaun im regen",
            "Gartenzaun im Regen, 17 Uhr!",
            "Der Gartenzaun im Regen um 17 Uhr, sagte Oma Frieda!",
        )
    ]
    assert scores == sorted(scores) and scores[0] == 0 and scores[-1] == 4


def test_generated_words_are_counted_per_word() -> None:
    text = resources.files("storage").joinpath("data", "passphrase-words.txt").read_text("utf-8")
    size = len([w for w in text.splitlines() if w and not w.startswith("#")])
    assert 5 * math.log2(size) >= 50  # five words land in bucket 3, six in bucket 4
    assert check_passphrase(generate_passphrase(6)).strength == 4


@settings(max_examples=300, database=None, deadline=None)
@given(st.text(max_size=60), st.lists(st.text(max_size=20), max_size=3))
def test_policy_never_fails_and_never_accepts_short_or_name_bearing_input(
    passphrase: str, user_inputs: list[str]
) -> None:
    verdict = check_passphrase(passphrase, user_inputs=user_inputs)
    assert 0 <= verdict.strength <= 4
    assert verdict.ok == (verdict.reasons == ())
    if verdict.ok:
        assert len(unicodedata.normalize("NFC", passphrase)) >= MIN_LENGTH
        assert verdict.strength >= 1
