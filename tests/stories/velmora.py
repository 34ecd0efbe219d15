"""A fictional week in Velmora: a ferry-terminal fire reported over six days, a fishermen's blockade
in the same harbour the same week, and a wire copy; with annotations written by hand, so the
tests exercise story clustering and the store without depending on what spaCy makes of them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from storyline.model import Annotations, Article, Entity, Event, Mention, Place

CET = timezone(timedelta(hours=2))
VELMORA = Place("Velmora", "HR", 43.51, 16.44, "city", None)
CORRAN = Place("Corran Isle", "HR", 43.17, 16.69, "region", None)
FIRE = ("Disaster", "MAN_MADE_DISASTER")
PROTEST = ("Protests", "Peaceful protest")


@dataclass(frozen=True)
class Report:
    """One article of the fictional corpus and what a reader would annotate in it."""

    key: str
    outlet: str
    title: str
    published: datetime
    text: str
    people: tuple[str, ...]
    orgs: tuple[str, ...]
    event: tuple[str, str]
    event_day: str

    def article(self) -> Article:
        slug = self.key.lower()
        domain = self.outlet.lower().replace("the ", "").replace(" ", "")
        return Article(
            url=f"https://{domain}.example/{self.published:%Y/%m/%d}/{slug}",
            title=self.title,
            text=self.text,
            outlet=self.outlet,
            published=self.published,
            language="en",
        )


WITNESSES = "Witnesses said black smoke rose over the old town for most of the morning.\n"
FIRE_TEXT = (
    "A fire tore through the ferry terminal in Velmora on Monday morning, forcing the evacuation of about two "
    "hundred passengers waiting for the Corran Isle crossing. Firefighters led by chief Anselm Brodic fought the "
    "flames for six hours. Two ticket clerks were taken to hospital with smoke inhalation.\n"
    f"{WITNESSES}The harbour authority suspended all ferry sailings while engineers inspect the damaged pier."
)

REPORTS = [
    Report(
        "F1",
        "The Velmora Times",
        "Fire guts Velmora ferry terminal",
        datetime(2025, 6, 2, 13, 0, tzinfo=CET),
        FIRE_TEXT,
        ("Anselm Brodic",),
        ("harbour authority",),
        FIRE,
        "2025-06-02",
    ),
    Report(
        "F1-copy",
        "The Harbour Ledger",
        "Two hurt as blaze forces evacuation of ferry terminal",
        datetime(2025, 6, 2, 16, 30, tzinfo=CET),
        "(The Velmora Times) " + FIRE_TEXT.replace(WITNESSES, ""),
        ("Anselm Brodic",),
        ("harbour authority",),
        FIRE,
        "2025-06-02",
    ),
    Report(
        "F2",
        "The Lantern Post",
        "Ferry sailings from Velmora stay suspended after terminal blaze",
        datetime(2025, 6, 4, 9, 0, tzinfo=CET),
        "Ferry sailings from Velmora remained suspended on Wednesday, two days after a fire gutted the passenger "
        "terminal. Fire chief Anselm Brodic said investigators were examining an electrical cabinet in the ticket "
        "hall where the blaze is thought to have started. The two clerks treated for smoke inhalation have been "
        "discharged. Passengers bound for Corran Isle are being carried by a chartered boat from the fishing quay.",
        ("Anselm Brodic",),
        (),
        FIRE,
        "2025-06-02",
    ),
    Report(
        "P1",
        "The Velmora Times",
        "Velmora fishermen block harbour over quota cuts",
        datetime(2025, 6, 5, 18, 0, tzinfo=CET),
        "Hundreds of fishermen blocked the entrance to Velmora harbour with their trawlers on Thursday, protesting "
        "against cuts to the sardine quota announced by the fisheries ministry. Police turned back a convoy of "
        "lorries at the fish market. Union leader Mirela Tavcar said the blockade would last until the minister, "
        "Oskar Vlahovic, agreed to meet them.",
        ("Mirela Tavcar", "Oskar Vlahovic"),
        ("fisheries ministry",),
        PROTEST,
        "2025-06-05",
    ),
    Report(
        "P2",
        "The Lantern Post",
        "Fishermen's blockade of Velmora harbour enters second day",
        datetime(2025, 6, 6, 11, 0, tzinfo=CET),
        "The blockade of Velmora harbour by fishing crews entered its second day on Friday as the fisheries ministry "
        "refused to reverse the sardine quota cuts. Mirela Tavcar, who leads the fishermen's union, said more boats "
        "would join from Corran Isle. Minister Oskar Vlahovic called the protest illegal, and police arrested three "
        "skippers at the quay.",
        ("Mirela Tavcar", "Oskar Vlahovic"),
        ("fisheries ministry",),
        PROTEST,
        "2025-06-06",
    ),
    Report(
        "F3",
        "The Quay Gazette",
        "Faulty wiring blamed for Velmora terminal fire",
        datetime(2025, 6, 7, 10, 0, tzinfo=CET),
        "Faulty wiring in the ticket hall caused the fire that destroyed the Velmora ferry terminal, the harbour "
        "authority said on Saturday. Chief Anselm Brodic told reporters the electrical cabinet had not been "
        "inspected since 2019. Ferry crossings to Corran Isle will resume on Monday from a temporary pontoon, and "
        "a new terminal building could take two years.",
        ("Anselm Brodic",),
        ("harbour authority",),
        FIRE,
        "2025-06-02",
    ),
]


def _entity(number: int, text: str, name: str, kind: str, place: Place | None = None) -> Entity:
    mentions, at = [], text.find(name)
    while at >= 0:
        mentions.append(Mention(at, at + len(name), name, kind))
        at = text.find(name, at + 1)
    return Entity(f"e{number}", name, kind, f"{kind}:{name.casefold()}", mentions, place, "HR")


def annotate_by_hand(report: Report, article: Article) -> Annotations:
    """What extraction would ideally find: the people, organisations and places named, and the main event."""
    text = article.text
    found = [("Velmora", "GPE", VELMORA), ("Corran Isle", "LOC", CORRAN)]
    found += [(name, "PERSON", None) for name in report.people] + [(name, "ORG", None) for name in report.orgs]
    entities = [_entity(i, text, *item) for i, item in enumerate(found, start=1) if item[0] in text]
    event_type, sub_type = report.event
    event = Event(event_type, sub_type, None, None, VELMORA, report.event_day, None, None, None, None, confidence=0.9)
    return Annotations(article.id, article.content_hash, entities=entities, events=[event])


def write_corpus(folder: Path, reports: Iterable[Report]) -> list[Path]:
    """Each report as a text file with front matter, as `storyline ingest` reads them."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for report in reports:
        article = report.article()
        path = folder / f"{report.key}.txt"
        header = f"---\ntitle: {report.title}\noutlet: {report.outlet}\nurl: {article.url}\n"
        header += f"published: {report.published.isoformat()}\nlanguage: en\n---\n"
        path.write_text(header + report.text + "\n", encoding="utf-8")
        paths.append(path)
    return paths
