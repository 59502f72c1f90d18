"""Person-name matching tolerant to diacritics, transliteration variants and typos. Pure, no I/O.

The public API of name matching, in three parts:

* `storage.name_forms`: each name token in comparable forms (normalised, phonetic, skeleton),
  and `index_terms` for the full-text prefilter;
* `storage.name_similarity`: how well one name matches another (`name_similarity`) and the
  `DEFAULT_THRESHOLD` that calls it the same name;
* `storage.name_index`: `NameIndex`, the same scores for many people at once, and `rank_names`.

Knowingly not supported: Mehmet/Mehmed for Mohammed (a name of its own in Turkish papers);
Turkish c = dj (Cemal/Jamal); French ch = sh (Chirine/Shirin); an article
written together (Alhassan vs Hassan); Latin query → Arabic-script name (only Arabic-script
query → Latin name: محمد finds Mohammed, and also Mahmud, since short vowels are unwritten).
"""

from __future__ import annotations

from storage.name_forms import index_terms, normalise_name, phonetic_key
from storage.name_index import DEFAULT_LIMIT, Key, NameIndex, rank_names
from storage.name_similarity import DEFAULT_THRESHOLD, name_similarity

__all__ = [
    "DEFAULT_LIMIT",
    "DEFAULT_THRESHOLD",
    "Key",
    "NameIndex",
    "index_terms",
    "name_similarity",
    "normalise_name",
    "phonetic_key",
    "rank_names",
]
