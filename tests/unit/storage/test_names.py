"""Name matching: the variants caseworkers meet must match, different names must not."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.names import (
    DEFAULT_THRESHOLD,
    NameIndex,
    index_terms,
    name_similarity,
    normalise_name,
    rank_names,
)

# Spellings of the same name as they appear across passports, registers and interviews.
SAME_NAME = [
    ("Mohammed", "Muhammad"),
    ("Mohammed", "Mohamed"),
    ("Mohammed", "Mohammad"),
    ("Mohammed", "Mohamad"),
    ("Muhammad", "Muhamed"),
    ("Mohamed", "Mohammad"),
    ("Abdulrahman", "Abd al-Rahman"),
    ("Abdulrahman", "Abdelrahman"),
    ("Abdulrahman", "Abdul Rahman"),
    ("Abd al-Rahman", "Abdurrahman"),
    ("Abd-el-Rahman", "Abdelrahman"),
    ("Abdallah", "Abdullah"),
    ("Abd Allah", "Abdullah"),
    ("Abdulkadir", "Abdelkader"),
    ("Abdulkadir", "Abdul Qadir"),
    ("Müller", "Mueller"),
    ("Müller", "Muller"),
    ("Mueller", "Muller"),
    ("Yusuf", "Youssef"),
    ("Yusuf", "Yousef"),
    ("Yusuf", "Jusuf"),
    ("Youssef", "Jusuf"),
    ("Hussein", "Husain"),
    ("Hussein", "Hussain"),
    ("Hussein", "Husein"),
    ("Osman", "Usman"),
    ("Osman", "Othman"),
    ("Usman", "Othman"),
    ("Mehari", "Mehary"),
    ("Tesfay", "Tesfaye"),
    ("Olexandr", "Oleksandr"),
    ("Oleksandr", "Aleksandr"),
    ("Aleksandr", "Alexander"),
    ("Olexandr", "Alexander"),
    ("Ahmad", "Ahmed"),
    ("Ahmad", "Achmed"),
    ("Fatima", "Fatma"),
    ("Fatima", "Fatimah"),
    ("Fatma", "Fatimah"),
    ("Said", "Sayed"),
    ("Said", "Saeed"),
    ("Sayed", "Saeed"),
    ("Zeynep", "Zainab"),
    ("Zeynep", "Zeinab"),
    ("Sergii", "Sergey"),
    ("Sergii", "Serhiy"),
    ("Sergey", "Serhiy"),
    ("Mustafa", "Mustapha"),
    ("Mustafa", "Moustafa"),
    ("Khaled", "Khalid"),
    ("Khaled", "Chalid"),
    ("Nour", "Noor"),
    ("Nour", "Nur"),
    ("Jawad", "Djawad"),
    ("Jawad", "Javad"),
    ("Kareem", "Karim"),
    ("Hassan", "Hasan"),
    ("Ibrahim", "Ebrahim"),
    ("Mahmoud", "Mahmud"),
    ("Yohannes", "Johannes"),
    ("Hamid", "Hamed"),
    ("Leila", "Laila"),
    ("Elias", "Ilyas"),
    ("Salim", "Salem"),
    ("Habtemariam", "Habte Mariam"),
    ("Gebremedhin", "Gebre-Medhin"),
    ("Abu Bakr", "Abubakar"),
    ("Al-Hassan", "Hassan"),
    ("Ahmed bin Salem", "Ahmed Salem"),
    # Other scripts, through anyascii.
    ("Олександр", "Oleksandr"),
    ("Сергій", "Serhiy"),
    ("Мухаммед", "Mohammed"),
    ("Юсуф", "Yusuf"),
    ("ሙሓመድ", "Mohammed"),
    ("ተስፋይ", "Tesfay"),
    ("ሃብቶም", "Habtom"),
]

# Typed in Arabic script (unvowelled) against a Latin spelling: only the direction
# "Arabic query → Latin name" is supported (see the module docstring).
ARABIC_QUERY_FINDS = [
    ("محمد", "Mohammed"),
    ("محمد", "Muhammad"),
    ("يوسف", "Yusuf"),
    ("يوسف", "Youssef"),
    ("حسين", "Hussein"),
    ("فاطمة", "Fatima"),
    ("عبد الرحمن", "Abdulrahman"),
    ("عبد الرحمن", "Abd al-Rahman"),
    ("عبد الله", "Abdullah"),
    ("خالد", "Khaled"),
    ("مصطفى", "Mustafa"),
    ("عثمان", "Othman"),
    ("عثمان", "Osman"),
    ("نور", "Nour"),
    ("جواد", "Jawad"),
    ("زينب", "Zainab"),
    ("سعيد", "Said"),
    ("أحمد", "Ahmad"),
    ("علي", "Ali"),
    ("محمود", "Mahmoud"),
]

# Different names, however close they look.
DIFFERENT_NAMES = [
    ("Mohammed", "Mahmoud"),  # m0h0m0d vs m0hm0d: a different word, not a spelling
    ("Mohammed", "Mehmet"),  # the Turkish form is its own name in Turkish documents
    ("Ahmad", "Hamid"),
    ("Fatima", "Fadia"),
    ("Fatima", "Farida"),
    ("Yusuf", "Yunus"),
    ("Ali", "Alina"),
    ("Ali", "Alia"),
    ("Ali", "Ela"),
    ("Hassan", "Hussein"),  # Hasan and Husayn: the vowels are the difference
    ("Hasan", "Husain"),
    ("Said", "Saad"),
    ("Omar", "Amir"),
    ("Omar", "Ammar"),
    ("Habtom", "Habtemariam"),
    ("Karim", "Kamil"),
    ("Rahman", "Rahim"),
    ("Khalil", "Khaled"),
    ("Jamal", "Kamal"),  # one letter in five is a different name, not a typo
    ("Amina", "Amin"),
    ("Nour", "Noura"),
    ("Hadi", "Hoda"),
    ("Sara", "Zahra"),
    ("Musa", "Moses"),
    ("Aziz", "Anis"),
    ("محمود", "Mohammed"),  # the written waw rules out Mohammed
    ("حسين", "Hassan"),  # the written ya rules out Hassan
]


@pytest.mark.parametrize(("a", "b"), SAME_NAME)
def test_spelling_variants_of_one_name_match_both_ways(a: str, b: str) -> None:
    assert name_similarity(a, b) >= DEFAULT_THRESHOLD
    assert name_similarity(b, a) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(("query", "name"), ARABIC_QUERY_FINDS)
def test_a_query_in_arabic_script_finds_the_latin_spelling(query: str, name: str) -> None:
    assert name_similarity(query, name) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(("a", "b"), DIFFERENT_NAMES)
def test_different_names_stay_below_the_threshold(a: str, b: str) -> None:
    assert name_similarity(a, b) < DEFAULT_THRESHOLD


def test_the_variant_table_is_large_enough_to_mean_something() -> None:
    assert len(SAME_NAME) >= 40


def test_one_letter_neighbours_of_six_letters_match_only_as_typos() -> None:
    # Müller/Miller, Samir/Samira cannot be told from a one-letter typo: they match, but
    # below every real spelling variant.
    assert DEFAULT_THRESHOLD <= name_similarity("Müller", "Miller") < 0.9
    assert name_similarity("Müller", "Miller") < name_similarity("Müller", "Mueller")
    assert DEFAULT_THRESHOLD <= name_similarity("Samir", "Samira") < 0.9


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("Mohammed", "Mohammde"),  # transposition
        ("Fatima", "Fatina"),  # substitution
        ("Abdulrahman", "Abdulrahmn"),  # deletion
        ("Tesfamariam", "Tesfamraiam"),  # transposition
        ("Tesfamariam", "Tesfamarian"),  # substitution
        ("Ghebreyesus", "Gebreyesos"),  # two edits in a long name
        ("Weldemichael", "Weldemikael"),
        ("Shevchenko", "Schewtschenko"),  # German transcription
    ],
)
def test_typos_in_a_name_still_match(name: str, typed: str) -> None:
    assert name_similarity(typed, name) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Moham", "Mohammed"),
        ("Muham", "Mohammed"),
        ("Abd", "Abdulrahman"),
        ("Tesfam", "Tesfamariam"),
    ],
)
def test_an_unfinished_word_finds_the_name_while_typing(typed: str, name: str) -> None:
    assert name_similarity(typed, name, prefix=True) >= DEFAULT_THRESHOLD
    assert name_similarity(typed, name, prefix=True) < name_similarity(name, name, prefix=True)


def test_an_unfinished_word_is_not_a_match_once_the_query_is_complete() -> None:
    assert name_similarity("Moham", "Mohammed") < DEFAULT_THRESHOLD


def test_only_the_last_word_may_be_unfinished() -> None:
    assert name_similarity("Fatima Ahm", "Fatima Ahmadi", prefix=True) >= DEFAULT_THRESHOLD
    unfinished_first = name_similarity("Moham Ali", "Mohammed Ali", prefix=True)
    assert unfinished_first < name_similarity("Ali Moham", "Mohammed Ali", prefix=True)


def test_token_order_does_not_matter() -> None:
    assert name_similarity("Ahmadi Fatima", "Fatima Ahmadi") == 1.0
    assert name_similarity("Rezaei Ali Reza", "Ali Reza Rezaei") == 1.0


def test_one_word_finds_a_person_with_several_names_but_below_a_full_match() -> None:
    partial = name_similarity("Fatima", "Fatima Zahra Ahmadi")
    assert DEFAULT_THRESHOLD <= partial < name_similarity("Fatima", "Fatima")
    assert name_similarity("Ahmadi", "Fatima Zahra Ahmadi") >= DEFAULT_THRESHOLD


def test_every_word_of_the_query_must_be_found() -> None:
    assert name_similarity("Fatima Ahmadi", "Fatima Rezaei") < DEFAULT_THRESHOLD
    assert name_similarity("Fatima Ahmadi", "Fatima") < DEFAULT_THRESHOLD


def test_ranking_puts_the_exact_name_first_then_variants_then_typos() -> None:
    candidates = [
        ("typo", "Mohammde"),
        ("unrelated", "Mahmoud"),
        ("variant", "Muhammad"),
        ("exact", "Mohammed"),
        ("longer", "Mohammed Ali Hassan"),
    ]
    ranked = [key for key, _ in rank_names("Mohammed", candidates)]
    assert ranked == ["exact", "longer", "variant", "typo"]


def test_ranking_while_typing_puts_complete_words_before_completions() -> None:
    ranked = rank_names("Ali", [("alina", "Alina"), ("ali", "Ali"), ("ela", "Ela")], prefix=True)
    assert [key for key, _ in ranked] == ["ali", "alina"]


def test_a_person_is_ranked_once_by_their_best_name() -> None:
    index = NameIndex(
        [
            ("p1", ["Fatima Ahmadi", "فاطمة احمدی", "Fatma Ahmedi"]),
            ("p2", ["Fatima Rezaei"]),
            ("p3", ["Yusuf Haddad", "Youssef Haddad"]),
        ]
    )
    assert index.search("Fatma Ahmadi") == [("p1", pytest.approx(0.97, abs=0.03))]
    assert [key for key, _ in index.search("Youssef")] == ["p3"]
    assert len(index) == 6


def test_limit_and_threshold_are_respected() -> None:
    candidates = [(i, name) for i, name in enumerate(["Mohammed", "Mohamed", "Muhammad", "Ali"])]
    assert len(rank_names("Mohammed", candidates, limit=2)) == 2
    assert [k for k, _ in rank_names("Mohammed", candidates, threshold=0.99)] == [0]


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("Müller", "muller"),
        ("  Al-Hassan  ", "hassan"),
        ("Abd al-Rahman", "abdul rahman"),
        ("Abdelrahman", "abdul rahman"),
        ("ABDURRAHMAN", "abdul rahman"),
        ("Abd Allah", "abdullah"),
        ("Ahmed bin Salem", "ahmed salem"),
        ("Ben Miller", "ben miller"),  # a particle first is a given name
        ("Maria de Souza", "maria souza"),
        ("Олександр", "oleksandr"),
        ("Şükrü Yıldız", "sukru yildiz"),
        ("Sa'id O’Brien", "said obrien"),
        ("Fatima\u200f 😀 Ahmadi", "fatima ahmadi"),
        ("Abdi", "abdi"),
        ("", ""),
    ],
)
def test_normalise_name_examples(raw: str, normalised: str) -> None:
    assert normalise_name(raw) == normalised


@pytest.mark.parametrize(
    ("a", "b"),
    [("Mohammed", "Muhammad"), ("Yusuf", "Youssef"), ("Müller", "Mueller"), ("Khaled", "Chalid")],
)
def test_spelling_variants_share_an_index_term_for_the_prefilter(a: str, b: str) -> None:
    assert set(index_terms(a)) & set(index_terms(b))


def test_index_terms_include_the_normalised_words() -> None:
    terms = index_terms("Abd al-Rahman Haddad")
    assert {"abdul", "rahman", "haddad", "abdulrahman"} <= set(terms)


# --- properties -----------------------------------------------------------------------------

FRAGMENTS = [
    "Mohammed", "Muhammad", "Mahmoud", "Ali", "Alina", "Fatima", "Fatma", "Ahmadi", "Hussein",
    "Hassan", "Abd", "al", "Rahman", "bin", "Yusuf", "Youssef", "Tesfay", "Habte", "Mariam",
    "Olexandr", "Müller", "محمد", "يوسف", "Сергій", "ሙሓመድ", "de", "Said", "Saad", "Zeynep",
]  # fmt: skip
names = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=4).map(" ".join)
typoed = st.builds(
    lambda n, i, c: n[:i] + c + n[i + 1 :], names, st.integers(0, 30), st.sampled_from("aeiksz")
)
any_name = st.one_of(names, typoed)
latin_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12)


@given(st.text())
def test_normalise_name_never_raises_and_is_idempotent(text: str) -> None:
    once = normalise_name(text)
    assert normalise_name(once) == once
    assert once == once.strip() and "  " not in once


@given(st.text(), st.text(), st.booleans())
def test_similarity_never_raises_and_stays_in_0_1(a: str, b: str, prefix: bool) -> None:
    assert 0.0 <= name_similarity(a, b, prefix=prefix) <= 1.0


@given(st.text(alphabet=st.sampled_from("\u200f\u202e\u0627\u0644\u0645 😀-'.\u0301abAB")))
def test_marks_emoji_and_rtl_controls_never_break_matching(text: str) -> None:
    assert 0.0 <= name_similarity(text, "Mohammed Ali", prefix=True) <= 1.0
    index_terms(text)


@given(any_name)
def test_a_name_matches_itself_fully(name: str) -> None:
    if normalise_name(name):
        assert name_similarity(name, name) == pytest.approx(1.0)


@given(latin_word, latin_word)
def test_similarity_of_single_words_is_symmetric(a: str, b: str) -> None:
    if len(normalise_name(a).split()) == len(normalise_name(b).split()) == 1:
        assert name_similarity(a, b) == pytest.approx(name_similarity(b, a))


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(any_name, min_size=1, max_size=12),
    any_name,
    st.sampled_from([0.5, DEFAULT_THRESHOLD, 0.9]),
    st.booleans(),
)
def test_the_index_finds_exactly_what_name_similarity_scores(
    people: list[str], query: str, threshold: float, prefix: bool
) -> None:
    index = NameIndex((i, [name]) for i, name in enumerate(people))
    found = dict(index.search(query, threshold=threshold, prefix=prefix, limit=len(people)))
    expected = {
        i: score
        for i, name in enumerate(people)
        if (score := name_similarity(query, name, prefix=prefix)) >= threshold
    }
    assert found == pytest.approx(expected)
