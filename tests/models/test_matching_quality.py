"""How good is the duplicate matching? Precision and recall on a labelled set of company pairs.

The set is made here from realistic Dutch company names, with the variations a municipality's
files really hold: "B.V." and "BV", "&" and "en", a typo, a trade name against a legal name, a
phone number written differently, a lost leading zero of a KvK number; and the pairs that are not
the same although they look alike: different companies in one business centre (one address, one
switchboard number), a holding and its operating company (two KvK numbers at one address), the same
family name in another trade on the same street. Deterministic (a fixed seed), no database.

The set is deliberately hard (every kind of pair in the same share, the rare namesakes a few doors
apart as often as the common "B.V."/"BV"); the figures at the default threshold are printed (``-s``)
and the test holds floors under them, so that a change to the rules cannot quietly make matching
worse.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from models.matching import normalise
from models.matching.compare import DEFAULT_MIN_SCORE, Profile, compare

SURNAMES = [
    "Janssen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
    "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
    "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
    "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Bruin",
    "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra",
    "Maas", "Verhoeven", "Koster", "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "Peeters",
]  # fmt: skip
TRADES = [
    "Bakkerij", "Slagerij", "Kapsalon", "Bloemenhuis", "Fietsenmaker", "Installatiebedrijf",
    "Schildersbedrijf", "Autobedrijf", "Cafetaria", "Eetcafé", "Tandartspraktijk", "Boekhandel",
    "Loodgietersbedrijf", "Hoveniersbedrijf", "Dakdekkersbedrijf", "Drukkerij", "Optiek",
    "Kaashandel", "Visspecialist", "Rijschool", "Timmerbedrijf", "Administratiekantoor",
]  # fmt: skip
SUFFIXES = ["", " B.V.", " BV", " V.O.F.", " vof", " Holding B.V."]
STREETS = ["Noordereinde", "Kerkstraat", "Dorpsstraat", "Stationsweg", "Industrieweg", "Havenkade"]


@dataclass(frozen=True)
class Row:
    """A company as a file holds it: what a person typed."""

    name: str
    legal_name: str = ""
    kvk: str = ""
    postcode: str = ""
    house_number: str = ""
    phone: str = ""
    email: str = ""
    trade_name: str = ""


def profile(key: int, row: Row) -> Profile:
    names = tuple(n for n in (row.name, row.legal_name, row.trade_name) if n)
    pc = normalise.postcode(row.postcode) if row.postcode else None
    compact = normalise.postcode_compact(pc) if pc else ""
    house = normalise.house_number(row.house_number) if row.house_number else None
    return Profile(
        key=key,
        kvk_number=normalise.kvk_number(row.kvk) if row.kvk else None,
        names=names,
        addresses=frozenset({(compact, normalise.house_number_key(house))})
        if compact and house
        else frozenset(),
        postcodes=frozenset({compact}) if compact else frozenset(),
        phones=frozenset({p}) if (p := normalise.phone(row.phone) if row.phone else None) else frozenset(),
        emails=frozenset({e}) if (e := normalise.email(row.email) if row.email else None) else frozenset(),
    )


def typo(rnd: random.Random, word: str) -> str:
    i = rnd.randrange(1, len(word) - 1)
    kind = rnd.choice(["drop", "double", "swap"])
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]


def phone_variants(rnd: random.Random) -> tuple[str, str]:
    area, number = rnd.choice(["035", "020", "030", "0294"]), rnd.randrange(100000, 999999)
    national = f"{area}{number}"[:10].ljust(10, "1")
    return f"{national[:3]}-{national[3:]}", f"+31 {national[1:3]} {national[3:6]} {national[6:]}"


def address(rnd: random.Random) -> tuple[str, str]:
    return (
        f"{rnd.randrange(1000, 9999)} {rnd.choice('BCDEGHJKLMNPRT')}{rnd.choice('BCDEGHJKLMNPRT')}",
        str(rnd.randrange(1, 200)),
    )


def labelled_pairs(seed: int = 16) -> list[tuple[Row, Row, bool, str]]:
    rnd = random.Random(seed)
    pairs: list[tuple[Row, Row, bool, str]] = []
    for i in range(156):
        surname, trade = rnd.choice(SURNAMES), rnd.choice(TRADES)
        base = f"{trade} {surname}"
        pc, nr = address(rnd)
        kind = i % 12
        if kind == 0:  # legal form written differently, same address
            a = Row(name=base + " B.V.", postcode=pc, house_number=nr)
            b = Row(name=base + " BV", postcode=pc.replace(" ", "").lower(), house_number=nr)
        elif kind == 1:  # & against en, same address
            a = Row(name=f"{surname} & Zn {trade}", postcode=pc, house_number=nr)
            b = Row(name=f"{surname} en Zn {trade}", postcode=pc, house_number=nr + " ")
        elif kind == 2:  # a typo, same address
            a = Row(name=base, postcode=pc, house_number=nr)
            b = Row(name=f"{trade} {typo(rnd, surname.split()[-1]) if len(surname.split()[-1]) > 3 else surname}",
                    postcode=pc, house_number=nr)  # fmt: skip
        elif kind == 3:  # trade name against legal name, the same phone written differently
            p1, p2 = phone_variants(rnd)
            a = Row(name=base, legal_name=f"{surname} Holding B.V.", postcode=pc, house_number=nr, phone=p1)
            b = Row(name=f"{surname} Holding", postcode=pc, house_number=nr, phone=p2)
        elif kind == 4:  # the same KvK number, one lost its leading zero in Excel
            number = f"0{rnd.randrange(1000000, 9999999)}"
            a = Row(name=base, kvk=number, postcode=pc, house_number=nr)
            b = Row(name=base + " V.O.F.", kvk=number.lstrip("0"))
        elif kind == 5:  # the same e-mail address, the name shortened
            email = f"info@{surname.replace(' ', '').lower()}{trade.lower()[:5]}.nl"
            a = Row(name=base, email=email, postcode=pc, house_number=nr)
            b = Row(name=surname, email=email.upper(), postcode=pc, house_number=nr)
        elif kind == 6:  # moved within the postcode: another house number, same name
            a = Row(name=base + " B.V.", postcode=pc, house_number=nr)
            b = Row(name=base, postcode=pc, house_number=str(int(nr) + 2))
        elif kind == 7:  # house number with addition written differently, word order changed
            a = Row(name=base, postcode=pc, house_number=nr + "a")
            b = Row(name=f"{surname} {trade}", postcode=pc, house_number=nr + " A")
        elif kind == 8:  # a typo and a move within the postcode
            last = surname.split()[-1]
            a = Row(name=base + " B.V.", postcode=pc, house_number=nr)
            b = Row(
                name=f"{trade} {typo(rnd, last) if len(last) > 3 else last}",
                postcode=pc,
                house_number=str(int(nr) + 4),
            )
        elif kind == 9:  # a fancy trade name against the legal name, nothing else shared but the address
            fancy = rnd.choice(
                ["Het Broodhuys", "De Gouden Schaar", "Bloem & Zo", "Het Trapje", "De Smaakmaker"]
            )
            a = Row(name=fancy, postcode=pc, house_number=nr)
            b = Row(name=f"{surname} {trade} B.V.", postcode=pc, house_number=nr)
        elif kind == 10:  # moved to another part of town, the same phone number
            p1, p2 = phone_variants(rnd)
            pc2, nr2 = address(rnd)
            a = Row(name=base, postcode=pc, house_number=nr, phone=p1)
            b = Row(name=base + " B.V.", postcode=pc2, house_number=nr2, phone=p2)
        else:  # an abbreviated trade, same address
            short = {"Installatiebedrijf": "Install.bedr.", "Administratiekantoor": "Adm. kantoor"}.get(
                trade, trade[:5] + "."
            )
            a = Row(name=base, postcode=pc, house_number=nr)
            b = Row(name=f"{short} {surname}", postcode=pc, house_number=nr)
        labels = ["legal form", "& en", "typo", "trade name", "kvk", "email", "moved", "order", "typo moved",
                  "fancy name", "moved town", "abbreviation"]  # fmt: skip
        pairs.append((a, b, True, labels[kind]))
    for i in range(140):
        s1, s2 = rnd.sample(SURNAMES, 2)
        t1, t2 = rnd.sample(TRADES, 2)
        pc, nr = address(rnd)
        kind = i % 7
        if kind == 0:  # two companies in one business centre
            a = Row(name=f"{t1} {s1}", postcode=pc, house_number=nr)
            b = Row(name=f"{t2} {s2}", postcode=pc, house_number=nr)
        elif kind == 1:  # and its shared switchboard number
            p1, p2 = phone_variants(rnd)
            a = Row(name=f"{t1} {s1}", postcode=pc, house_number=nr, phone=p1)
            b = Row(name=f"{t2} {s2}", postcode=pc, house_number=nr, phone=p2)
        elif kind == 2:  # a holding and its operating company: two KvK numbers at one address
            a = Row(
                name=f"{s1} Holding B.V.",
                kvk=str(rnd.randrange(10000000, 99999999)),
                postcode=pc,
                house_number=nr,
            )
            b = Row(
                name=f"{t1} {s1} B.V.",
                kvk=str(rnd.randrange(10000000, 99999999)),
                postcode=pc,
                house_number=nr,
            )
        elif kind == 3:  # the same family name, another trade, the same street
            a = Row(name=f"{t1} {s1}", postcode=pc, house_number=nr)
            b = Row(name=f"{t2} {s1}", postcode=pc, house_number=str(int(nr) + 1))
        elif kind == 4:  # the same trade and name elsewhere in the municipality
            pc2, nr2 = address(rnd)
            a = Row(name=f"{t1} {s1}", postcode=pc, house_number=nr)
            b = Row(name=f"{t1} {s1} B.V.", postcode=pc2, house_number=nr2)
        elif kind == 5:  # namesakes a few doors apart: Jansen and Janssen, the same trade
            a = Row(name=f"{t1} Janssen", postcode=pc, house_number=nr)
            b = Row(name=f"{t1} Jansen", postcode=pc, house_number=str(int(nr) + 6))
        else:  # a holding (its KvK number known) and its shop (not) at one address
            a = Row(
                name=f"{s1} Holding B.V.",
                kvk=str(rnd.randrange(10000000, 99999999)),
                postcode=pc,
                house_number=nr,
            )
            b = Row(name=f"{t1} {s1}", postcode=pc, house_number=nr)
        labels = ["centre", "switchboard", "holding", "family", "elsewhere", "namesake", "holding shop"]
        pairs.append((a, b, False, labels[kind]))
    return pairs


def measure(min_score: int = DEFAULT_MIN_SCORE) -> tuple[float, float, list[str]]:
    tp = fp = fn = 0
    misses: list[str] = []
    for n, (a, b, same, why) in enumerate(labelled_pairs()):
        match = compare(profile(2 * n, a), profile(2 * n + 1, b))
        found = match is not None and match.score >= min_score
        if found and same:
            tp += 1
        elif found:
            fp += 1
            misses.append(f"false match ({why}): {a.name} / {b.name} {match}")
        elif same:
            fn += 1
            misses.append(f"missed ({why}): {a.name} / {b.name} {match}")
    return tp / max(1, tp + fp), tp / max(1, tp + fn), misses


def test_the_labelled_set_is_large_enough_and_balanced() -> None:
    pairs = labelled_pairs()
    assert len(pairs) >= 200
    assert 0.4 <= sum(same for _, _, same, _ in pairs) / len(pairs) <= 0.6


def test_precision_and_recall_at_the_default_threshold() -> None:
    precision, recall, misses = measure()
    print(f"\nprecision {precision:.3f}, recall {recall:.3f} at {DEFAULT_MIN_SCORE}")
    for line in misses:
        print(line)
    # Measured: precision 0.873, recall 0.885. The false matches are namesakes a few doors apart
    # (Janssen and Jansen, the same trade: shown, for a person to say "Geen dubbel"); the misses are
    # fancy trade names with nothing but the address in common, typos that also lost a word, and
    # abbreviations. Floors just under the measured figures.
    assert precision >= 0.85, misses
    assert recall >= 0.85, misses
