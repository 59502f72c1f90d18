"""How well one person name matches another: token and name similarity. Pure, no I/O.

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
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from rapidfuzz.distance import OSA

from storage.name_forms import NameToken, name_token, name_tokens

DEFAULT_THRESHOLD = 0.81  # one edit in 6 letters (0.83), two in 11; not one in 5 (0.8)

TOKEN_FLOOR = 0.5  # below this a token match is noise, not evidence
_PHON_EQUAL = 0.97  # same folded spelling: just below the exact spelling
_PHON_CAP = 0.96
_SKELETON_SCORE = 0.95
_NEAR_SKELETON_SCORE = 0.85
NEAR_SKELETON_MIN_LEN = 8  # one edit in a shorter skeleton is Mohammed vs Mahmoud
_FRAME_SCORE = 0.85
_PREFIX_BASE = 0.85
PREFIX_MIN_LEN = 2
MAX_JOIN_TOKENS = 6  # query variants with adjacent tokens joined only for short queries


# --- token similarity ---------------------------------------------------------------------


def _vowels_compatible(a: str, b: str, soft: bool) -> bool:
    if "e" in a or "e" in b or a == b:
        return True  # e is any short vowel in transliteration (Mohammed/Muhammad)
    # o/a alternate (Oleksandr/Aleksandr), but not in short names (Omar/Ammar); i≠a, i≠u.
    return soft and len(a) == len(b) and set(a + b) <= {"a", "u"}


def _skeleton_score(q: NameToken, c: NameToken) -> float:
    if q.skel == c.skel and len(consonants := q.skel.replace("0", "")) >= 2:
        soft = len(consonants) >= 3
        pairs = zip(_vowels(q.phon), _vowels(c.phon), strict=True)
        return _SKELETON_SCORE if all(_vowels_compatible(a, b, soft) for a, b in pairs) else 0.0
    if min(len(q.skel), len(c.skel)) >= NEAR_SKELETON_MIN_LEN:
        return _NEAR_SKELETON_SCORE if OSA.distance(q.skel, c.skel) <= 1 else 0.0
    return 0.0


def _vowels(phon: str) -> list[str]:
    return re.findall("[aeiu]+", phon)


def consonant_frame(phon: str) -> tuple[str, list[str]]:
    """Consonants and the vowel gaps around them; a medial v (w) counts as a long u."""
    s = phon[:1] + phon[1:].replace("v", "u")
    return re.sub("[aeiu]", "", s), re.split("[^aeiu]", s)


def _frame_score(q: NameToken, c: NameToken) -> float:
    """Unvowelled query token against a vowelled spelling: same consonants, and every long
    vowel written in the query (و → u, ي → i/e) present in the candidate's gap."""
    (qc, q_gaps), (cc, c_gaps) = consonant_frame(q.phon), consonant_frame(c.phon)
    if qc != cc or not (len(qc) >= 2 or any(q_gaps)):
        return 0.0
    for qg, cg in zip(q_gaps, c_gaps, strict=True):
        if ("u" in qg and "u" not in cg) or ("i" in qg and not {"i", "e"} & set(cg)):
            return 0.0
    return _FRAME_SCORE


def _prefix_score(q: str, c: str) -> float:
    if len(q) < PREFIX_MIN_LEN or len(q) >= len(c) or not c.startswith(q):
        return 0.0
    return _PREFIX_BASE + 0.1 * len(q) / len(c)  # below exact, longer prefix ranks higher


def _phon_score(q: str, c: str) -> float:
    # Same folded spelling ranks just below the exact spelling; otherwise it is a typo
    # measure on the folded spelling (Fatma vs Fatimah), capped below an equal spelling.
    return _PHON_EQUAL if q == c else min(_PHON_CAP, OSA.normalized_similarity(q, c))


def token_similarity(q: NameToken, c: NameToken, prefix: bool) -> float:
    """Query token `q` against candidate token `c`, in 0..1; 0 below `TOKEN_FLOOR`."""
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
    return best if best >= TOKEN_FLOOR else 0.0


# --- name similarity ----------------------------------------------------------------------


def _joined(a: NameToken, b: NameToken) -> NameToken:
    return name_token(a.norm + b.norm, a.arabic and b.arabic)


def query_variants(tokens: list[NameToken]) -> list[list[NameToken]]:
    """The query as typed, and with each pair of adjacent tokens written together."""
    variants = [tokens]
    if len(tokens) <= MAX_JOIN_TOKENS:
        for i in range(len(tokens) - 1):
            variants.append([*tokens[:i], _joined(tokens[i], tokens[i + 1]), *tokens[i + 2 :]])
    return variants


def candidate_tokens(tokens: list[NameToken]) -> tuple[list[NameToken], list[int]]:
    """A name's tokens plus adjacent pairs written together, and the tokens each covers."""
    joined = [_joined(a, b) for a, b in pairwise(tokens)]
    masks = [1 << i for i in range(len(tokens))] + [3 << i for i in range(len(joined))]
    return tokens + joined, masks


def name_score(
    query: list[NameToken], rows: Iterable[list[float]], masks: Sequence[int], lengths: list[int]
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
    q_tokens, c_tokens = name_tokens(query), name_tokens(candidate)
    if not q_tokens or not c_tokens:
        return 0.0
    pool, masks = candidate_tokens(c_tokens)
    lengths = [len(t.norm) for t in c_tokens]
    score = 0.0
    for variant in query_variants(q_tokens):
        last = len(variant) - 1
        rows = (
            [token_similarity(q, c, prefix and i == last) for c in pool]
            for i, q in enumerate(variant)
        )
        score = max(score, name_score(variant, rows, masks, lengths))
    return score
