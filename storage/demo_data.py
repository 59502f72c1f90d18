"""Deterministic, realistic and entirely fictional case files (DOMAIN.md, "Demo data").

Used by `make demo`, the benchmarks and the tests. Names are common given and family names
of the main origin countries, combined at random: they describe nobody. Interview answers
are clearly fictional. The same seed always gives the same data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storage.services.records import RecordService

# (country, family names, given names female, given names male, original-script pairs)
_ORIGINS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "AF",
        ("Ahmadi", "Hakimi", "Rahimi", "Sultani", "Noori", "Karimi", "Hussaini", "Stanekzai"),
        ("Fatima", "Zahra", "Maryam", "Sakina", "Parwana", "Nilofar"),
        ("Mohammad", "Ali", "Ahmad", "Mustafa", "Jawad", "Farid", "Hamid"),
    ),
    (
        "SY",
        ("Al-Hassan", "Khalil", "Haddad", "Al-Ahmad", "Mansour", "Darwish", "Saleh"),
        ("Rasha", "Lina", "Hala", "Nour", "Amal", "Rana"),
        ("Mohammed", "Abdulrahman", "Khaled", "Omar", "Yousef", "Bashar", "Anas"),
    ),
    (
        "ER",
        ("Tesfay", "Gebremedhin", "Habte", "Kidane", "Tekle", "Berhane", "Mehari"),
        ("Helen", "Selam", "Yohana", "Luwam", "Saba", "Rahwa"),
        ("Yonas", "Dawit", "Samuel", "Filmon", "Habtom", "Mulugeta"),
    ),
    (
        "TR",
        ("Yilmaz", "Kaya", "Demir", "Celik", "Sahin", "Yildiz", "Aydin"),
        ("Zeynep", "Elif", "Ayse", "Fatma", "Emine"),
        ("Mehmet", "Mustafa", "Ahmet", "Huseyin", "Ibrahim", "Emre"),
    ),
    (
        "DZ",
        ("Benali", "Bouzid", "Haddad", "Belkacem", "Meziane", "Cherif"),
        ("Amina", "Yasmine", "Samira", "Nadia", "Khadija"),
        ("Karim", "Sofiane", "Yacine", "Mourad", "Rachid", "Said"),
    ),
    (
        "UA",
        ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko"),
        ("Olena", "Iryna", "Natalia", "Oksana", "Kateryna"),
        ("Oleksandr", "Andrii", "Serhii", "Dmytro", "Mykola"),
    ),
    (
        "IQ",
        ("Al-Jubouri", "Hussein", "Al-Obaidi", "Kareem", "Jassim"),
        ("Zainab", "Huda", "Noor", "Shaima"),
        ("Ali", "Hussein", "Haider", "Mustafa", "Ammar"),
    ),
)

DEMO_FAMILY_NAMES: tuple[str, ...] = tuple(
    sorted({n for _, names, _, _ in _ORIGINS for n in names})
)
"""The fictional family names demo persons get: what a log line must never contain."""

_ARABIC = {
    "Mohammed": "محمد",
    "Ahmad": "أحمد",
    "Ali": "علي",
    "Khalil": "خليل",
    "Omar": "عمر",
    "Nour": "نور",
    "Fatima": "فاطمة",
    "Mansour": "منصور",
    "Saleh": "صالح",
    "Haddad": "حداد",
    "Yousef": "يوسف",
    "Darwish": "درويش",
    "Hussein": "حسين",
}
_TIGRINYA = {
    "Tesfay": "ተስፋይ",
    "Habte": "ሃብተ",
    "Yonas": "ዮናስ",
    "Selam": "ሰላም",
    "Kidane": "ኪዳነ",
    "Helen": "ሄለን",
    "Dawit": "ዳዊት",
}
_CYRILLIC = {
    "Kovalenko": "Коваленко",
    "Shevchenko": "Шевченко",
    "Olena": "Олена",
    "Iryna": "Ірина",
    "Oleksandr": "Олександр",
    "Melnyk": "Мельник",
    "Serhii": "Сергій",
}
_LANG = {"AF": "prs", "SY": "ar", "ER": "ti", "TR": "tr", "DZ": "ar", "UA": "uk", "IQ": "ar"}
# ISO 3166-2 region ids: "BE" alone would be both the canton of Bern and the Land Berlin.
_OFFICES = {
    "CH-ZH": "Migrationsamt Zürich",
    "CH-BE": "Amt für Bevölkerungsdienste Bern",
    "CH-VD": "Service de la population Vaud",
    "CH-GE": "Office cantonal de la population",
    "CH-TI": "Sezione della popolazione Ticino",
    "CH-SG": "Migrationsamt St. Gallen",
    "CH-AG": "Amt für Migration Aargau",
    "DE-BY": "Ausländerbehörde München",
    "DE-BW": "Ausländerbehörde Stuttgart",
    "DE-NW": "Ausländerbehörde Köln",
    "DE-HE": "Ausländerbehörde Frankfurt",
    "DE-BE": "Landesamt für Einwanderung Berlin",
}
_REGIONS = tuple(_OFFICES)
_ACCOMMODATION = (
    "Kollektivunterkunft Nord, Zimmer {n}",
    "Centre d'hébergement Les Tilleuls, ch. {n}",
    "Centro collettivo Sud, stanza {n}",
    "Gemeinschaftsunterkunft Ost, Zi. {n}",
)
_NOTES = (
    "Termin mit Dolmetscher vereinbart; Unterlagen zur Identität werden nachgereicht.",
    "Person wirkt erschöpft, Hinweis an Betreuung gegeben (fiktiver Demo-Eintrag).",
    "Rückkehrberatung: Interesse an Programm besprochen, Entscheid folgt.",
    "Arztzeugnis angekündigt; Frist zur Einreichung vermerkt.",
    "Entretien reporté à la demande de la personne (entrée de démonstration).",
    "Colloquio con interprete fissato per la prossima settimana (dati fittizi).",
)
_TASKS = (
    "Reisedokument anfordern",
    "Arztzeugnis einholen",
    "Termin Rückkehrberatung",
    "Verlängerung Aufenthaltsbewilligung prüfen",
    "Stellungnahme an SEM senden",
    "Dublin-Überstellung vorbereiten",
    "Integrationsvereinbarung überprüfen",
)


@dataclass
class DemoCase:
    """One generated case with everything that belongs to it (plain values, no ids)."""

    case: dict[str, Any]
    persons: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (role, values)
    notes: list[str] = field(default_factory=list)
    tasks: list[dict[str, Any]] = field(default_factory=list)
    interview: dict[str, Any] | None = None
    return_assistance: dict[str, Any] | None = None  # AVRR (storage.demo_showcase)


def _birth_date(rng: random.Random, today: date, min_age: int, max_age: int) -> str:
    year = today.year - rng.randint(min_age, max_age)
    precision = rng.random()
    if precision < 0.15:
        return str(year)  # year only, as often in asylum files
    if precision < 0.22:
        return f"{year}-01-01"  # the 01.01. convention
    return date(year, rng.randint(1, 12), rng.randint(1, 28)).isoformat()


def _person(
    rng: random.Random, origin: tuple[Any, ...], today: date, role: str, family: str
) -> dict[str, Any]:
    country, _, female, male = origin
    sex = rng.choice(("female", "male"))
    given = rng.choice(female if sex == "female" else male)
    ages = {"applicant": (19, 60), "spouse": (19, 60), "child": (0, 17)}[role]
    script = _ARABIC | _TIGRINYA | _CYRILLIC
    original = " ".join(script[n] for n in (given, family.replace("Al-", "")) if n in script)
    values: dict[str, Any] = {
        "family_name": family,
        "given_names": given,
        "birth_date": _birth_date(rng, today, *ages),
        "sex": sex,
        "nationalities": [country],
        "languages": [_LANG[country]],
        "name_original": original or None,
    }
    if rng.random() < 0.6:
        values["zemis_number"] = f"{rng.randint(1000, 9999)}.{rng.randint(1000, 9999)}"
    if rng.random() < 0.3:
        values["n_number"] = f"N {rng.randint(100, 999)} {rng.randint(100, 999)}"
    if rng.random() < 0.2:
        digits = f"{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        values["phone"] = f"+41 7{rng.randint(5, 9)} {digits}"
    return values


def generate_cases(
    count: int, *, seed: int = 7, today: date | None = None, assigned_to: str = "demo"
) -> list[DemoCase]:
    """`count` fictional cases; deterministic for a given seed and `today`."""
    rng = random.Random(seed)  # noqa: S311 - reproducible fiction, not secrets
    today = today or date(2026, 11, 27)
    cases = []
    for index in range(count):
        origin = rng.choice(_ORIGINS)
        family = rng.choice(origin[1])
        region = rng.choice(_REGIONS)
        case_type = rng.choice(
            (
                "asylum_support",
                "residence_renewal",
                "family_reunification",
                "hardship",
                "return_assistance",
                "removal_enforcement",
                "integration_agreement",
                "emergency_aid",
            )
        )
        opened = today - timedelta(days=rng.randint(3, 900))
        case = {
            "case_number": f"{region[3:]}-{opened.year}-{index + 1:06d}",
            "case_type": case_type,
            "status": rng.choice(("open", "in_progress", "in_progress", "waiting")),
            "stage": rng.choice(("Erstgespräch", "Abklärung", "Entscheid ausstehend", "Vollzug")),
            "assigned_to": assigned_to,
            "office": _OFFICES[region],
            "region": region,
            "accommodation": rng.choice(_ACCOMMODATION).format(n=rng.randint(1, 240)),
            "vulnerable": rng.random() < 0.15,
            "opened_on": opened.isoformat(),
            "summary": "Fiktiver Demo-Fall. " + rng.choice(_NOTES),
        }
        demo = DemoCase(case)
        demo.persons.append(("applicant", _person(rng, origin, today, "applicant", family)))
        if rng.random() < 0.45:
            demo.persons.append(("spouse", _person(rng, origin, today, "spouse", family)))
            for _ in range(rng.randint(0, 3)):
                demo.persons.append(("child", _person(rng, origin, today, "child", family)))
        demo.notes = [rng.choice(_NOTES) for _ in range(rng.randint(1, 3))]
        for _ in range(rng.randint(1, 3)):
            due = today + timedelta(days=rng.randint(-10, 45))
            demo.tasks.append(
                {
                    "title": rng.choice(_TASKS),
                    "kind": rng.choice(("task", "legal_deadline", "reminder")),
                    "due_on": due.isoformat(),
                    "done": rng.random() < 0.2,
                }
            )
        if rng.random() < 0.5:
            demo.interview = {
                "template": "initial_interview",
                "language": _LANG[origin[0]],
                "interpreter": f"INT-{rng.randint(100, 999)}",
                "status": "draft",
                "answers": {
                    "route": "Fiktive Reiseroute (Demo).",
                    "family": "Angaben zur Familie (Demo).",
                    "health": "Keine Angaben (Demo).",
                },
            }
        cases.append(demo)
    return cases


def insert_demo_case(records: RecordService, demo: DemoCase) -> str:
    """Write one generated case through the services (outbox, audit and index included)."""
    case = records.create("case", demo.case)
    for role, values in demo.persons:
        person = records.create("person", values)
        records.create("case_person", {"person_id": person.id, "role": role}, case_id=case.id)
    insert_case_work(records, case.id, demo)
    return case.id


def insert_case_work(records: RecordService, case_id: str, demo: DemoCase) -> None:
    """Write a case's notes, tasks, interview and return assistance (what a caseworker adds
    to an imported case)."""
    for body in demo.notes:
        records.create("note", {"body": body}, case_id=case_id)
    for task in demo.tasks:
        records.create("task", task, case_id=case_id)
    if demo.interview:
        records.create("interview", demo.interview, case_id=case_id)
    if demo.return_assistance:
        records.create("return_assistance", demo.return_assistance, case_id=case_id)
