"""Geocoding from the offline tables, and the project's country table."""

from __future__ import annotations

import csv
import time
from importlib import resources

import pycountry
import pytest

from storyline.extract.places import countries, country_code, country_name, demonym_country, fold, geocode


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("Caracas", "VE", 10.5, -66.9),
        ("Havana", "CU", 23.1, -82.4),  # a substring search gives Tijuana
        ("Mombasa", "KE", -4.1, 39.7),
        ("Arequipa", "PE", -16.4, -71.5),
        ("Lima", "PE", -12.0, -77.0),  # the city, not Lima region nor Lima, Ohio
        ("Kiev", "UA", 50.5, 30.5),  # an alternate name
        ("St. Petersburg", "RU", 59.9, 30.3),
    ],
)
def test_cities(name: str, country: str, lat: float, lon: float) -> None:
    place = geocode(name, "GPE")
    assert place is not None
    assert (place.country, place.precision) == (country, "city")
    assert place.lat == pytest.approx(lat, abs=0.2) and place.lon == pytest.approx(lon, abs=0.2)
    assert place.geonameid


@pytest.mark.parametrize(
    ("name", "code", "canonical"),
    [
        ("U.S.", "US", "United States"),
        ("US", "US", "United States"),
        ("the United States", "US", "United States"),
        ("America", "US", "United States"),
        ("UK", "GB", "United Kingdom"),
        ("Britain", "GB", "United Kingdom"),
        ("the Netherlands", "NL", "Netherlands"),
        ("Venezuela", "VE", "Venezuela"),
        ("Côte d'Ivoire", "CI", "Ivory Coast"),
        ("Cote d’Ivoire", "CI", "Ivory Coast"),
    ],
)
def test_countries_and_their_aliases(name: str, code: str, canonical: str) -> None:
    place = geocode(name, "GPE")
    assert place is not None
    assert (place.name, place.country, place.precision) == (canonical, code, "country")
    assert place.lat is not None and place.lon is not None


def test_a_country_point_is_its_capital() -> None:
    cuba, havana = geocode("Cuba", "GPE"), geocode("Havana", "GPE")
    assert cuba is not None and havana is not None
    assert (cuba.lat, cuba.lon) == (havana.lat, havana.lon)


def test_regions() -> None:
    texas, zulia = geocode("Texas", "GPE"), geocode("Zulia", "GPE")
    assert texas is not None and (texas.country, texas.precision) == ("US", "region")
    assert zulia is not None and (zulia.country, zulia.precision) == ("VE", "region")
    florida = geocode("Florida", "GPE")  # also a Cuban town and a Uruguayan department
    assert florida is not None and (florida.country, florida.precision) == ("US", "region")
    oklahoma = geocode("Oklahoma", "GPE")  # an alternate name of Oklahoma City
    assert oklahoma is not None and (oklahoma.name, oklahoma.precision) == ("Oklahoma", "region")


@pytest.mark.parametrize(("name", "state"), [("N.C.", "North Carolina"), ("Va.", "Virginia"), ("Calif.", "California")])
def test_us_state_abbreviations(name: str, state: str) -> None:
    place = geocode(name, "GPE")  # "Va." is also an alternate name of a town in Ghana
    assert place is not None and (place.name, place.country, place.precision) == (state, "US", "region")


def test_generic_words_are_no_places() -> None:
    assert geocode("Central", "LOC") is None  # a town in Louisiana, a region of Ghana
    assert geocode("Western", "NORP") is None
    # waters the news means, not the subdivisions named after them (Papua New Guinea's Gulf, Sudan's Red Sea)
    assert geocode("Gulf", "LOC") is None
    red_sea = geocode("Red Sea", "LOC")
    assert red_sea is not None and (red_sea.country, red_sea.precision) == (None, "sea")
    assert geocode("Cross River", "GPE").country == "NG"  # a state named for its river stays a state


def test_continents() -> None:
    africa = geocode("Africa", "LOC")
    assert africa is not None and africa.precision == "continent" and africa.country is None


def test_demonyms_geocode_as_their_country() -> None:
    cuban = geocode("Cuban", "NORP")
    assert cuban is not None and (cuban.name, cuban.country, cuban.precision) == ("Cuba", "CU", "country")
    assert demonym_country("Venezuelans") == "VE"
    assert demonym_country("American") == "US"
    assert demonym_country("Western") is None


def test_unknown_names_and_translated_alternates_give_nothing() -> None:
    assert geocode("Miraflores Palace", "FAC") is None
    assert geocode("Havana Times", "ORG") is None
    assert geocode("White House", "FAC") is None  # an alternate name of Casablanca
    assert geocode("Kiev", "ORG") is None  # alternate names only for names the model called places


def test_the_returned_place_is_the_callers_own() -> None:
    first = geocode("Cuba", "GPE")
    assert first is not None
    first.name = "changed"
    assert geocode("Cuba", "GPE").name == "Cuba"


def test_lookups_are_fast_once_the_tables_are_built() -> None:
    geocode("Caracas", "GPE")
    started = time.perf_counter()
    for _ in range(2000):
        geocode("Caracas", "GPE")
        geocode("Venezuelan", "NORP")
        geocode("Nowhere Special", "GPE")
    assert time.perf_counter() - started < 0.5


def test_fold() -> None:
    assert fold("the U.S.") == fold("US") == "us"
    assert fold("Díaz-Canel") == fold("Diaz-Canel") == "diaz-canel"
    assert fold("Venezuela’s") == "venezuela's"


def test_the_country_table_covers_every_country_once() -> None:
    table = countries()
    assert {c.alpha_2 for c in pycountry.countries} <= set(table)
    assert all(c.name and (c.name == table[c.code].name) for c in table.values())
    with (resources.files("storyline") / "data" / "countries.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == len(table)
    names = [fold(n) for r in rows for n in [r["name"], *r["aliases"].split("|")] if n]
    demonyms = [fold(d) for r in rows for d in r["demonyms"].split("|") if d]
    assert len(names) == len(set(names)), "a name or alias of two countries"
    assert len(demonyms) == len(set(demonyms)), "a demonym of two countries"
    assert not set(names) & set(demonyms)
    assert country_code("Holland") == "NL" and country_code("Burma") == "MM"


def test_a_country_is_named_as_acled_names_it_from_the_project_table() -> None:
    assert [country_name(code) for code in ("RU", "IR", "KP", "VE")] == ["Russia", "Iran", "North Korea", "Venezuela"]
    assert country_name("ZZ") == "ZZ" and country_name(None) is None


def test_a_county_s_own_name_beats_a_town_s_alternate_name() -> None:
    # "Cumbria" is an alternate name of Cumberland, Maryland, and the own name of an English county
    cumbria = geocode("Cumbria", "GPE")
    assert cumbria is not None and (cumbria.country, cumbria.precision) == ("GB", "region")
    # a great city's alternate name still wins
    assert (geocode("Naples", "GPE").country, geocode("Bombay", "GPE").name) == ("IT", "Mumbai")


def test_us_counties_are_regions_of_the_us_by_their_full_name() -> None:
    for name in ("Cook County", "Jefferson Parish", "the Los Angeles County"):
        place = geocode(name, "GPE")
        assert place is not None and (place.country, place.precision) == ("US", "region")
    assert geocode("Cook County", "ORG") is None  # only where the model called it a place


def test_a_us_state_beats_a_small_town_of_its_name_but_a_region_elsewhere_keeps_its_namesake_city() -> None:
    for name in ("Oregon", "Delaware", "Wyoming"):  # towns in Ohio, Ohio and Michigan
        place = geocode(name, "GPE")
        assert place is not None and (place.name, place.precision) == (name, "region")
    ramallah = geocode("Ramallah", "GPE")  # also a governorate of Palestine
    assert ramallah is not None and ramallah.precision == "city"


def test_seas_and_straits_are_places_of_no_country() -> None:
    # "Atlantic" is also a town in Iowa; "The Atlantic" tagged an organization is a magazine
    assert geocode("The Atlantic", "ORG") is None
    waters = (
        ("Gulf of Aden", "Gulf of Aden"),
        ("the Mediterranean", "Mediterranean Sea"),
        ("Atlantic", "Atlantic Ocean"),
    )
    for name, canonical in waters:
        place = geocode(name, "LOC")
        assert place is not None and (place.name, place.country, place.precision) == (canonical, None, "sea")
        assert place.lat is not None and place.lon is not None


def test_regions_by_names_the_lists_lack_have_a_point() -> None:
    for name, country in (
        ("West Bank", "PS"),
        ("Gaza Strip", "PS"),
        ("Crimea", "UA"),
        ("North Kivu", "CD"),
        ("Inner Mongolia", "CN"),  # pycountry's "Nei Mongol"
        ("Bavaria", "DE"),  # pycountry's "Bayern", which had no point
        ("Long Island", "US"),  # not the Bahamas' district so named, the only one the lists have
        ("Bay Area", "US"),
    ):
        place = geocode(name, "GPE")
        assert place is not None and (place.country, place.precision) == (country, "region")
        assert place.lat is not None and place.lon is not None
    # "Gaza" is the Palestinian city, not the province of Mozambique, the more populous country
    gaza = geocode("Gaza", "LOC")
    assert gaza is not None and gaza.country == "PS"


def test_a_region_named_with_its_kind_is_the_region() -> None:
    for name, canonical, country in (
        ("Borno State", "Borno", "NG"),
        ("Idlib province", "Idlib", "SY"),  # "Idlib" alone is the city
        ("Donetsk region", "Donetsk Oblast", "UA"),
        ("Inner Mongolia Autonomous Region", "Inner Mongolia", "CN"),
        ("Washington State", "Washington", "US"),
    ):
        place = geocode(name, "GPE")
        assert place is not None and (place.name, place.country, place.precision) == (canonical, country, "region")
    idlib, donetsk = geocode("Idlib", "GPE"), geocode("Donetsk", "GPE")
    assert idlib is not None and donetsk is not None and idlib.precision == donetsk.precision == "city"
    # a US state's "State" tells it from a notable city; else it is a university's
    for name in ("Illinois State", "Ohio State"):
        assert geocode(name, "GPE") is None


def test_a_region_takes_a_point_inside_it_where_a_city_gives_one() -> None:
    # a US state its largest city's; a region its namesake city's; a county named after a city of its state
    for name, near in (
        ("Michigan", (42.33, -83.05)),
        ("Idlib province", (35.93, 36.63)),
        ("Los Angeles County", (34.05, -118.24)),
    ):
        place = geocode(name, "GPE")
        assert place is not None and place.precision == "region"
        assert place.lat is not None and abs(place.lat - near[0]) < 0.1 and abs(place.lon - near[1]) < 0.1
    # ... and none where no city does
    borno = geocode("Borno", "GPE")
    assert borno is not None and (borno.precision, borno.lat) == ("region", None)


@pytest.mark.parametrize("name", ["Surrey", "Kent", "Essex", "Devon", "Norfolk"])
def test_an_english_county_is_a_region_of_the_united_kingdom(name: str) -> None:
    place = geocode(name, "GPE")
    assert place is not None and (place.country, place.precision) == ("GB", "region")
