"""Makes ``search_queries.json``, the labelled query set of the company search (issue 17).

Run once (``python -m tests.models.search_queries_make``) and commit the JSON; the test and the
benchmark read the JSON, never this script. The queries are what a desk employee types about
the demo register of ``SEED`` and ``COMPANIES`` (models.tools.demo): every kind of miss the
issue names, ordinary names, identifiers, postcodes, e-mail, and queries that must find nothing.
Each query is labelled with the companies it should find: one id when the query identifies one
company (the truth is read from the rows, not from the search), several when many fit (a
postcode, a place). Only active (not archived) companies are targets.
"""

from __future__ import annotations

import json
import random
import tempfile
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.companies.entities import Company, CompanyContact, Contact, Establishment
from models.db import Database
from models.migrations import migrate
from models.text import fold
from models.tools import demo

SEED = 1
COMPANIES = 1000
OUT = Path(__file__).with_name("search_queries.json")


def _national(e164: str) -> str:
    return "0" + e164[3:]


def _area_split(e164: str) -> tuple[str, str]:
    """``+31356561234`` → (``35``, ``6561234``); mobile ``6``; the 3-digit area code of Den Berg."""
    rest = e164[3:]
    if rest.startswith("6"):
        return "6", rest[1:]
    if rest.startswith("294"):
        return "294", rest[3:]
    return rest[:2], rest[2:]


def _swap(word: str, at: int) -> str:
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def make() -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{folder}/q.db")
        migrate(db)
        demo.generate(db, COMPANIES, seed=SEED, today=date(2026, 11, 23))
        with db.session() as session:
            queries = labelled(session)
        db.dispose()
    return queries


def labelled(session: Session) -> list[dict]:
    """The labelled queries of the register in ``session`` (the truth read from its rows), so the
    same kinds can be measured on a register of any size (``admin bench --size large``)."""
    rng = random.Random(17)
    companies = {
        cid: (name, kvk, phone, email)
        for cid, name, kvk, phone, email in session.execute(
            select(Company.id, Company.name, Company.kvk_number, Company.phone, Company.email).where(
                Company.archived_at.is_(None)
            )
        )
    }
    ests = [
        row
        for row in session.execute(
            select(
                Establishment.company_id,
                Establishment.street,
                Establishment.house_number,
                Establishment.postcode,
                Establishment.city,
                Establishment.establishment_number,
                Establishment.is_main,
            ).where(Establishment.archived_at.is_(None))
        )
        if row.company_id in companies
    ]
    contacts = [
        row
        for row in session.execute(
            select(
                CompanyContact.company_id,
                Contact.first_name,
                Contact.name_prefix,
                Contact.last_name,
                Contact.email,
                Contact.phone,
            ).join(Contact, Contact.id == CompanyContact.contact_id)
        )
    ]
    archived = set(session.scalars(select(Company.id).where(Company.archived_at.is_not(None))))

    queries: list[dict] = []

    def add(kind: str, query: str, expect: set[int] | list[int]) -> None:
        queries.append({"kind": kind, "query": query, "expect": sorted(expect)})

    def pick(items: list, n: int) -> list:
        items = sorted(items, key=repr)
        rng.shuffle(items)
        return items[:n]

    # -- names ----------------------------------------------------------------------------------
    by_name: dict[str, set[int]] = defaultdict(set)
    for cid, (name, *_rest) in companies.items():
        by_name[fold(name)].add(cid)
    unique = [(companies[next(iter(ids))][0], next(iter(ids))) for ids in by_name.values() if len(ids) == 1]
    for name, cid in pick(unique, 25):
        add("name", name, {cid})
    # The start of a name, cut in its last word, typed as far as it takes to be the only one.
    folded_names = [fold(companies[cid][0]) for cid in companies]
    partial = 0
    for name, cid in pick([(n, c) for n, c in unique if len(fold(n).split()) >= 2], 40):
        words = fold(name).split()
        for cut in range(3, len(words[-1])):
            typed = " ".join([*words[:-1], words[-1][:cut]])
            if sum(typed in other for other in folded_names) == 1:
                add("name_partial", typed, {cid})
                partial += 1
                break
        if partial == 10:
            break
    # Names many companies share: the place makes it one.
    main_city = {e.company_id: e.city for e in ests if e.is_main}
    shared = [(name, ids) for name, ids in by_name.items() if len(ids) > 1]
    for name, ids in pick(shared, 20):
        cities: dict[str, set[int]] = defaultdict(set)
        for cid in ids:
            cities[main_city[cid]].add(cid)
        for city, in_city in sorted(cities.items()):
            if len(in_city) == 1 and fold(city) not in name:
                add("name_and_place", f"{companies[next(iter(in_city))][0]} {city}", in_city)
                break
    # -- a typo in the first letters of the name ---------------------------------------------------
    typo_pool = [(n, c) for n, c in unique if len(fold(n).split()[0]) >= 6]
    for name, cid in pick(typo_pool, 15):
        words = fold(name).split()
        first = words[0]
        variant = rng.randrange(3)
        if variant == 0:
            first = _swap(first, rng.randrange(1, 3))  # "bakkerij" → "bkakerij"
        elif variant == 1:
            at = rng.randrange(1, 4)
            first = first[:at] + first[at + 1 :]  # a letter left out: "bakerij"
        else:
            at = rng.randrange(1, 3)
            first = first[:at] + "aeiou"[rng.randrange(5)] + first[at + 1 :]  # one letter wrong
        add("typo_first_letters", " ".join([first, *words[1:]]), {cid})
    # -- identifiers ----------------------------------------------------------------------------
    with_kvk = [(kvk, cid) for cid, (_n, kvk, _p, _e) in companies.items() if kvk]
    for kvk, cid in pick(with_kvk, 12):
        add("kvk", kvk, {cid})
    for kvk, cid in pick(with_kvk, 5):
        add("kvk_spaced", f"{kvk[:4]} {kvk[4:]}", {cid})
    sevens = Counter(kvk[:7] for kvk, _ in with_kvk)  # counted once: 250,000 numbers are fine too
    prefixes = [(kvk[:7], cid) for kvk, cid in with_kvk if sevens[kvk[:7]] == 1]
    for fragment, cid in pick(prefixes, 6):
        add("kvk_fragment", fragment, {cid})
    numbered = [(e.establishment_number, e.company_id) for e in ests if e.establishment_number]
    for number, cid in pick(numbered, 5):
        add("establishment_number", number, {cid})
    for number, cid in pick(numbered, 5):
        add("establishment_number_short", number.lstrip("0"), {cid})
    # -- postcodes (many may fit: each of them is right) ---------------------------------------------
    by_postcode: dict[str, set[int]] = defaultdict(set)
    for e in ests:
        by_postcode[e.postcode].add(e.company_id)
    for i, (postcode, ids) in enumerate(pick(list(by_postcode.items()), 12)):
        add("postcode", postcode if i % 2 else postcode.replace(" ", "").lower(), ids)
    # -- street and house number ------------------------------------------------------------------
    by_address: dict[tuple[str, str], set[int]] = defaultdict(set)
    for e in ests:
        by_address[(e.street, e.house_number)].add(e.company_id)
    addresses = [(street, number, ids) for (street, number), ids in by_address.items() if len(ids) == 1]
    for i, (street, number, ids) in enumerate(pick(addresses, 24)):
        add(
            "street_number" if i % 3 else "street_number_joined",
            f"{street}{' ' if i % 3 else ''}{number}",
            ids,
        )
    # Street, number and place written without punctuation ('s-Graveland as "sgraveland").
    by_full: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    for e in ests:
        by_full[(e.street, e.house_number, e.city)].add(e.company_id)
    punctuated = [k for k in by_full if any(ch in k[2] for ch in "'- ") and len(by_full[k]) == 1]
    for street, number, city in pick(punctuated, 10):
        add(
            "place_without_punctuation",
            f"{street} {number} {fold(city).replace(' ', '')}",
            by_full[(street, number, city)],
        )
    # A place alone: every company there fits.
    by_city: dict[str, set[int]] = defaultdict(set)
    for e in ests:
        by_city[e.city].add(e.company_id)
    for city in ("'s-Graveland", "Nederhorst den Berg", "Breukeleveen"):
        add("place", fold(city).replace(" ", ""), by_city[city])
    # -- contact persons, with particles ("van der"), as a phrase -----------------------------------
    by_person: dict[str, set[int]] = defaultdict(set)
    for c in contacts:
        full = " ".join(p for p in (c.first_name, c.name_prefix, c.last_name) if p)
        by_person[full].add(c.company_id)
    people = [(full, ids) for full, ids in by_person.items() if len(ids) == 1 and not ids & archived]
    prefixed = [(f, ids) for f, ids in people if len(f.split()) > 2]
    plain = [(f, ids) for f, ids in people if len(f.split()) == 2]
    for full, ids in pick(prefixed, 18):
        add("contact_with_particles", full, ids)
    for full, ids in pick(plain, 7):
        add("contact", full, ids)
    # -- phones and e-mail ------------------------------------------------------------------------
    phones: dict[str, set[int]] = defaultdict(set)
    for cid, (_n, _k, phone, _e) in companies.items():
        if phone:
            phones[phone].add(cid)
    for c in contacts:
        if c.phone and c.company_id in companies:
            phones[c.phone].add(c.company_id)
    single = [(p, ids) for p, ids in phones.items() if len(ids) == 1]
    for i, (phone, ids) in enumerate(pick(single, 16)):
        area, local = _area_split(phone)
        forms = (
            f"+31 {area} {local}",
            f"0031{area}{local}",
            phone,
            f"+31 (0){area}-{local}",
        )
        add("phone_international", forms[i % 4], ids)
    for phone, ids in pick(single, 6):
        area, local = _area_split(phone)
        add("phone_national", f"0{area}-{local}", ids)
    mails: dict[str, set[int]] = defaultdict(set)
    for cid, (_n, _k, _p, mail) in companies.items():
        if mail:
            mails[mail].add(cid)
    for c in contacts:
        if c.email and c.company_id in companies:
            mails[c.email].add(c.company_id)
    for mail, ids in pick([(m, ids) for m, ids in mails.items() if len(ids) == 1], 12):
        add("email", mail, ids)
    # -- queries that should find nothing --------------------------------------------------------
    for nonsense in (
        "qxzvw",
        "zzzzzzzzzz",
        "99999999",
        "000000000001",
        "9999 ZZ",
        "xylofoonhandel",
        "'; DROP TABLE company; --",
        '"',
        "NEAR(a b)",
        "* OR *",
        "%_%",
        "\\",
        "🙂",
        "a" * 300,
        "+31 00 0000000",
    ):
        add("no_hit", nonsense, set())
    return queries


def main() -> None:
    queries = make()
    lines = ",\n".join("  " + json.dumps(q, ensure_ascii=False) for q in queries)
    OUT.write_text(
        f'{{"seed": {SEED}, "companies": {COMPANIES}, "queries": [\n{lines}\n]}}\n', encoding="utf-8"
    )
    kinds: dict[str, int] = defaultdict(int)
    for q in queries:
        kinds[q["kind"]] += 1
    print(len(queries), dict(kinds))


if __name__ == "__main__":
    main()
