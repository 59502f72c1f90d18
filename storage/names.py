"""Person-name matching tolerant to diacritics, transliteration variants and typos. Pure, no I/O.

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

Token similarity is the best of: Damerau (OSA) similarity of the normalised tokens (typos);
of the phonetic tokens (0.97 when equal); a skeleton match (0.95; 0.85 for one edit in a
skeleton of 8+: Alexander ≈ Oleksandr); with `prefix`, the last query token completed (0.85 to
0.95); and for a query typed in Arabic or Persian script, a consonant-frame match against a
Latin spelling (0.85). Under 0.5 a token match counts 0: this floor lets `NameIndex` prefilter
with rapidfuzz score cutoffs and still return exactly `name_similarity`.

A name scores the length-weighted mean of its query tokens' best matches (token order free;
candidate tokens the query did not match cost up to 5 %), also trying adjacent tokens written
together (Habte Mariam ≈ Habtemariam). 1 is the same name, ~0.95 a spelling variant, 0.81-0.9
one or two typos. `DEFAULT_THRESHOLD` (0.81) admits one edit in six letters or two in eleven,
not one in five: Jamal/Kamal and Amina/Amin stay apart, but one-letter neighbours of six
letters (Müller/Miller, Samir/Samira, Ahmad/Ahmadi) match at typo level (~0.83), below every
real variant, because they cannot be told from a typo.

Knowingly not supported: Mehmet/Mehmed for Mohammed (a name of its own in Turkish papers);
Turkish c = dj (Cemal/Jamal); French ch = sh (Chirine/Shirin); an article
written together (Alhassan vs Hassan); Latin query → Arabic-script name (only Arabic-script
query → Latin name: محمد finds Mohammed, and also Mahmud, since short vowels are unwritten).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Generic, TypeVar

from anyascii import anyascii
from rapidfuzz import process
from rapidfuzz.distance import OSA

Key = TypeVar("Key", bound=Hashable)

DEFAULT_THRESHOLD = 0.81  # one edit in 6 letters (0.83), two in 11; not one in 5 (0.8)
DEFAULT_LIMIT = 50

_FLOOR = 0.5  # below this a token match is noise, not evidence
_PHON_EQUAL = 0.97  # same folded spelling: just below the exact spelling
_PHON_CAP = 0.96
_SKELETON_SCORE = 0.95
_NEAR_SKELETON_SCORE = 0.85
_NEAR_SKELETON_MIN_LEN = 8  # one edit in a shorter skeleton is Mohammed vs Mahmoud
_FRAME_SCORE = 0.85
_PREFIX_BASE = 0.85
_PREFIX_MIN_LEN = 2
_MAX_JOIN_TOKENS = 6  # query variants with adjacent tokens joined only for short queries

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
class _Token:
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


def _analyse(text: str) -> list[_Token]:
    pairs = [
        (tok, unvowelled)
        for word, unvowelled in _arabic_words(_raw_words(text))
        for tok in _ascii_tokens(word)
    ]
    arabic = {tok for tok, unvowelled in pairs if unvowelled}
    tokens = _drop_particles(_abd([tok for tok, _ in pairs]))
    return [_token(tok, tok in arabic) for tok in tokens]


def normalise_name(s: str) -> str:
    """The comparable form of a name: ASCII lower-case tokens separated by single spaces.

    Diacritics and non-Latin scripts are transliterated (``Müller`` → ``muller``,
    ``Олександр`` → ``oleksandr``), punctuation and digits dropped, ``abd``-compounds written
    as ``abdul X`` and particles (al-, bin, de, van …) removed. Idempotent; never raises.
    """
    return " ".join(t.norm for t in _analyse(s))


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
def _token(norm: str, arabic: bool) -> _Token:
    phon = _arabic_phonetic(norm) if arabic else phonetic_key(norm)
    return _Token(norm, phon, re.sub("[aeiu]+", "0", phon), arabic)


def index_terms(name: str) -> list[str]:
    """Terms to put into a full-text (FTS5) index as a recall-oriented prefilter.

    Normalised tokens, their phonetic keys and skeletons (vowels as ``0``), and adjacent
    tokens written together. Typos are not covered: rank with `NameIndex` for those.
    """
    tokens = _analyse(name)
    terms = [t.norm for t in tokens] + [t.phon for t in tokens] + [t.skel for t in tokens]
    terms += [a.norm + b.norm for a, b in pairwise(tokens)]
    return list(dict.fromkeys(t for t in terms if t))


# --- token similarity ---------------------------------------------------------------------


def _vowels_compatible(a: str, b: str, soft: bool) -> bool:
    if "e" in a or "e" in b or a == b:
        return True  # e is any short vowel in transliteration (Mohammed/Muhammad)
    # o/a alternate (Oleksandr/Aleksandr), but not in short names (Omar/Ammar); i≠a, i≠u.
    return soft and len(a) == len(b) and set(a + b) <= {"a", "u"}


def _skeleton_score(q: _Token, c: _Token) -> float:
    if q.skel == c.skel and len(consonants := q.skel.replace("0", "")) >= 2:
        soft = len(consonants) >= 3
        pairs = zip(_vowels(q.phon), _vowels(c.phon), strict=True)
        return _SKELETON_SCORE if all(_vowels_compatible(a, b, soft) for a, b in pairs) else 0.0
    if min(len(q.skel), len(c.skel)) >= _NEAR_SKELETON_MIN_LEN:
        return _NEAR_SKELETON_SCORE if OSA.distance(q.skel, c.skel) <= 1 else 0.0
    return 0.0


def _vowels(phon: str) -> list[str]:
    return re.findall("[aeiu]+", phon)


def _frame(phon: str) -> tuple[str, list[str]]:
    """Consonants and the vowel gaps around them; a medial v (w) counts as a long u."""
    s = phon[:1] + phon[1:].replace("v", "u")
    return re.sub("[aeiu]", "", s), re.split("[^aeiu]", s)


def _frame_score(q: _Token, c: _Token) -> float:
    """Unvowelled query token against a vowelled spelling: same consonants, and every long
    vowel written in the query (و → u, ي → i/e) present in the candidate's gap."""
    (qc, q_gaps), (cc, c_gaps) = _frame(q.phon), _frame(c.phon)
    if qc != cc or not (len(qc) >= 2 or any(q_gaps)):
        return 0.0
    for qg, cg in zip(q_gaps, c_gaps, strict=True):
        if ("u" in qg and "u" not in cg) or ("i" in qg and not {"i", "e"} & set(cg)):
            return 0.0
    return _FRAME_SCORE


def _prefix_score(q: str, c: str) -> float:
    if len(q) < _PREFIX_MIN_LEN or len(q) >= len(c) or not c.startswith(q):
        return 0.0
    return _PREFIX_BASE + 0.1 * len(q) / len(c)  # below exact, longer prefix ranks higher


def _phon_score(q: str, c: str) -> float:
    # Same folded spelling ranks just below the exact spelling; otherwise it is a typo
    # measure on the folded spelling (Fatma vs Fatimah), capped below an equal spelling.
    return _PHON_EQUAL if q == c else min(_PHON_CAP, OSA.normalized_similarity(q, c))


def _token_similarity(q: _Token, c: _Token, prefix: bool) -> float:
    scores = [
        OSA.normalized_similarity(q.norm, c.norm),
        _phon_score(q.phon, c.phon),
        _skeleton_score(q, c),
    ]
    if q.arabic and not c.arabic:
        scores.append(_frame_score(q, c))
    if prefix:
        scores += [_prefix_score(q.norm, c.norm), _PHON_EQUAL * _prefix_score(q.phon, c.phon)]
    best = max(scores)
    return best if best >= _FLOOR else 0.0


# --- name similarity ----------------------------------------------------------------------


def _joined(a: _Token, b: _Token) -> _Token:
    return _token(a.norm + b.norm, a.arabic and b.arabic)


def _query_variants(tokens: list[_Token]) -> list[list[_Token]]:
    """The query as typed, and with each pair of adjacent tokens written together."""
    variants = [tokens]
    if len(tokens) <= _MAX_JOIN_TOKENS:
        for i in range(len(tokens) - 1):
            variants.append([*tokens[:i], _joined(tokens[i], tokens[i + 1]), *tokens[i + 2 :]])
    return variants


def _candidate_tokens(tokens: list[_Token]) -> tuple[list[_Token], list[int]]:
    """A name's tokens plus adjacent pairs written together, and the tokens each covers."""
    joined = [_joined(a, b) for a, b in pairwise(tokens)]
    masks = [1 << i for i in range(len(tokens))] + [3 << i for i in range(len(joined))]
    return tokens + joined, masks


def _name_score(
    query: list[_Token], rows: Iterable[list[float]], masks: Sequence[int], lengths: list[int]
) -> float:
    """Length-weighted mean of the query tokens' best matches (`rows`: one score per
    candidate token), ×0.95..1 by the share of the candidate's letters that were matched."""
    covered, total = 0, 0.0
    for token, row in zip(query, rows, strict=True):
        best = max(row)
        if best > 0:  # of equal matches, cover a new candidate token (Mohammed Mohammed)
            ties = [masks[k] for k, score in enumerate(row) if score == best]
            covered |= next((m for m in ties if m & ~covered), ties[0])
        total += len(token.norm) * best
    mean = total / sum(len(t.norm) for t in query)
    coverage = sum(n for i, n in enumerate(lengths) if covered >> i & 1) / sum(lengths)
    return mean * (0.95 + 0.05 * coverage)


def name_similarity(query: str, candidate: str, *, prefix: bool = False) -> float:
    """How well `candidate` matches what was typed as `query`, in 0..1 (1: same name).

    Directional: every query token must be explained by some candidate token, while extra
    candidate tokens cost little ("Fatima" finds "Fatima Ahmadi"). Token order is free. With
    `prefix`, the last query token may be an unfinished word ("Moham" finds Mohammed), which
    scores below a complete match. Never raises.
    """
    q_tokens, c_tokens = _analyse(query), _analyse(candidate)
    if not q_tokens or not c_tokens:
        return 0.0
    pool, masks = _candidate_tokens(c_tokens)
    lengths = [len(t.norm) for t in c_tokens]
    score = 0.0
    for variant in _query_variants(q_tokens):
        last = len(variant) - 1
        rows = (
            [_token_similarity(q, c, prefix and i == last) for c in pool]
            for i, q in enumerate(variant)
        )
        score = max(score, _name_score(variant, rows, masks, lengths))
    return score


# --- index --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Entry(Generic[Key]):
    key: Key
    token_ids: tuple[int, ...]  # vocabulary ids of the name's tokens and adjacent pairs
    masks: tuple[int, ...]
    lengths: list[int]


def _group(values: Iterable[str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, value in enumerate(values):
        out.setdefault(value, []).append(i)
    return out


def _prefixed(sorted_pairs: list[tuple[str, int]], prefix: str) -> list[int]:
    if len(prefix) < _PREFIX_MIN_LEN:
        return []
    start = bisect.bisect_left(sorted_pairs, (prefix, -1))
    end = bisect.bisect_left(sorted_pairs, (prefix + "\x7f", -1))
    return [i for _, i in sorted_pairs[start:end]]


def _similar(query: str, choices: list[str], cutoff: float) -> list[tuple[str, float, int]]:
    return process.extract(
        query, choices, scorer=OSA.normalized_similarity, score_cutoff=cutoff, limit=None
    )


class _Vocabulary:
    """The distinct tokens of all indexed names, with a lookup for each similarity part."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self._norms = [t.norm for t in tokens]
        self._by_phon = _group(t.phon for t in tokens)
        self._phons = list(self._by_phon)
        self._by_skel = _group(t.skel for t in tokens)
        self._long_skels = [s for s in self._by_skel if len(s) >= _NEAR_SKELETON_MIN_LEN]
        self._by_frame = _group("" if t.arabic else _frame(t.phon)[0] for t in tokens)
        self._sorted_norms = sorted((t.norm, i) for i, t in enumerate(tokens))
        self._sorted_phons = sorted((t.phon, i) for i, t in enumerate(tokens))

    def candidate_ids(self, q: _Token, prefix: bool, need: float) -> set[int]:
        """Ids of every token whose similarity to `q` may reach `need` (a superset):
        rapidfuzz score cutoffs keep the scan in C, Python only scores the survivors."""
        ids = {i for _, _, i in _similar(q.norm, self._norms, need)}
        for phon, _, _ in _similar(q.phon, self._phons, need):
            ids.update(self._by_phon[phon])
        ids.update(self._by_skel.get(q.skel, ()))
        if len(q.skel) >= _NEAR_SKELETON_MIN_LEN:
            near = process.extract(
                q.skel, self._long_skels, scorer=OSA.distance, score_cutoff=1, limit=None
            )
            ids.update(i for skel, _, _ in near for i in self._by_skel[skel])
        if q.arabic:
            ids.update(self._by_frame.get(_frame(q.phon)[0], ()))
        if prefix:
            ids.update(_prefixed(self._sorted_norms, q.norm))
            ids.update(_prefixed(self._sorted_phons, q.phon))
        return ids

    def scores(self, q: _Token, prefix: bool, need: float) -> dict[int, float]:
        """Token id → similarity to `q`, for the tokens scoring at least `need`."""
        ids = self.candidate_ids(q, prefix, need)
        scored = ((i, _token_similarity(q, self.tokens[i], prefix)) for i in ids)
        return {i: s for i, s in scored if s >= need}


class NameIndex(Generic[Key]):
    """Precomputed name forms of many people, ranked against a query in a few milliseconds.

    Build it once from ``(key, names)`` pairs, where `names` are the person's name strings:
    the full name as written ("given family"), the original-script name and each alias. A
    person's score is the best of their names and equals `name_similarity` for that name.
    """

    def __init__(self, entries: Iterable[tuple[Key, Sequence[str]]]) -> None:
        ids: dict[tuple[str, bool], int] = {}
        self._entries: list[_Entry[Key]] = []
        self._postings: dict[int, list[int]] = {}
        for key, names in entries:
            for tokens in filter(None, map(_analyse, names)):
                pool, masks = _candidate_tokens(tokens)
                token_ids = tuple(ids.setdefault((t.norm, t.arabic), len(ids)) for t in pool)
                for token_id in set(token_ids):
                    self._postings.setdefault(token_id, []).append(len(self._entries))
                lengths = [len(t.norm) for t in tokens]
                self._entries.append(_Entry(key, token_ids, tuple(masks), lengths))
        self._vocab = _Vocabulary([_token(norm, arabic) for norm, arabic in ids])

    def __len__(self) -> int:
        """Number of indexed name strings (a person usually has several)."""
        return len(self._entries)

    def search(
        self,
        query: str,
        *,
        limit: int = DEFAULT_LIMIT,
        threshold: float = DEFAULT_THRESHOLD,
        prefix: bool = False,
    ) -> list[tuple[Key, float]]:
        """Keys whose best name scores at least `threshold`, best first, at most `limit`.

        Only names sharing at least one similar token with the query are scored, so a
        `threshold` of 0 still leaves out names with nothing in common.
        """
        best_by_key: dict[Key, float] = {}
        cache: dict[tuple[str, bool, bool, float], _TokenHits] = {}
        for v, variant in enumerate(_query_variants(_analyse(query))):
            hits = self._token_hits(variant, prefix, threshold, cache)
            candidates = _candidates(variant, hits, threshold)
            if v > 0:  # a joined variant only beats the query as typed where the join hit
                candidates &= hits[v - 1].entries
            for entry in map(self._entries.__getitem__, candidates):
                rows = ([h.scores.get(t, 0.0) for t in entry.token_ids] for h in hits)
                score = _name_score(variant, rows, entry.masks, entry.lengths)
                if score >= threshold and score > best_by_key.get(entry.key, -1.0):
                    best_by_key[entry.key] = score
        return sorted(best_by_key.items(), key=lambda item: -item[1])[:limit]

    def _token_hits(
        self,
        variant: list[_Token],
        prefix: bool,
        threshold: float,
        cache: dict[tuple[str, bool, bool, float], _TokenHits],
    ) -> list[_TokenHits]:
        # A name reaches `threshold` only if each query token's best match reaches
        # (threshold - other tokens' share) / own share: weaker token matches cannot change
        # any result, so they are never scored (this is what keeps common names fast).
        total = sum(len(t.norm) for t in variant)
        out = []
        for i, q in enumerate(variant):
            share = len(q.norm) / total
            need = max(_FLOOR, (threshold - (1 - share)) / share)
            key = (q.norm, q.arabic, prefix and i == len(variant) - 1, need)
            if key not in cache:
                scores = self._vocab.scores(q, key[2], need)
                entries = set().union(*(self._postings[t] for t in scores))
                cache[key] = _TokenHits(scores, entries)
            out.append(cache[key])
        return out


@dataclass(frozen=True, slots=True)
class _TokenHits:
    scores: dict[int, float]  # vocabulary id → similarity to one query token
    entries: set[int]  # the names containing any of those tokens


def _candidates(variant: list[_Token], hits: list[_TokenHits], threshold: float) -> set[int]:
    """Names that may reach `threshold`: those matched by a set of query tokens whose weights
    × best scores add up to it, since an unmatched query token scores 0."""
    if len(variant) > _MAX_JOIN_TOKENS:
        return set().union(*(h.entries for h in hits))
    weights = [len(t.norm) for t in variant]
    caps = [w * max(h.scores.values(), default=0.0) for w, h in zip(weights, hits, strict=True)]
    need = threshold * sum(weights) - 1e-9
    passing: list[int] = []
    out: set[int] = set()
    for mask in sorted(range(1, 1 << len(variant)), key=int.bit_count):
        if any(mask & p == p for p in passing):
            continue  # a superset of a passing set adds no name
        chosen = [j for j in range(len(variant)) if mask >> j & 1]
        if sum(caps[j] for j in chosen) >= need:
            passing.append(mask)
            out |= set.intersection(*(hits[j].entries for j in chosen))
    return out


def rank_names(
    query: str,
    candidates: Iterable[tuple[Key, str]],
    *,
    limit: int = DEFAULT_LIMIT,
    threshold: float = DEFAULT_THRESHOLD,
    prefix: bool = False,
) -> list[tuple[Key, float]]:
    """Rank ``(key, name)`` candidates against `query`, best first; a key may come with
    several names and scores its best. Builds a throw-away `NameIndex`: keep a `NameIndex`
    to rank the same people again."""
    index = NameIndex((key, (name,)) for key, name in candidates)
    return index.search(query, limit=limit, threshold=threshold, prefix=prefix)
