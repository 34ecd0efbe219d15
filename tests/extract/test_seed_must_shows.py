"""What issue 3 asks the extraction to show on the two seed articles (../shared/data/seeds), read end to end."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline import pipeline, store
from storyline.model import Annotations
from storyline.store import stories as story_store
from storyline.store.annotations import load_annotations

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "data" / "seeds"

pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason=f"the seed articles are not at {SEEDS}")


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Annotations]]:
    story_store.forget()
    engine = store.connect(f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'store.db'}")
    assert pipeline.ingest([str(SEEDS)], engine).ingested == 2
    yield list(load_annotations(engine).values())
    engine.dispose()


def test_the_people_are_persons(seeds: list[Annotations]) -> None:
    types: dict[str, set[str]] = {}
    for ann in seeds:
        for entity in ann.entities:
            types.setdefault(entity.name, set()).add(entity.type)
    for name in ("Nicolás Maduro", "Miguel Díaz-Canel", "Donald Trump", "Delcy Rodríguez", "Vladimir Padrino"):
        assert types.get(name) == {"PERSON"}, name
    assert types.get("Jorge Jraissati") == {"PERSON"}
    assert not any(name.endswith(("Maduro", "Jraissati")) and kinds - {"PERSON"} for name, kinds in types.items())


def test_the_cities_are_geocoded_in_their_countries(seeds: list[Annotations]) -> None:
    places = {e.name: e.place for ann in seeds for e in ann.entities if e.place}
    assert places["Caracas"].country == "VE" and places["Havana"].country == "CU"


def test_the_dead_the_mourning_and_the_quote(seeds: list[Annotations]) -> None:
    killed = [
        q for ann in seeds for q in ann.quantities if q.counted is not None and q.counted.text == "Cuban nationals"
    ]
    assert killed and all((q.value, q.role) == (32, "killed") for q in killed)
    days = [(t.value, t.end_value) for ann in seeds for t in ann.times if t.text == "January 5 and 6"]
    assert days and all(d == ("2026-01-05", "2026-01-06") for d in days)
    quote = [a for ann in seeds for a in ann.attributions if "primary intelligence provider" in a.content.text]
    assert [a.speaker for a in quote] == ["Jorge Jraissati"]


def test_the_main_event_is_in_caracas_with_at_least_32_dead(seeds: list[Annotations]) -> None:
    for ann in seeds:
        main = ann.events[0]
        assert main.location is not None and (main.location.name, main.location.country) == ("Caracas", "VE")
        assert main.fatalities_best is not None and main.fatalities_best >= 32
