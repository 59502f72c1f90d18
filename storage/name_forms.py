"""Person names in comparable forms: normalised, phonetic and skeleton tokens. Pure, no I/O.

Every name goes through three forms, computed per token:

* the *normalised* token (`normalise_name`): NFKC, letters only, transliterated to ASCII by
  anyascii (Arabic, Persian, Ge'ez, Cyrillic, diacritics: Müller → muller), lower case, with
  the Arabic ``abd``-compounds written one way (Abd al-Rahman, Abdelrahman, Abdurrahman →
  ``abdul rahman``) and particles (al-, bin, ibn, de, van, von …) dropped;
* the *phonetic* token (`phonetic_key`): transliteration spellings folded (kh/ch/gh/g → h,
  sh/sch → s, th → s, ph → f, dj/dzh/zh/initial y → j, w → v, q/c/ck → k, ts/tz → c, x → ks,
  p → b, ou/oo/o → u, ee/ei/ai/ie → i, ue → u, doubled letters once, final h after a vowel
  dropped) with the vowels *kept*: they tell Said from Saad and Hussein from Hassan;
* the *skeleton*: the phonetic token with each vowel run as ``0``. The same skeleton with at
  least two consonants and compatible vowels (``e`` is any short vowel; o/a alternate from
  three consonants on; i never equals a or u) is a spelling variant: Mohammed ≈ Muhammad,
  Yusuf ≈ Youssef ≈ Jusuf, Zeynep ≈ Zainab, Hamid ≈ Hamed. Not: Mohammed/Mahmoud (``m0h0m0d``
  vs ``m0hm0d``), Hassan/Hussein (a vs i), Omar/Ammar, Müller/Miller (u vs i).

`storage.name_similarity` compares these forms; `index_terms` feeds them to the full-text index.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from anyascii import anyascii

_UNVOWELLED = re.compile("[\u0590-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_APOSTROPHES = frozenset("'`´ʹʻʼʽʾʿ’‘ˈ")
_ARABIC_ARTICLE = "\u0627\u0644"  # ال, written together with the noun
_ARABIC_ABD = "\u0639\u0628\u062f"  # عبد
_ARABIC_SILENT_END = "\u0629\u0647"  # ة ه at the end of a word: -a / -eh, no consonant
_PARTICLES = frozenset(
    {"al", "el", "bin", "ben", "ibn", "bint", "bn", "bnt", "ould", "de", "van", "von", "der", "den",
     "da", "di", "du", "del", "della", "dos", "das", "zu", "ter", "ten"}
)  # fmt: skip
_ALWAYS_PARTICLES = frozenset({"al", "el"})  # dropped even in first position ("Al Hassan")
_ARTICLES = frozenset(
    {"al", "el", "ul", "ol", "ar", "ur", "as", "us", "an", "un", "ad", "at", "az", "ash", "es",
     "er"}
)  # fmt: skip
_ABD_HEAD = re.compile(r"abd(?:(?:ou|[aeiou])(?:sh|[lrsntdz]))?")
_ABD_JOINED = re.compile(
    r"abd(?:(?:ou|[aeiou])(?:sh|[lrsntdz])(?P<rest>[a-z]{2,})|(?P<bare>[b-df-hj-np-tv-xz][a-z]{2,}))"
)
_ABDULLAH_TAILS = frozenset(
    {"lah", "la", "llah", "lla", "allah", "alla", "ullah", "ulla", "ellah", "ella"}
)

_PHON_RULES: tuple[tuple[str, str], ...] = (
    ("dzh", "j"), ("dsch", "j"), ("tsch", "c"), ("tch", "c"), ("sch", "s"), ("dj", "j"),
    ("zh", "j"), ("kh", "h"), ("gh", "h"), ("ch", "h"), ("sh", "s"), ("ph", "f"), ("th", "s"),
    ("dh", "d"), ("ck", "k"), ("c", "k"), ("ts", "c"), ("tz", "c"), ("x", "ks"), ("q", "k"),
    ("w", "v"), ("g", "h"), ("p", "b"),
)  # fmt: skip
_VOWEL_RULES: tuple[tuple[str, str], ...] = (
    ("ou", "u"), ("oo", "u"), ("o", "u"), ("ue", "u"), ("ee", "i"), ("ei", "i"), ("ai", "i"),
    ("ie", "i"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class NameToken:
    """One token of a name in its three forms."""

    norm: str
    phon: str
    skel: str  # phon with vowel runs as "0"
    arabic: bool  # written in an unvowelled script: only consonants and long vowels known


# --- normalisation ------------------------------------------------------------------------


def _raw_words(text: str) -> list[str]:
    """Words of `text` in their own script: letters and marks only, apostrophes joined."""
    chars = []
    for ch in unicodedata.normalize("NFKC", text):
        if ch in _APOSTROPHES:
            continue  # Sa'id, Ba`albaki, O'Brien: the apostrophe is inside the word
        # Symbols and emoji must not transliterate into words (anyascii: 😀 → ":grinning:").
        chars.append(ch if unicodedata.category(ch)[0] in "LM" else " ")
    return "".join(chars).split()


def _arabic_words(words: list[str]) -> list[tuple[str, bool]]:
    """Apply Arabic-script particle rules; return (word, unvowelled) pairs."""
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(words):
        word = words[i]
        if not _UNVOWELLED.search(word):
            out.append((word, False))
            i += 1
            continue
        if word == _ARABIC_ABD and i + 1 < len(words):
            word, i = word + words[i + 1], i + 1  # عبد الرحمن: one name, like Abdulrahman
        elif word.startswith(_ARABIC_ARTICLE) and len(word) > 3:
            word = word[2:]  # the article al- is not part of the name
        out.append((word.rstrip(_ARABIC_SILENT_END) or word, True))
        i += 1
    return out


def _ascii_tokens(word: str) -> list[str]:
    latin = anyascii(word).lower()
    return re.sub("[^a-z ]+", " ", re.sub("['`]", "", latin)).split()


def _abd(tokens: list[str]) -> list[str]:
    """Write Abd al-X, Abdel X, Abdurrahman, Abdulrahman … as ``abdul X`` (Abdullah kept)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok, tail = tokens[i], None
        if _ABD_HEAD.fullmatch(tok) and i + 1 < len(tokens):
            if tokens[i + 1] in _ARTICLES and i + 2 < len(tokens):
                tail, i = tokens[i + 2], i + 2
            elif tokens[i + 1] not in _PARTICLES:
                tail, i = tokens[i + 1], i + 1
        elif (m := _ABD_JOINED.fullmatch(tok)) and re.search("[^aeiouy]", m["rest"] or "b"):
            tail = m["rest"] or m["bare"]
        if tail is None:
            out.append("abdul" if _ABD_HEAD.fullmatch(tok) else tok)
        elif tail in _ABDULLAH_TAILS:
            out.append("abdullah")
        else:
            out.extend(("abdul", tail))
        i += 1
    return out


def _drop_particles(tokens: list[str]) -> list[str]:
    kept = [
        t
        for i, t in enumerate(tokens)
        if t not in _PARTICLES or (i == 0 and t not in _ALWAYS_PARTICLES)
    ]
    return kept or tokens  # "Ben" or "Al" alone is a name, not a particle


def name_tokens(text: str) -> list[NameToken]:
    """The tokens of a name, particles dropped and ``abd``-compounds joined."""
    return list(_name_tokens(text))


@lru_cache(maxsize=1 << 15)  # building the name index analyses every family's name again
def _name_tokens(text: str) -> tuple[NameToken, ...]:
    pairs = [
        (tok, unvowelled)
        for word, unvowelled in _arabic_words(_raw_words(text))
        for tok in _ascii_tokens(word)
    ]
    arabic = {tok for tok, unvowelled in pairs if unvowelled}
    tokens = _drop_particles(_abd([tok for tok, _ in pairs]))
    return tuple(name_token(tok, tok in arabic) for tok in tokens)


def normalise_name(s: str) -> str:
    """The comparable form of a name: ASCII lower-case tokens separated by single spaces.

    Diacritics and non-Latin scripts are transliterated (``Müller`` → ``muller``,
    ``Олександр`` → ``oleksandr``), punctuation and digits dropped, ``abd``-compounds written
    as ``abdul X`` and particles (al-, bin, de, van …) removed. Idempotent; never raises.
    """
    return " ".join(t.norm for t in name_tokens(s))


# --- keys ---------------------------------------------------------------------------------


def phonetic_key(token: str) -> str:
    """Fold the transliteration spellings of one normalised token, keeping its vowels."""
    s = token
    for old, new in _PHON_RULES:
        s = s.replace(old, new)
    s = re.sub("^y(?=[aeiou])", "j", s).replace("y", "i")  # Yusuf = Jusuf; Mehary = Mehari
    for old, new in _VOWEL_RULES:
        s = s.replace(old, new)
    s = re.sub(r"(.)\1+", r"\1", s)  # Mohammed = Mohamed, Youssef = Yousef
    return re.sub("(?<=[aeiu])h$", "", s)  # Fatimah = Fatima, Abdullah = Abdulla


def _arabic_phonetic(token: str) -> str:
    # Unvowelled script: medial waw/ya are long vowels, ayn/hamza (already dropped) and
    # unwritten short vowels are unknown; mark long vowels so the frame check can use them.
    head, rest = token[:1], token[1:].replace("w", "u").replace("y", "i")
    return phonetic_key(head + rest)


@lru_cache(maxsize=1 << 16)  # names repeat their tokens a lot: Mohammed, Ahmadi …
def name_token(norm: str, arabic: bool) -> NameToken:
    """The forms of one normalised token (`arabic`: it was written in an unvowelled script)."""
    phon = _arabic_phonetic(norm) if arabic else phonetic_key(norm)
    return NameToken(norm, phon, re.sub("[aeiu]+", "0", phon), arabic)


def index_terms(name: str) -> list[str]:
    """Terms to put into a full-text (FTS5) index as a recall-oriented prefilter.

    Normalised tokens, their phonetic keys and skeletons (vowels as ``0``), and adjacent
    tokens written together. Typos are not covered: rank with `NameIndex` for those.
    """
    tokens = name_tokens(name)
    terms = [t.norm for t in tokens] + [t.phon for t in tokens] + [t.skel for t in tokens]
    terms += [a.norm + b.norm for a, b in pairwise(tokens)]
    return list(dict.fromkeys(t for t in terms if t))
