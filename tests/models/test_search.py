"""Search as the desk uses it, on both databases: any fragment finds the company, best first."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from models.companies import services as svc
from models.companies.entities import Company
from models.companies.search import MatchReason, SearchHit, SearchService, rebuild_all, write_documents
from models.db import Database
from tests.models.conftest import contact, establishment, module_database, new_area, new_company

Town = tuple[Database, dict[str, int]]


def search(db: Database, fragment: str, **options: object) -> list[SearchHit]:
    with db.session() as session:
        return SearchService(session).search(fragment, **options)


def names(db: Database, fragment: str, **options: object) -> list[str]:
    return [hit.name for hit in search(db, fragment, **options)]


def file_of(db: Database, company_id: int) -> svc.CompanyFile:
    with db.session() as session:
        return svc.company_file(session, company_id)


def build_town(db: Database) -> dict[str, int]:
    """A handful of companies whose fields overlap in the ways that make ranking matter."""
    gooi = new_area(db, "Gooi")
    made = {
        "zwaan": new_company(
            db,
            "Café De Zwaan",
            kvk_number="69599084",
            phone="035-1234567",
            main=establishment(
                establishment_number="000012345678",
                street="Noordereinde",
                house_number="12",
                postcode="1243 JJ",
                city="'s-Graveland",
                area_id=gooi,
            ),
        ),
        "jansen": new_company(
            db,
            "Bakkerij Jansen",
            kvk_number="12345678",
            main=establishment(street="Kerkstraat", house_number="3", postcode="1211 AB", city="Hilversum"),
        ),
        "vermeer": new_company(
            db,
            "Banketbakkerij Vermeer",
            kvk_number="23456789",
            main=establishment(
                trade_name="Vermeer Brood en Banket",
                establishment_number="000069599084",  # holds the KvK number of De Zwaan
                street="Havenstraat",
                house_number="40",
                postcode="1211 CD",
                city="Hilversum",
            ),
        ),
        "schmidt": new_company(
            db,
            "Bakkerei Schmidt",
            main=establishment(street="Laanweg", house_number="7", postcode="3811 CC", city="Amersfoort"),
        ),
        "zwaanhof": new_company(
            db,
            "Zwaanhof Beheer",
            main=establishment(street="Dorpsstraat", house_number="1", postcode="1243 JK", city="Kortenhoef"),
        ),
        "buurman": new_company(
            db,
            "Kapsalon Buurman",
            main=establishment(
                street="Noordereinde", house_number="120", postcode="1243 JJ", city="'s-Graveland"
            ),
        ),
    }
    with db.session() as session:
        svc.add_contact(
            session,
            made["zwaan"],
            contact("Vries", first_name="Jan", name_prefix="de", email="jan@dezwaan.nl"),
        )
        svc.add_contact(session, made["jansen"], contact("Bakker", first_name="Piet", phone="06-12345678"))
        session.commit()
    return made


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def town(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Town]:
    """The town, built once per backend for the tests that only read it."""
    with module_database(request.param, tmp_path_factory) as database:
        yield database, build_town(database)


# -- exact identifiers first ----------------------------------------------------------------------


def test_exact_kvk_number_comes_first(town: Town) -> None:
    db, made = town
    for typed in ("69599084", "6959 9084", "69.59.90.84"):
        hits = search(db, typed)
        assert hits[0].company_id == made["zwaan"], typed
        assert all(hit.score < hits[0].score for hit in hits[1:]), typed
    assert search(db, "69599084")[0] == SearchHit(
        company_id=made["zwaan"],
        name="Café De Zwaan",
        kvk_number="69599084",
        address="Noordereinde 12, 1243 JJ 's-Graveland",
        area="Gooi",
        archived=False,
        score=search(db, "69599084")[0].score,
        reason=MatchReason(label="KvK number", text="69599084", start=0, end=8),
    )
    # Eight digits of De Zwaan's vestigingsnummer are the KvK number of Bakkerij Jansen.
    assert search(db, "12345678")[0].company_id == made["jansen"]


def test_exact_postcode_with_and_without_space(town: Town) -> None:
    db, made = town
    for typed in ("1243 JJ", "1243jj", "1243 jj", " 1243JJ ", "1243-JJ"):
        hits = search(db, typed)
        assert {h.company_id for h in hits[:2]} == {made["zwaan"], made["buurman"]}, typed
        assert made["zwaanhof"] not in [h.company_id for h in hits[:2]], typed


def test_exact_establishment_number(town: Town) -> None:
    db, made = town
    for typed in ("000012345678", "0000 1234 5678", "0000.1234.5678"):
        assert search(db, typed)[0].company_id == made["zwaan"], typed
    assert search(db, "000069599084")[0].company_id == made["vermeer"]


# -- names: prefix before substring before fuzzy --------------------------------------------------


def test_name_prefix_before_substring_before_fuzzy(town: Town) -> None:
    db, _ = town
    assert names(db, "zwaan")[:2] == ["Zwaanhof Beheer", "Café De Zwaan"]
    found = names(db, "bakkerij")
    assert found[:2] == ["Bakkerij Jansen", "Banketbakkerij Vermeer"]  # prefix, then substring
    assert set(found) <= {"Bakkerij Jansen", "Banketbakkerij Vermeer", "Bakkerei Schmidt"}
    hits = search(db, "bakkerij")
    assert hits == sorted(hits, key=lambda h: -h.score)


def test_a_misspelling_still_finds_the_company(town: Town) -> None:
    db, _ = town
    assert "Bakkerij Jansen" in names(db, "bakkerei")
    assert names(db, "bakkerei")[0] == "Bakkerei Schmidt"  # spelled that way: it comes first
    assert names(db, "bakkerij jansn")[0] == "Bakkerij Jansen"
    assert names(db, "banketbakerij")[0] == "Banketbakkerij Vermeer"
    assert names(db, "zwaanhoff")[0] == "Zwaanhof Beheer"


def test_nonsense_finds_nothing(town: Town) -> None:
    db, _ = town
    assert names(db, "qxzvw") == []
    assert names(db, "99999999") == []
    assert names(db, "9999 ZZ") == []


# -- any fragment ---------------------------------------------------------------------------------

FRAGMENTS = [
    ("cafe", "zwaan"),
    ("CAFÉ", "zwaan"),
    ("café de zwaan", "zwaan"),
    ("cafe  de   zwaan", "zwaan"),
    ("s-graveland", "zwaan"),
    ("'s-Graveland", "zwaan"),
    ("s graveland", "zwaan"),
    ("noordereinde 12", "zwaan"),
    ("Noordereinde", "zwaan"),
    ("kerkstraat 3", "jansen"),
    ("hilversum", "jansen"),
    ("amersfoort", "schmidt"),
    ("kortenhoef", "zwaanhof"),
    ("korten", "zwaanhof"),
    ("jan de vries", "zwaan"),
    ("de vries", "zwaan"),
    ("vries", "zwaan"),
    ("piet bakker", "jansen"),
    ("jan@dezwaan.nl", "zwaan"),
    ("dezwaan", "zwaan"),
    ("035-1234567", "zwaan"),
    ("0351234567", "zwaan"),
    ("035 123 4567", "zwaan"),
    ("06-12345678", "jansen"),
    ("0612345678", "jansen"),
    ("vermeer brood", "vermeer"),
    ("havenstraat 40", "vermeer"),
]


def test_any_fragment_finds_the_company(town: Town) -> None:
    db, made = town
    missed = [
        typed
        for typed, expected in FRAGMENTS
        if made[expected] not in [h.company_id for h in search(db, typed)]
    ]
    assert missed == []


def test_street_and_number_prefer_the_exact_house(town: Town) -> None:
    db, made = town
    assert [h.company_id for h in search(db, "noordereinde 120")] == [made["buurman"]]
    assert {h.company_id for h in search(db, "noordereinde 12")[:2]} == {made["zwaan"], made["buurman"]}


def test_one_and_two_characters_match_the_start_of_a_name(town: Town) -> None:
    db, _ = town
    assert names(db, "c") == ["Café De Zwaan"]
    assert names(db, "ca") == ["Café De Zwaan"]
    assert names(db, "zw") == ["Zwaanhof Beheer"]
    assert names(db, "k") == ["Kapsalon Buurman"]
    bakeries = {"Bakkerei Schmidt", "Bakkerij Jansen", "Banketbakkerij Vermeer"}
    assert set(names(db, "b")) == bakeries
    assert set(names(db, "BA")) == bakeries
    assert len(names(db, "b", limit=2)) == 2
    assert names(db, "x") == []


def test_a_short_word_next_to_a_long_one(town: Town) -> None:
    db, _ = town
    assert names(db, "de zwaan")[0] == "Café De Zwaan"
    assert names(db, "jan de")[0] == "Café De Zwaan"


def test_an_empty_query_finds_nothing(town: Town) -> None:
    db, _ = town
    for typed in ("", "   ", "!!!", "'-.,"):
        assert search(db, typed) == [], typed


def test_the_limit_is_respected(db: Database) -> None:
    for i in range(25):
        new_company(db, f"Bloemenzaak Flora {i:02d}", main=establishment(postcode=f"{1100 + i} AA"))
    assert len(search(db, "bloemenzaak")) == 20
    assert len(search(db, "bloemenzaak", limit=5)) == 5
    assert len(search(db, "flora", limit=3)) == 3
    assert len(search(db, "bl", limit=7)) == 7
    assert len(search(db, "b")) == 20
    assert names(db, "flora 07") == ["Bloemenzaak Flora 07"]


# -- the index follows every change ---------------------------------------------------------------


def test_the_index_follows_a_rename(db: Database) -> None:
    made = build_town(db)
    with db.session() as session:
        svc.update_company(
            session, made["vermeer"], 1, svc.CompanyInput(name="Patisserie Lekker", kvk_number="23456789")
        )
        session.commit()
    assert names(db, "patisserie") == ["Patisserie Lekker"]
    assert names(db, "lekker") == ["Patisserie Lekker"]
    assert names(db, "pa") == ["Patisserie Lekker"]
    assert "Patisserie Lekker" not in names(db, "banketbakkerij")
    assert names(db, "vermeer brood") == ["Patisserie Lekker"]  # the trade name stays


def test_the_index_follows_contacts(db: Database) -> None:
    made = build_town(db)
    with db.session() as session:
        svc.add_contact(
            session, made["schmidt"], contact("Oosterhuis", first_name="Greetje", email="greetje@schmidt.de")
        )
        session.commit()
    assert names(db, "oosterhuis") == ["Bakkerei Schmidt"]
    assert names(db, "greetje@schmidt") == ["Bakkerei Schmidt"]

    [record] = file_of(db, made["schmidt"]).contacts
    with db.session() as session:
        svc.update_contact(
            session, record.id, record.version, record.link_id, record.link_version, contact("Westerhuis")
        )
        session.commit()
    assert names(db, "westerhuis") == ["Bakkerei Schmidt"]
    # No longer a contact person there; at most a name like it ("Westerhuis"), said so.
    assert [h.reason.label for h in search(db, "oosterhuis") if h.reason] in ([], ["similar to"])

    [record] = file_of(db, made["schmidt"]).contacts
    with db.session() as session:
        svc.remove_contact(session, record.link_id, record.link_version)
        session.commit()
    assert "Bakkerei Schmidt" not in names(db, "westerhuis")


def test_the_index_follows_establishments(db: Database) -> None:
    made = build_town(db)
    with db.session() as session:
        second = svc.add_establishment(
            session,
            made["jansen"],
            establishment(
                trade_name="Jansen Brood",
                establishment_number="000099999999",
                street="Marktplein",
                house_number="8",
                postcode="1401 AA",
                city="Bussum",
            ),
        )
        session.commit()
    for typed in ("marktplein", "jansen brood", "bussum", "1401 AA", "000099999999"):
        assert names(db, typed) == ["Bakkerij Jansen"], typed

    with db.session() as session:
        svc.update_establishment(
            session,
            second,
            1,
            establishment(
                establishment_number="000099999999",
                street="Veerplein",
                house_number="8",
                postcode="1401 AA",
                city="Bussum",
            ),
        )
        session.commit()
    assert names(db, "veerplein") == ["Bakkerij Jansen"]
    assert names(db, "marktplein") == []

    with db.session() as session:
        svc.archive_establishment(session, second, 2)
        session.commit()
    # An archived establishment is found by nothing, not even its identifiers.
    for gone in ("veerplein", "bussum", "1401 AA", "1401aa", "000099999999"):
        assert names(db, gone) == [], gone
    assert names(db, "kerkstraat") == ["Bakkerij Jansen"]


def test_several_changes_in_one_unit_of_work(db: Database) -> None:
    """The index is rebuilt from the database, not from collections the session loaded earlier."""
    with db.session() as session:
        company_id = svc.create_company(
            session, svc.CompanyInput(name="Fietsenmaker Snel"), establishment(postcode="1111 AA")
        )
        # A caller that looked at the file first: the collections are loaded in this session.
        company = session.get(Company, company_id)
        assert (len(company.establishments), company.contact_links) == (1, [])
        svc.add_contact(session, company_id, contact("Wielaard", first_name="Kees"))
        svc.add_establishment(session, company_id, establishment(street="Spaakstraat", postcode="2222 BB"))
        svc.add_contact(session, company_id, contact("Trapper", first_name="Anna"))
        session.commit()
    for typed in ("wielaard", "spaakstraat", "trapper", "2222 BB", "snel"):
        assert names(db, typed) == ["Fietsenmaker Snel"], typed


def test_rebuild_all_recreates_every_document(db: Database) -> None:
    made = build_town(db)
    with db.session() as session:
        session.execute(text("DELETE FROM company_search"))
        session.commit()
    assert names(db, "hilversum") == []
    with db.session() as session:
        assert rebuild_all(session, batch=2) == len(made)
        session.commit()
    assert set(names(db, "hilversum")) == {"Bakkerij Jansen", "Banketbakkerij Vermeer"}
    assert names(db, "jan de vries") == ["Café De Zwaan"]
    assert names(db, "0612345678") == ["Bakkerij Jansen"]


def test_archived_companies_only_when_asked(db: Database) -> None:
    made = build_town(db)
    with db.session() as session:
        svc.set_archived(session, made["zwaan"], file_of(db, made["zwaan"]).version, True)
        session.commit()
    for typed in (
        "cafe",
        "c",
        "69599084",
        "000012345678",
        "1243 JJ",
        "jan de vries",
        "noordereinde 12",
        "cafe de zwaan",
    ):
        assert "Café De Zwaan" not in names(db, typed), typed
    assert names(db, "1243 JJ") == ["Kapsalon Buurman"]
    for typed in ("cafe de zwaan", "69599084", "c"):
        hits = search(db, typed, include_archived=True)
        assert hits[0].name == "Café De Zwaan", typed
        assert hits[0].archived


# -- what people type (issue 17) and why each hit was found -----------------------------------------


def test_phones_in_international_form(town: Town) -> None:
    db, made = town
    for typed in ("+31 35 123 4567", "0031351234567", "+31351234567", "+31 (0)35-1234567"):
        assert search(db, typed)[0].company_id == made["zwaan"], typed
    assert search(db, "+31 6 12345678")[0].company_id == made["jansen"]


def test_places_and_streets_written_together(town: Town) -> None:
    db, made = town
    assert made["zwaan"] in [h.company_id for h in search(db, "sgraveland")]
    assert search(db, "noordereinde 12 sgraveland")[0].company_id == made["zwaan"]
    assert search(db, "noordereinde12")[0].company_id == made["zwaan"]
    assert search(db, "noordereinde120")[0].company_id == made["buurman"]


def test_a_typo_in_the_first_letters(town: Town) -> None:
    db, made = town
    assert search(db, "bkakerij jansen")[0].company_id == made["jansen"]
    assert search(db, "kpasalon buurman")[0].company_id == made["buurman"]


def test_an_identifier_fragment_ranks_below_the_whole_identifier(town: Town) -> None:
    db, made = town
    # Eight digits: Jansen's KvK number, and a fragment of De Zwaan's vestigingsnummer.
    hits = search(db, "12345678")
    assert hits[0].company_id == made["jansen"]
    assert hits[0].score > max(h.score for h in hits[1:])


def test_each_hit_says_why_it_was_found(town: Town) -> None:
    db, made = town
    [hit] = [h for h in search(db, "jan de vries") if h.company_id == made["zwaan"]]
    assert hit.reason == MatchReason(label="contact person", text="Jan de Vries", start=0, end=12)
    hit = search(db, "noordereinde 120")[0]
    assert hit.reason == MatchReason(label="establishment", text="Noordereinde 120", start=0, end=16)
    hit = search(db, "sgraveland")[0]
    assert (hit.reason.label, hit.reason.text) == ("place", "'s-Graveland") if hit.reason else False
    hit = search(db, "zwaan")[0]
    assert hit.reason is not None and hit.reason.label == "name"
    hit = search(db, "0351234567")[0]
    assert hit.reason is not None and hit.reason.label == "phone" and hit.reason.marked
    hit = search(db, "bakerij jansen")[0]
    assert hit.reason is not None and hit.reason.label == "similar to"


def test_own_and_recent_files_first_when_otherwise_equal(db: Database) -> None:
    from tests.models.conftest import new_user

    me = new_user(db, "els", "Els Smit")
    ids = [
        new_company(
            db, f"Bloemenzaak Flora {i}", allow_duplicate=True, main=establishment(postcode="1100 AA")
        )
        for i in range(4)
    ]
    with db.session() as session:
        plain = [h.company_id for h in SearchService(session).search("1100 AA")]
    assert plain == ids  # equal: by name, the same every time
    with db.session() as session:
        session.get(Company, ids[2]).account_manager_id = me
        session.commit()
    with db.session(user_id=me) as session:
        assert [h.company_id for h in SearchService(session).search("1100 AA")][0] == ids[2]
        recent = SearchService(session).search("1100 AA", recent=[ids[3], ids[1]])
        assert [h.company_id for h in recent] == [ids[3], ids[2], ids[1], ids[0]]


def test_no_input_crashes_the_search(town: Town) -> None:
    db, _ = town
    for typed in (
        '"',
        "NEAR(a b)",
        "a OR b",
        "*",
        "%",
        "_",
        "\\",
        "🙂",
        "x" * 1000,
        "'; --",
        "#n cafe",
        "0" * 40,
    ):
        search(db, typed)


def test_a_broad_fragment_ranks_every_company_it_fits_not_a_cut_of_them(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More companies fit than the candidate step keeps (at 250,000 companies a street or a
    common name fits thousands; here the step keeps 5): the best must still come first — the
    exact house number, and of equal ones the official's own and the file opened lately —
    wherever the database happens to store them (here: made last, the highest ids)."""
    from models.companies import search as search_module
    from tests.models.conftest import new_user

    monkeypatch.setattr(search_module, "CANDIDATES", 5)
    me = new_user(db, "els", "Els Smit")
    for i in range(12):
        company_id = new_company(
            db,
            f"Bloemenzaak Flora {i:02d}",
            allow_duplicate=True,
            main=establishment(street="Dorpsstraat", house_number=f"1{i}"),
        )
        with db.session() as session:
            svc.add_contact(session, company_id, contact("Berg", first_name="Anneke", name_prefix="van der"))
            session.commit()
    new_company(
        db, "Kapsalon Kim", allow_duplicate=True, main=establishment(street="Dorpsstraat", house_number="1")
    )
    own = new_company(
        db, "Schoenmakerij Smit", allow_duplicate=True, main=establishment(street="Brink", house_number="3")
    )
    lately = new_company(
        db, "Viswinkel Vos", allow_duplicate=True, main=establishment(street="Brink", house_number="4")
    )
    with db.session() as session:
        for company_id in (own, lately):
            svc.add_contact(session, company_id, contact("Berg", first_name="Anneke", name_prefix="van der"))
        session.get(Company, own).account_manager_id = me
        session.commit()
    assert names(db, "Dorpsstraat 1")[0] == "Kapsalon Kim"
    assert names(db, "dorpsstraat1")[0] == "Kapsalon Kim"
    with db.session(user_id=me) as session:
        found = SearchService(session).search("Anneke van der Berg", recent=[lately])
    assert [h.company_id for h in found[:2]] == [lately, own]
    assert all(h.reason is not None and h.reason.label == "contact person" for h in found)


def test_a_typo_in_the_first_word_when_its_pieces_fit_more_than_the_candidates(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 250,000 companies the pieces of a misspelt first word ("alon" of "kaspalon", "cht" of
    "vecht") fit thousands, and the company meant was not among the first typo candidates (here
    the step keeps 5): the words behind the first, typed correctly, find it."""
    from models.companies import search as search_module

    monkeypatch.setattr(search_module, "FUZZY_CANDIDATES", 5)
    for i in range(12):
        new_company(
            db,
            f"Kapsalon Echt {i:02d}",
            allow_duplicate=True,
            main=establishment(street="Dorpsstraat", house_number=f"{i + 1}", city="Loosdrecht"),
        )
    meant = new_company(
        db, "Kapsalon De Vecht", allow_duplicate=True, main=establishment(street="Brink", house_number="3")
    )
    assert search(db, "kaspalon de vecht")[0].company_id == meant


def test_a_whole_name_and_its_place_before_a_longer_name_that_holds_the_words(db: Database) -> None:
    """Many companies share the name; the place typed after it makes it one (found at 250,000
    companies: the intended one came 4th, below trade names holding every word with others between)."""
    target = new_company(
        db,
        "Café De Gouden Karper",
        main=establishment(street="Kerklaan", house_number="4", city="'s-Graveland"),
    )
    new_company(
        db,
        "Café De Gouden Karper Smit",
        allow_duplicate=True,
        main=establishment(
            trade_name="Café De Gouden Karper Smit 's-Graveland",
            street="Leeuwenlaan",
            house_number="8",
            city="'s-Graveland",
        ),
    )
    new_company(
        db,
        "Café De Gouden Karper",
        allow_duplicate=True,
        main=establishment(street="Dorpsstraat", house_number="2", postcode="1231 AB", city="Loosdrecht"),
    )
    assert [h.company_id for h in search(db, "Café De Gouden Karper 's-Graveland")][0] == target


# -- the typo search through the names' words (PostgreSQL, revision 0022) -----------------------


def _name_words(db: Database) -> set[str]:
    with db.session() as session:
        return set(session.scalars(text("SELECT word FROM company_search_word")))


def _words_of_the_documents(db: Database) -> set[str]:
    with db.session() as session:
        return set(
            session.scalars(
                text(
                    "SELECT DISTINCT word FROM company_search, "
                    "unnest(tsvector_to_array(company_search_words(doc))) AS word"
                )
            )
        )


def test_the_names_words_follow_every_change_of_the_documents(db: Database) -> None:
    """The distinct words of the names, where a misspelt word is matched first, hold exactly the
    words of the documents' names after every kind of change: a new company and contact person, a
    rename, a contact taken off the file, a rebuild. A word no document holds any more is gone (a
    name taken off a file leaves no trace)."""
    if db.is_sqlite:
        pytest.skip("SQLite's typo search reads FTS5's own index")
    made = build_town(db)
    with db.session() as session:
        svc.add_contact(session, made["schmidt"], contact("Wolfskamp", first_name="Greetje"))
        session.commit()
    words = _name_words(db)
    assert {"bakkerei", "schmidt", "greetje", "wolfskamp", "vermeer", "banket"} <= words
    assert not {"hilversum", "laanweg", "noordereinde", "1243"} & words  # places, streets, numbers: not names
    assert words == _words_of_the_documents(db)

    with db.session() as session:
        svc.update_company(
            session, made["vermeer"], 1, svc.CompanyInput(name="Patisserie Lekker", kvk_number="23456789")
        )
        [record] = svc.company_file(session, made["schmidt"]).contacts
        svc.remove_contact(session, record.link_id, record.link_version)
        session.commit()
    words = _name_words(db)
    assert {"patisserie", "lekker", "vermeer"} <= words  # Vermeer stays: the trade name holds it
    assert not {"banketbakkerij", "wolfskamp", "greetje"} & words
    assert words == _words_of_the_documents(db)

    with db.session() as session:
        rebuild_all(session, batch=2)
        session.commit()
    assert _name_words(db) == words


def test_a_batch_of_documents_keeps_the_names_words_in_one_statement(db: Database) -> None:
    """An import writes its companies' documents in batches; written row by row, the words'
    statement triggers ran once per document (an import of 50,000 companies took 35-50 s more).
    A whole batch is one statement: the triggers run once each, and the words are all there."""
    if db.is_sqlite:
        pytest.skip("SQLite's typo search reads FTS5's own index")
    made = build_town(db)
    ids = sorted(made.values())
    with db.session() as session:
        session.execute(text("SET LOCAL track_functions = 'pl'"))
        docs = [
            {"id": company_id, "doc": f"#n bakkerij woorden{chr(97 + n)}rijk"}
            for n, company_id in enumerate(ids)
        ]
        write_documents(session, docs, replace=True)
        calls = session.scalar(
            text("SELECT pg_stat_get_xact_function_calls(CAST('company_search_words_kept' AS regproc))")
        )
        assert calls == 2  # once for the statement's inserts and once for its updates (was 2 per document)
        session.commit()
    assert {f"woorden{chr(97 + n)}rijk" for n in range(len(ids))} <= _name_words(db)


def test_a_misspelt_name_is_found_through_the_names_words_not_by_reading_documents(db: Database) -> None:
    """At 250,000 companies the documents holding a piece of a misspelt word ("bureau" of
    "adivesbureau") are tens of thousands, read one by one (20-70 ms); the names' words give
    "adviesbureau" and its companies from their own index. No piece of the word is looked for."""
    from sqlalchemy import event

    build_town(db)
    new_company(db, "Adviesbureau Quastenberg", main=establishment(city="Hilversum"))
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, parameters: object, *_args: object) -> None:
        statements.append(f"{statement} {parameters}")

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        found = names(db, "adivesbureau")
        found_two = names(db, "adivesbureau qaustenberg")
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert found[0] == "Adviesbureau Quastenberg"
    assert found_two[0] == "Adviesbureau Quastenberg"
    if not db.is_sqlite:
        assert not [s for s in statements if "%adives%" in s or "%bureau%" in s]
