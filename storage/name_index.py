"""`NameIndex`: many people's names, precomputed once and ranked against a query fast.

Scores equal `storage.name_similarity.name_similarity`; the index only avoids scoring names
that cannot reach the threshold.
"""

from __future__ import annotations

import bisect
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from rapidfuzz import process
from rapidfuzz.distance import OSA

from storage.name_forms import NameToken, name_token, name_tokens
from storage.name_similarity import (
    DEFAULT_THRESHOLD,
    MAX_JOIN_TOKENS,
    NEAR_SKELETON_MIN_LEN,
    PREFIX_MIN_LEN,
    TOKEN_FLOOR,
    candidate_tokens,
    consonant_frame,
    name_score,
    query_variants,
    token_similarity,
)

Key = TypeVar("Key", bound=Hashable)

DEFAULT_LIMIT = 50


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
    if len(prefix) < PREFIX_MIN_LEN:
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

    def __init__(self, tokens: list[NameToken]) -> None:
        self.tokens = tokens
        self._norms = [t.norm for t in tokens]
        self._by_phon = _group(t.phon for t in tokens)
        self._phons = list(self._by_phon)
        self._by_skel = _group(t.skel for t in tokens)
        self._long_skels = [s for s in self._by_skel if len(s) >= NEAR_SKELETON_MIN_LEN]
        self._by_frame = _group("" if t.arabic else consonant_frame(t.phon)[0] for t in tokens)
        self._sorted_norms = sorted((t.norm, i) for i, t in enumerate(tokens))
        self._sorted_phons = sorted((t.phon, i) for i, t in enumerate(tokens))

    def candidate_ids(self, q: NameToken, prefix: bool, need: float) -> set[int]:
        """Ids of every token whose similarity to `q` may reach `need` (a superset):
        rapidfuzz score cutoffs keep the scan in C, Python only scores the survivors."""
        ids = {i for _, _, i in _similar(q.norm, self._norms, need)}
        for phon, _, _ in _similar(q.phon, self._phons, need):
            ids.update(self._by_phon[phon])
        ids.update(self._by_skel.get(q.skel, ()))
        if len(q.skel) >= NEAR_SKELETON_MIN_LEN:
            near = process.extract(
                q.skel, self._long_skels, scorer=OSA.distance, score_cutoff=1, limit=None
            )
            ids.update(i for skel, _, _ in near for i in self._by_skel[skel])
        if q.arabic:
            ids.update(self._by_frame.get(consonant_frame(q.phon)[0], ()))
        if prefix:
            ids.update(_prefixed(self._sorted_norms, q.norm))
            ids.update(_prefixed(self._sorted_phons, q.phon))
        return ids

    def scores(self, q: NameToken, prefix: bool, need: float) -> dict[int, float]:
        """Token id → similarity to `q`, for the tokens scoring at least `need`."""
        ids = self.candidate_ids(q, prefix, need)
        scored = ((i, token_similarity(q, self.tokens[i], prefix)) for i in ids)
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
            for tokens in filter(None, map(name_tokens, names)):
                pool, masks = candidate_tokens(tokens)
                token_ids = tuple(ids.setdefault((t.norm, t.arabic), len(ids)) for t in pool)
                for token_id in set(token_ids):
                    self._postings.setdefault(token_id, []).append(len(self._entries))
                lengths = [len(t.norm) for t in tokens]
                self._entries.append(_Entry(key, token_ids, tuple(masks), lengths))
        self._vocab = _Vocabulary([name_token(norm, arabic) for norm, arabic in ids])

    def __len__(self) -> int:
        """Number of indexed name strings (a person usually has several)."""
        return len(self._entries)

    def entry_ids(self) -> dict[Key, list[int]]:
        """Each key's names, as the ids `search(among=...)` takes."""
        out: dict[Key, list[int]] = {}
        for i, entry in enumerate(self._entries):
            out.setdefault(entry.key, []).append(i)
        return out

    def search(
        self,
        query: str,
        *,
        limit: int = DEFAULT_LIMIT,
        threshold: float = DEFAULT_THRESHOLD,
        prefix: bool = False,
        memo: dict[tuple[str, bool, bool, float], _TokenHits] | None = None,
        among: set[int] | None = None,
    ) -> list[tuple[Key, float]]:
        """Keys whose best name scores at least `threshold`, best first, at most `limit`.

        Only names sharing at least one similar token with the query are scored, so a
        `threshold` of 0 still leaves out names with nothing in common. Many searches against
        one index may share a `memo` (an empty dict at first): a token seen before is not
        matched against the vocabulary again. `among` (ids from `entry_ids`) scores only the
        names of some keys.
        """
        best_by_key: dict[Key, float] = {}
        cache = memo if memo is not None else {}
        for v, variant in enumerate(query_variants(name_tokens(query))):
            hits = self._token_hits(variant, prefix, threshold, cache)
            candidates = _candidates(variant, hits, threshold, among)
            if v > 0:  # a joined variant only beats the query as typed where the join hit
                candidates &= hits[v - 1].entries
            for entry in map(self._entries.__getitem__, candidates):
                rows = ([h.scores.get(t, 0.0) for t in entry.token_ids] for h in hits)
                score = name_score(variant, rows, entry.masks, entry.lengths)
                if score >= threshold and score > best_by_key.get(entry.key, -1.0):
                    best_by_key[entry.key] = score
        return sorted(best_by_key.items(), key=lambda item: -item[1])[:limit]

    def _token_hits(
        self,
        variant: list[NameToken],
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
            need = max(TOKEN_FLOOR, (threshold - (1 - share)) / share)
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


def _candidates(
    variant: list[NameToken], hits: list[_TokenHits], threshold: float, among: set[int] | None
) -> set[int]:
    """Names that may reach `threshold`: those matched by a set of query tokens whose weights
    × best scores add up to it, since an unmatched query token scores 0 (only names in
    `among`, when given: intersecting from the small set first keeps it cheap)."""
    if len(variant) > MAX_JOIN_TOKENS:
        union = set().union(*(h.entries for h in hits))
        return union if among is None else union & among
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
            sets = [hits[j].entries for j in chosen]
            out |= set.intersection(*([among, *sets] if among is not None else sets))
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
