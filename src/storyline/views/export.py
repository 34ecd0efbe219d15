"""Story events in ACLED's column names, as CSV, JSON or Parquet."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from storyline.extract.places import country_name
from storyline.model import Dossier

ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
]
OUR_COLUMNS = ["fatalities_low", "fatalities_best", "fatalities_high", "independent_sources", "articles", "story_id"]
# ACLED's geo_precision: 1 the town itself, 2 part of a region or near the town, 3 a region or the country
GEO_PRECISION = {"city": 1, "region": 2, "country": 3, "continent": 3, "sea": 3}
# ACLED's time_precision: 1 the day itself, 2 a day near it (here: the day a report told of it), 3 the month or year
TIME_PRECISION = {"day": 1, "reported": 2, "month": 3, "year": 3}
FORMATS = ("acled-csv", "json", "parquet")


def event_rows(dossiers: list[Dossier]) -> list[dict[str, Any]]:
    rows = []
    for d in dossiers:
        outlet_of = {a.id: a.outlet for a in d.articles}
        for n, e in enumerate(d.events, start=1):
            # ACLED's source is who reported the event: the story's other outlets may not have
            outlets = sorted({o for a in e.articles if (o := outlet_of.get(a))})
            loc = e.location
            rows.append(
                {
                    "event_id_cnty": f"{(loc.country if loc and loc.country else 'XX')}-{d.id}-{n}",
                    "event_date": e.date,
                    "time_precision": TIME_PRECISION.get(e.date_precision or ""),
                    "event_type": e.event_type,
                    "sub_event_type": e.sub_event_type,
                    "actor1": e.actors[0].name if e.actors else None,
                    "actor2": e.actors[1].name if len(e.actors) > 1 else None,
                    "country": country_name(loc.country) if loc else None,
                    "location": loc.name if loc else None,
                    "latitude": loc.lat if loc else None,
                    "longitude": loc.lon if loc else None,
                    "geo_precision": GEO_PRECISION.get(loc.precision) if loc else None,
                    "source": "; ".join(outlets),
                    "notes": d.title + (f". {e.note}" if e.note else ""),
                    # ACLED records the most conservative of rival figures, and revises a count as it is updated
                    "fatalities": (e.fatalities.best if e.fatalities.updated else e.fatalities.low) or 0,
                    "fatalities_low": e.fatalities.low,
                    "fatalities_best": e.fatalities.best,
                    "fatalities_high": e.fatalities.high,
                    "independent_sources": e.sources,
                    "articles": len(e.articles),
                    "story_id": d.id,
                }
            )
    return rows


def export(dossiers: list[Dossier], fmt: str, out: Path) -> int:
    """Write the events of these stories to `out`; returns the number of rows."""
    rows = event_rows(dossiers)
    columns = ACLED_COLUMNS + OUR_COLUMNS
    if fmt == "acled-csv":
        with out.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
    elif fmt == "json":
        out.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(rows, schema=_arrow_schema(pa)) if rows else _arrow_schema(pa).empty_table()
        pq.write_table(table, out)
    else:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return len(rows)


def _arrow_schema(pa: Any) -> Any:
    types = {
        "latitude": pa.float64(),
        "longitude": pa.float64(),
        "geo_precision": pa.int32(),
        "time_precision": pa.int32(),
        "fatalities": pa.int32(),
        "fatalities_low": pa.int32(),
        "fatalities_best": pa.int32(),
        "fatalities_high": pa.int32(),
        "independent_sources": pa.int32(),
        "articles": pa.int32(),
    }
    return pa.schema([(c, types.get(c, pa.string())) for c in ACLED_COLUMNS + OUR_COLUMNS])
