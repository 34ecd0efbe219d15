"""A story's dossier as JSON, terminal text, Markdown and a standalone HTML page."""

from __future__ import annotations

import json
from dataclasses import asdict
from functools import cache
from io import StringIO
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape
from pydantic import TypeAdapter
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from storyline.compare.voices import HOLE
from storyline.model import Dossier, DossierDocument, FactGroup, Place, Statement, StoryEvent, figure
from storyline.views.dates import short_date

STATUS_STYLE = {"corroborated": "green", "single_source": "yellow", "conflicting": "red", "updated": "cyan"}
FORMATS = ("text", "json", "markdown", "html")


def status_label(status: str) -> str:
    """A fact's status as a reader reads it ("single source"); the JSON keeps the key ("single_source")."""
    return status.replace("_", " ")


def fact_status(f: FactGroup) -> str:
    """ "corroborated (killed), hedged, disputed by the army": the status, the figure's slot when the fact is a
    figure, whether a report of it hedges ("reportedly", "allegedly") and who denies it, which the web page shows
    beside it too."""
    slot = f" ({slot_label(f)})" if f.slot else ""
    disputed = f", disputed by {', '.join(f.disputed_by)}" if f.disputed_by else ""
    return status_label(f.status) + slot + (", hedged" if f.hedged else "") + disputed


def changes(f: FactGroup) -> list[dict[str, Any]]:
    """The steps a figure went through, shown where it changed or reports disagree; reports that agree within
    their bounds keep theirs in the data only."""
    return f.sequence if f.status in ("updated", "conflicting") else []


def step_figure(step: dict[str, Any]) -> str:
    """A step's figure: in its words when it is no exact count ("dozens", "at least 14"), else its value."""
    return step.get("words") or figure(step["value"])


def reported_figure(step: dict[str, Any]) -> str:
    """One step of a figure's sequence: "25,000 (police, Pacific Courier)", or by the outlet alone; a vague figure
    in its words ("dozens (Velmora Post)")."""
    by = f"{step['said_by']}, " if step.get("said_by") else ""
    return f"{step_figure(step)} ({by}{step['outlet']})"


def slot_label(f: FactGroup) -> str:
    """ "killed", or "injured: security forces" for the figure of one side."""
    return f"{f.slot}: {SIDE_LABELS[f.side]}" if f.side else f.slot or ""


def dossier_schema() -> dict[str, Any]:
    schema = TypeAdapter(DossierDocument).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Storyline dossier"
    return schema


def to_json(dossiers: list[Dossier]) -> str:
    return json.dumps({"stories": [asdict(d) for d in dossiers]}, ensure_ascii=False, indent=2)


def quoted(content: str) -> str:
    """Words in quotation marks, once: a direct quotation carries its own."""
    return content if content[:1] in '“"' else f"“{content}”"


SIDE_LABELS = {"forces": "security forces", "armed": "armed men"}
BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def passive(cue: str) -> bool:
    """ "were later echoed", "has been labeled", "was being described": a form of "be" and a participle after it
    (not "is reporting", "have noted")."""
    words = cue.casefold().split()
    return bool(words) and (words[0] in BE or "been" in words) and not words[-1].endswith("ing")


def parts(s: Statement) -> tuple[str, str | None, str]:
    """A statement as a reader takes it in, as the words before its cue, the cue, and the words after, each quoted
    once: its cue first ("condemned “the raid”" says what "“the raid”" alone does not); its words first when they
    are the subject the cue follows ("“The findings” were later echoed", "“The plan” has drawn criticism"); around
    the cue when a passive stood inside them ("“32 of its nationals” were described “as part of its forces”")."""
    if not s.cue or s.cue_start is None:
        return "", s.cue, quoted(s.content)
    if s.cue_start >= s.end and (passive(s.cue) or _subject(s)):
        return quoted(s.content), s.cue, ""
    if passive(s.cue) and s.start < s.cue_start and HOLE in s.content:
        before, after = s.content.split(HOLE, 1)
        return quoted(before), s.cue, quoted(after)
    return "", s.cue, quoted(s.content)


def statement_html(s: Statement) -> Markup:
    """`parts` for a page, the cue marked ("the kind" when there is none): one markup for both dossier pages."""
    before, cue, after = parts(s)
    return Markup(" ").join(
        part
        for part in (escape(before), Markup('<span class="cue">{}</span>').format(cue or s.kind), escape(after))
        if part
    )


def _subject(s: Statement) -> bool:
    """The words stand right before the cue and end on a word: its subject (not "“…,” said Varga", "The ferry
    left, said Varga", nor "… according to")."""
    right_before = s.cue_start is not None and 0 <= s.cue_start - s.end <= 1
    return right_before and s.content[-1:].isalnum() and s.kind != "according_to"


def said(s: Statement) -> str:
    return " ".join(part for part in parts(s) if part)


def counted(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def event_kind(event_type: str, sub_event_type: str | None) -> str:
    """ "Protests / Peaceful protest"; a class without sub-types (CASE 2021's "Man-made disaster") once."""
    return event_type if sub_event_type in (None, "", event_type) else f"{event_type} / {sub_event_type}"


def extent(d: Dossier) -> str:
    """ "3 articles, 2 independent sources": how much reporting the dossier rests on."""
    return f"{counted(len(d.articles), 'article')}, {counted(d.independent_sources, 'independent source')}"


def carried_by(s: Statement) -> str:
    """The outlet of a statement, and the outlets whose copies carry the same words."""
    outlet = s.outlet or "unknown outlet"
    return f"{outlet} (also {', '.join(s.also)})" if s.also else outlet


def event_date(event: StoryEvent) -> str:
    """The event's date, and when no report names its day, that it is the day one was told of it."""
    if not event.date:
        return "date unknown"
    return event.date + (" (as reported; no report names the day)" if event.date_precision == "reported" else "")


def _place(event: StoryEvent) -> str:
    return place_text(event.location) if event.location else "unknown place"


def place_text(place: Place) -> str:
    """ "Caracas, VE (city)"; a place no gazetteer here knows has no country to give: "Kesto (city)"."""
    where = f"{place.name}, {place.country}" if place.country else place.name
    return f"{where} ({place.precision})"


def _fatalities(event: StoryEvent) -> str:
    f = event.fatalities
    if f.best is None:
        return "none reported"
    return f"best {f.best} (low {f.low}, high {f.high})"


def _text_dossier(d: Dossier) -> Group:
    parts: list[Any] = []
    head = Text(d.title, style="bold")
    head.append(f"\n{extent(d)}", style="dim")
    parts.append(head)
    for e in d.events:
        actors = "; ".join(a.name for a in e.actors) or "—"
        body = (
            f"{event_kind(e.event_type, e.sub_event_type)}\n{event_date(e)} · {_place(e)}\n"
            f"actors: {actors}\nfatalities: {_fatalities(e)}" + (f"\nnote: {e.note}" if e.note else "")
        )
        parts.append(Panel(body, title="event", title_align="left"))
    facts = Table("status", "src", "fact", "said by", title="Facts", title_justify="left", expand=True)
    for f in d.facts:
        style = STATUS_STYLE.get(f.status, "")
        label = fact_status(f)
        text = f.text if not changes(f) else f.text + "\n" + " → ".join(map(reported_figure, changes(f)))
        facts.add_row(Text(label, style=style), str(f.independent_sources), text, ", ".join(f.attributed_to))
    parts.append(_section(facts))
    voices = Table("speaker", "outlets", "statements", title="Voices", title_justify="left", expand=True)
    for v in d.voices[:15]:
        voices.add_row(v.speaker, ", ".join(v.outlets), "\n".join(said(s)[:120] for s in v.statements[:3]))
    parts.append(_section(voices))
    framing = Table("outlet", "own voice", "in quotes only", title="Framing", title_justify="left", expand=True)
    outlets = sorted({t.outlet for t in d.framing})
    for outlet in outlets:
        own = [f"{t.term}{'*' if t.loaded else ''}" for t in d.framing if t.outlet == outlet and t.voice == "own"]
        quoted = [f"{t.term}{'*' if t.loaded else ''}" for t in d.framing if t.outlet == outlet and t.voice == "quoted"]
        framing.add_row(outlet, ", ".join(own[:8]), ", ".join(quoted[:6]))
    parts.append(_section(framing))
    if d.framing:
        parts.append(Text("* loaded or evaluative wording", style="dim"))
    timeline = Table("date", "", "what", title="Timeline", title_justify="left", expand=True)
    for t in d.timeline:
        timeline.add_row(short_date(t.date), t.kind, f"{t.outlet or ''}: {t.text[:120]}")
    parts.append(_section(timeline))
    return Group(*parts)


def _section(table: Table) -> Table | Text:
    """The table, or a line saying the section has nothing (an article in another language has no voices)."""
    return table if table.row_count else Text(f"{table.title}: none", style="dim")


def render_text(dossiers: list[Dossier], console: Console) -> None:
    for d in dossiers:
        console.rule(f"story {d.id}")
        console.print(_text_dossier(d))


def to_text(dossiers: list[Dossier], width: int = 120) -> str:
    buffer = StringIO()
    render_text(dossiers, Console(file=buffer, width=width, force_terminal=False, color_system=None))
    return buffer.getvalue()


def _md(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def to_markdown(dossiers: list[Dossier]) -> str:
    lines: list[str] = []
    for d in dossiers:
        lines += [
            f"# {_md(d.title)}",
            "",
            extent(d),
            "",
        ]
        for e in d.events:
            lines += [
                "## Event",
                "",
                f"- **type**: {event_kind(e.event_type, e.sub_event_type)}",
                f"- **date**: {event_date(e)}",
                f"- **place**: {_place(e)}",
                f"- **actors**: {', '.join(a.name for a in e.actors) or '—'}",
                f"- **fatalities**: {_fatalities(e)}",
            ]
            if e.note:
                lines.append(f"- **note**: {_md(e.note)}")
            lines.append("")
        facts = []
        for f in d.facts:
            seq = " → ".join(map(reported_figure, changes(f)))
            text = _md(f.text) + (f" ({seq})" if seq else "")
            said_by = _md(", ".join(f.attributed_to))
            facts.append(f"| {fact_status(f)} | {f.independent_sources} | {text} | {said_by} |")
        lines += _md_section("Facts", facts, "| status | sources | fact | said by |\n|---|---|---|---|")
        voices = []
        for v in d.voices:
            voices.append(f"- **{_md(v.speaker)}** ({', '.join(v.outlets)})")
            voices += [f"  - {_md(said(s))} — {_md(carried_by(s))}" for s in v.statements]
        lines += _md_section("Voices", voices)
        framing = [f"| {t.outlet} | {_md(t.term)} | {t.voice} | {'yes' if t.loaded else ''} |" for t in d.framing]
        lines += _md_section("Framing", framing, "| outlet | term | voice | loaded |\n|---|---|---|---|")
        timeline = [f"- {short_date(t.date)} ({t.kind}) {_md(t.outlet)}: {_md(t.text)}" for t in d.timeline]
        lines += _md_section("Timeline", timeline)
        lines += ["## Articles", ""]
        lines += [
            f"- {a.published or 'undated'} · {a.outlet or 'unknown outlet'} · {_md(a.title or '(untitled)')}"
            + (f" (copy group {a.syndication_group})" if a.syndication_group else "")
            for a in d.articles
        ]
        lines.append("")
    return "\n".join(lines)


def _md_section(title: str, rows: list[str], header: str | None = None) -> list[str]:
    """A section's heading and rows (under the table's header, if it is a table), or "none", as the terminal says."""
    if not rows:
        return [f"## {title}", "", "none", ""]
    return [f"## {title}", "", *([header] if header else []), *rows, ""]


@cache
def _templates() -> Environment:
    env = Environment(loader=PackageLoader("storyline.views", "templates"), autoescape=select_autoescape(["html"]))
    env.filters["figure"] = figure
    env.filters["reported_figure"] = reported_figure
    env.filters["changes"] = changes
    env.filters["place_text"] = place_text
    env.filters["statement_html"] = statement_html
    env.filters["fact_status"] = fact_status
    env.filters["short_date"] = short_date
    env.filters["event_date"] = event_date
    return env


def to_html(dossiers: list[Dossier]) -> str:
    return (
        _templates()
        .get_template("dossier.html")
        .render(dossiers=dossiers, status_style=STATUS_STYLE, extent=extent, event_kind=event_kind)
    )


def render(dossiers: list[Dossier], fmt: str) -> str:
    if fmt == "json":
        return to_json(dossiers)
    if fmt == "markdown":
        return to_markdown(dossiers)
    if fmt == "html":
        return to_html(dossiers)
    return to_text(dossiers)
