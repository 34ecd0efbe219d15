"""The command line: parse arguments, call the stages, print what they return."""

from __future__ import annotations

import functools
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from storyline import store
from storyline.ingest import IngestError, ReadOptions
from storyline.ingest.fetch import FetchPolicy
from storyline.ingest.sources import expand
from storyline.views.dates import short_date

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from storyline.pipeline import IngestSummary

app = typer.Typer(
    help=__doc__ and "Storyline: many outlets' articles -> a source-attributed account of what happened.",
    no_args_is_help=True,
    add_completion=False,
)
eval_app = typer.Typer(help="Measure accuracy on the public evaluation sets.", no_args_is_help=True)
train_app = typer.Typer(help="Retrain the models shipped in the package.", no_args_is_help=True)
app.add_typer(train_app, name="train")
app.add_typer(eval_app, name="eval")
bench_app = typer.Typer(help="Measure speed.", no_args_is_help=True)
app.add_typer(bench_app, name="bench")

err = Console(stderr=True)
out = Console()


def _dataset_command(group: typer.Typer, name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A command that reads an evaluation set: one missing or empty at the path given is a one-line error
    naming it (exit status 2), not a traceback."""

    def register(command: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(command)
        def run(*args: Any, **kwargs: Any) -> Any:
            try:
                return command(*args, **kwargs)
            except FileNotFoundError as exc:
                err.print(f"[red]error[/red] {escape(str(exc))}", highlight=False)
                raise typer.Exit(2) from exc

        return group.command(name)(run)

    return register


DbOption = Annotated[
    str | None, typer.Option("--db", help="Database URL or SQLite path [default: $STORYLINE_DB or ./storyline.db]")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
WeightsOutOption = Annotated[
    Path | None, typer.Option("--out", help="Where to write the weights (default: the package's).")
]


class _DelayedProgress:
    """A progress bar that appears only when the batch runs longer than a second."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        )
        self.task = self.progress.add_task("ingesting", total=total)
        self.quiet, self.started, self.shown = quiet, time.monotonic(), False

    def advance(self, item: str) -> None:
        self.progress.update(self.task, advance=1, description=Path(item).name[:40])
        # only on a terminal: piped or logged stderr gets the error lines and the summary, no bar debris
        if not self.quiet and err.is_terminal and not self.shown and time.monotonic() - self.started > 1:
            self.progress.start()
            self.shown = True

    def stop(self) -> None:
        if self.shown:
            self.progress.stop()


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories or URLs.", show_default=False)],
    db: DbOption = None,
    max_size: Annotated[int, typer.Option(help="Largest input accepted, in bytes.")] = 10_000_000,
    timeout: Annotated[float, typer.Option(help="Seconds before a URL fetch gives up.")] = 15.0,
    allow_private: Annotated[bool, typer.Option(help="Allow fetching private and loopback addresses.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    extract: Annotated[bool, typer.Option(help="Run extraction on new articles as they are stored.")] = True,
    n_process: Annotated[int, typer.Option(help="Processes for the spaCy pass.")] = 1,
) -> None:
    """Read articles from files, directories, feeds, WARC archives and URLs into the store, and annotate them."""
    from storyline.pipeline import refresh

    engine = store.connect(db)
    summary = _ingest(inputs, engine, max_size, timeout, allow_private, quiet, extract, n_process)
    if extract:  # a stored dossier of a story these articles joined is built again
        refresh(engine, summary.added + summary.revised, summary.reshaped)
    raise typer.Exit(1 if summary.failed else 0)


def _report(error: IngestError) -> None:
    """One line naming the item and the reason, printed as they are, not read as rich markup ("notes[draft].txt")."""
    item, reason = (escape(" ".join(str(value).splitlines())) for value in (error.item, error.reason))
    err.print(f"[red]error[/red] {item}: {reason}", highlight=False, soft_wrap=True)


def _ingest(  # the options of `ingest`, shared with `analyze`
    inputs: list[str],
    engine: Engine,
    max_size: int,
    timeout: float,
    allow_private: bool,
    quiet: bool,
    extract: bool,
    n_process: int,
) -> IngestSummary:
    from storyline.pipeline import ingest as run_ingest

    options = ReadOptions(
        max_bytes=max_size, fetch=FetchPolicy(timeout=timeout, max_bytes=max_size, allow_private=allow_private)
    )
    items = list(expand(inputs))
    progress = _DelayedProgress(len(items), quiet)
    try:
        summary = run_ingest(
            items, engine, options, on_error=_report, on_input=progress.advance, extract=extract, n_process=n_process
        )
    finally:
        progress.stop()
    if not quiet:
        err.print(summary.line(), highlight=False, soft_wrap=True)
    return summary


@app.command()
def articles(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List stored articles: id, outlet, title, published, url, language, words."""
    rows = [
        {
            "id": a.id,
            "outlet": a.outlet,
            "title": a.title,
            "published": a.published.isoformat() if a.published else None,
            "url": a.url,
            "language": a.language,
            "words": a.words,
        }
        for a in store.list_articles(store.connect(db))
    ]
    if as_json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    table = Table("id", "outlet", "title", "published", "lang", "words")
    table.columns[0].no_wrap = table.columns[3].no_wrap = True
    table.columns[2].overflow = "ellipsis"
    for row in rows:
        table.add_row(
            row["id"],
            row["outlet"] or "",
            (row["title"] or "")[:60],
            short_date(row["published"]) if row["published"] else "",
            row["language"] or "",
            str(row["words"]),
        )
    out.print(table)
    out.print(f"{len(rows)} articles")


@app.command()
def extract(
    db: DbOption = None,
    all_articles: Annotated[
        bool, typer.Option("--all", help="Re-annotate every article, not just stale ones.")
    ] = False,
    n_process: Annotated[int, typer.Option(help="Processes for the spaCy pass.")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
) -> None:
    """Annotate stored articles that have no annotations for their current revision."""
    from storyline.pipeline import extract as run_extract
    from storyline.pipeline import refresh

    engine = store.connect(db)
    ids = [a.id for a in store.list_articles(engine)] if all_articles else None
    summary = run_extract(engine, ids, n_process=n_process, on_error=_report)
    rebuilt = refresh(engine, summary.ids, summary.reshaped)
    if not quiet:
        failed = f", {len(summary.failed)} failed" if summary.failed else ""
        err.print(f"{summary.annotated} articles annotated{failed}, {len(rebuilt)} dossiers rebuilt", highlight=False)
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="Article id (or a unique prefix of it, or its URL).")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one article's annotations: entities, times, quantities, attributions, claims, events."""
    from storyline.views.article import article_json, render_article

    engine = store.connect(db)
    article = store.get_article(engine, article_id)
    if article is None:
        err.print(f"[red]error[/red] no article matches {article_id!r}", highlight=False)
        raise typer.Exit(1)
    annotations = store.load_annotations(engine, [article.id]).get(article.id)
    if annotations is None or annotations.content_hash != article.content_hash:
        err.print(f"[red]error[/red] article {article.id} is not annotated yet: run `storyline extract`")
        raise typer.Exit(1)
    if as_json:
        print(json.dumps(article_json(article, annotations), ensure_ascii=False, indent=2))
    else:
        render_article(out, article, annotations)


def _span(first: str | None, last: str | None) -> str:
    """An ISO 8601 interval, its end shortened to what differs from its start ("2026-03-13/14")."""
    if not first or not last or first == last:
        return first or last or ""
    same = 8 if first[:8] == last[:8] else 5 if first[:5] == last[:5] else 0
    return f"{first}/{last[same:]}"


@app.command()
def stories(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List stories, the latest first: id, title, time span, articles, independent sources, places."""
    from storyline.store.stories import list_stories

    rows = list_stories(store.connect(db))
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table("id", "title", "span", "articles", "sources", "places")
    table.columns[0].no_wrap = table.columns[2].no_wrap = True  # the id is what `storyline story` takes
    table.columns[1].ratio, table.columns[5].ratio = 3, 1  # the title gets most of a narrow terminal
    for row in rows:
        span = _span(row["first_day"], row["last_day"])
        places = ", ".join(p["name"] for p in row["places"][:2])
        table.add_row(row["id"], (row["title"] or "")[:70], span, str(row["articles"]), str(row["sources"]), places)
    out.print(table)
    out.print(f"{len(rows)} stories")


@app.command()
def story(
    story_id: Annotated[str, typer.Argument(help="Story id, a unique prefix of it, or the id of one of its articles.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one story: title, time span, key entities and places, its articles and their syndication groups."""
    from storyline.store.stories import get_story

    found = get_story(store.connect(db), story_id)
    if found is None:
        err.print(f"[red]error[/red] no story matches {escape(repr(story_id))}", highlight=False)
        raise typer.Exit(1)
    if as_json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return
    span = " to ".join(dict.fromkeys(d for d in (found["first_day"], found["last_day"]) if d)) or "undated"
    out.print(f"[bold]{escape(found['title'] or found['id'])}[/bold]", highlight=False)
    out.print(f"{found['id']}  {span}  {len(found['articles'])} articles, {found['sources']} independent sources")
    out.print("entities: " + ", ".join(e["name"] for e in found["entities"]), highlight=False)
    out.print("places: " + ", ".join(p["name"] for p in found["places"]), highlight=False)
    if found["event_type"]:
        out.print(f"event: {found['event_type']}", highlight=False)
    table = Table("id", "outlet", "title", "published", "copy group")
    table.columns[0].no_wrap = table.columns[3].no_wrap = table.columns[4].no_wrap = True
    table.columns[2].overflow = "ellipsis"
    for a in found["articles"]:
        group = a["syndication_group"] or ""
        table.add_row(
            a["id"],
            a["outlet"] or "",
            (a["title"] or "")[:60],
            short_date(a["published"]) if a["published"] else "",
            group,
        )
    out.print(table)


@app.command()
def recluster(
    db: DbOption = None, quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False
) -> None:
    """Rebuild every story and syndication group from the stored annotations (nothing is parsed again), and the
    stored dossiers with them."""
    from storyline.pipeline import compare
    from storyline.pipeline import recluster as run_recluster

    engine = store.connect(db)
    count = run_recluster(engine)
    rebuilt = compare(engine) if store.dossier_ids(engine) else []  # and those of stories gone are dropped
    if not quiet:
        err.print(f"{count} stories, {len(rebuilt)} dossiers rebuilt", highlight=False)


@_dataset_command(eval_app, "extraction")
def eval_extraction(
    benchmark: Annotated[Path, typer.Option(help="The article-extraction-benchmark folder.")],
    as_json: JsonOption = False,
) -> None:
    """Body extraction on the article-extraction benchmark: word 4-gram P/R/F1 per page, averaged."""
    from storyline.eval.extraction import evaluate

    result = evaluate(benchmark)
    if as_json:
        print(json.dumps(result))
    else:
        out.print(" ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()))


def _print_result(result: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result))
    else:
        out.print_json(json.dumps(result))


@_dataset_command(eval_app, "attribution")
def eval_attribution(
    polnear: Annotated[Path, typer.Option(help="The PolNeAR folder (holding data/<split>/...).")],
    split: Annotated[str, typer.Option(help="train, dev or test.")] = "dev",
    folds: Annotated[
        int | None,
        typer.Option(help="Score train cross-fitted: each of this many folds by a cue model fitted on the others."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Who-said-what spans on PolNeAR: P/R/F1 for source, cue, content and whole attributions."""
    from storyline.eval.polnear import evaluate

    try:
        result = evaluate(polnear, split, folds=folds)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None
    _print_result(result, as_json)


@_dataset_command(eval_app, "event-types")
def eval_event_types(
    case2021: Annotated[Path, typer.Option(help="A CASE 2021 task 2 TSV with labels (id, EventSnippet, SubType).")],
    cross_validated: Annotated[
        bool, typer.Option("--cv", help="Also 5-fold cross-validate a fresh model on the file.")
    ] = False,
    polnear: Annotated[
        Path | None, typer.Option(help="The PolNeAR folder: also measure the event detector against its news.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Event sub-type classification on CASE 2021: weighted and macro F1, per-label F1 (with sentence embeddings;
    the head extraction uses, without them, under without_embeddings); with --polnear, the event detector."""
    from storyline.eval.case2021 import cross_validate, detection, evaluate

    result = {"shipped_model": evaluate(case2021)}
    if cross_validated:
        result["cross_validated"] = cross_validate(case2021)
    if polnear is not None:
        result["detection"] = detection(case2021, polnear)
    _print_result(result, as_json)


@_dataset_command(eval_app, "clustering")
def eval_clustering(
    ecbplus: Annotated[Path, typer.Option(help="The ECB+ folder (topic folders of *ecb.xml / *ecbplus.xml files).")],
    seed: Annotated[
        list[int] | None, typer.Option(help="Seed of the arrival order; repeat for several runs [default: 1].")
    ] = None,
    cache: Annotated[
        Path | None, typer.Option(help="JSON Lines file keeping the annotations between runs (spaCy is slow).")
    ] = None,
    n_process: Annotated[int, typer.Option(help="Processes for the spaCy pass.")] = 1,
    as_json: JsonOption = False,
) -> None:
    """Story clustering on ECB+: B-cubed P/R/F1, pairwise F1, ARI, story counts; incremental and re-clustered."""
    from storyline.eval.ecbplus import DEFAULT_SEED, evaluate

    _print_result(evaluate(ecbplus, seed or [DEFAULT_SEED], cache=cache, n_process=n_process), as_json)


@_dataset_command(eval_app, "coreference")
def eval_coreference(
    ecbplus: Annotated[Path, typer.Option(help="The ECB+ folder: ECB+/<topic>/*.xml and the sentences CSV.")],
    cache: Annotated[
        Path | None, typer.Option(help="JSON Lines file keeping the annotations between runs (spaCy is slow).")
    ] = None,
    threshold: Annotated[
        float | None, typer.Option(help="Average-link threshold of the mention grouping [default: the shipped one].")
    ] = None,
    stories: Annotated[
        bool, typer.Option("--stories", help="Also align within Storyline's predicted stories instead of whole topics.")
    ] = False,
    n_process: Annotated[int, typer.Option(help="Processes for the spaCy pass.")] = 1,
    as_json: JsonOption = False,
) -> None:
    """Cross-document event coreference on ECB+ gold mentions: MUC, B-cubed, CEAF-e and CoNLL F1."""
    from storyline.eval.coreference import evaluate

    result = evaluate(ecbplus, cache=cache, threshold=threshold, n_process=n_process, stories=stories)
    _print_result(result, as_json)


@_dataset_command(train_app, "event-types")
def train_event_types(
    case2021: Annotated[Path, typer.Option(help="A CASE 2021 task 2 TSV with labels.")],
    polnear: Annotated[
        Path, typer.Option(help="The PolNeAR folder: its train articles teach the detector what is no event.")
    ],
    out_path: WeightsOutOption = None,
    as_json: JsonOption = False,
) -> None:
    """Retrain the event sub-type classifier and the event detector (embeds every snippet); writes the weights
    the package ships."""
    from storyline.extract.event_types import WEIGHTS, train

    _print_result(train(case2021, polnear, out_path or WEIGHTS), as_json)


@_dataset_command(train_app, "attribution")
def train_attribution(
    polnear: Annotated[Path, typer.Option(help="The PolNeAR folder (holding data/train/...).")],
    out_path: WeightsOutOption = None,
    as_json: JsonOption = False,
) -> None:
    """Retrain the attribution cue model on PolNeAR's train split; writes the weights the package ships."""
    from storyline.extract.attribution_cues import WEIGHTS
    from storyline.extract.attribution_training import train

    _print_result(train(polnear, out_path or WEIGHTS), as_json)


@bench_app.command("extract")
def bench_extract(
    paths: Annotated[list[Path] | None, typer.Argument(help="Corpus files or folders [default: examples/].")] = None,
    repeat: Annotated[int, typer.Option(help="Runs of each pass; the best is kept.")] = 3,
    as_json: JsonOption = False,
) -> None:
    """Extraction throughput against the bare spaCy pass on the same texts."""
    from storyline.bench.extract import bench

    result = bench(paths or [Path("examples")], repeat=repeat)
    if as_json:
        print(json.dumps(result))
    else:
        out.print_json(json.dumps(result))


@bench_app.command("stories")
def bench_stories(
    sizes: Annotated[str, typer.Option(help="Comma-separated store sizes, in articles.")] = "1000,10000,100000",
    probes: Annotated[int, typer.Option(help="Articles assigned and timed at each size.")] = 400,
    as_json: JsonOption = False,
) -> None:
    """Time to assign one article to a story (p50, p99) and memory, with the store holding each size."""
    from storyline.bench.stories import bench

    try:
        counts = [int(size.replace("_", "")) for size in sizes.split(",") if size.strip()]
    except ValueError as exc:
        raise typer.BadParameter(f"not a list of numbers: {sizes}", param_hint="--sizes") from exc
    _print_result(bench(counts, count=probes), as_json)


FormatOption = Annotated[str, typer.Option("--format", "-f", help="text, json, markdown or html.")]
OutOption = Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of the terminal.")]


def _show_dossiers(dossiers: list, fmt: str, out_path: Path | None) -> None:
    from storyline.views.dossier import FORMATS, render, render_text

    if fmt not in FORMATS:
        err.print(f"[red]error[/red] unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", highlight=False)
        raise typer.Exit(2)
    if out_path is not None:
        out_path.write_text(render(dossiers, fmt), encoding="utf-8")
        err.print(f"{len(dossiers)} dossiers written to {out_path}", highlight=False)
    elif fmt == "text":
        render_text(dossiers, out)
    else:
        sys.stdout.write(render(dossiers, fmt) + "\n")


@app.command()
def analyze(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories or URLs.", show_default=False)],
    db: DbOption = None,
    fmt: FormatOption = "text",
    out_path: OutOption = None,
    max_size: Annotated[int, typer.Option(help="Largest input accepted, in bytes.")] = 10_000_000,
    timeout: Annotated[float, typer.Option(help="Seconds before a URL fetch gives up.")] = 15.0,
    allow_private: Annotated[bool, typer.Option(help="Allow fetching private and loopback addresses.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    n_process: Annotated[int, typer.Option(help="Processes for the spaCy pass.")] = 1,
) -> None:
    """The main job: ingest, extract, cluster and compare, then print one dossier per story the inputs are in."""
    from storyline import pipeline
    from storyline.store.stories import stories_of

    engine = store.connect(db)
    summary = _ingest(inputs, engine, max_size, timeout, allow_private, quiet, True, n_process)
    extracted = pipeline.extract(engine)  # articles stored earlier without annotations (`ingest --no-extract`)
    ids = stories_of(engine, summary.read)
    reshaped = summary.reshaped + extracted.reshaped  # stories that older articles joined or left meanwhile
    pipeline.compare(engine, list(dict.fromkeys(ids + reshaped)))
    _show_dossiers(store.load_dossiers(engine, ids), fmt, out_path)
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def dossier(
    story_id: Annotated[
        str | None, typer.Argument(help="Story id, a unique prefix, or an article id [default: every story].")
    ] = None,
    db: DbOption = None,
    fmt: FormatOption = "text",
    out_path: OutOption = None,
    rebuild: Annotated[bool, typer.Option(help="Compare the sources again from the stored annotations.")] = False,
) -> None:
    """Print the dossier of a stored story (or of every story)."""
    from storyline import pipeline
    from storyline.store.stories import find_story

    engine = store.connect(db)
    ids = None
    if story_id is not None:
        found = find_story(engine, story_id)
        if found is None:
            err.print(f"[red]error[/red] no story matches {escape(repr(story_id))}", highlight=False)
            raise typer.Exit(1)
        ids = [found]
    if rebuild or not store.load_dossiers(engine, ids):
        pipeline.compare(engine, ids)
    _show_dossiers(store.load_dossiers(engine, ids), fmt, out_path)


@app.command()
def export(
    out_path: Annotated[Path, typer.Option("--out", "-o", help="The file to write.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="acled-csv, json or parquet.")] = "acled-csv",
    db: DbOption = None,
) -> None:
    """Write every story's reconciled events in ACLED's columns, with low/best/high fatalities and source counts."""
    from storyline.views.export import FORMATS
    from storyline.views.export import export as write

    if fmt not in FORMATS:
        err.print(f"[red]error[/red] unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", highlight=False)
        raise typer.Exit(2)
    count = write(store.load_dossiers(store.connect(db)), fmt, out_path)
    err.print(f"{count} events written to {out_path}", highlight=False)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(envvar="STORYLINE_TOKEN", help="Bearer token for POST /articles; without one, writes are off."),
    ] = None,
    allow_private: Annotated[
        bool, typer.Option(help="Let POST /articles fetch URLs on private and loopback addresses.")
    ] = False,
    max_body: Annotated[int, typer.Option(help="Largest request body POST /articles accepts, in bytes.")] = 5_000_000,
) -> None:
    """Serve the web pages and the HTTP API (OpenAPI at /docs) over the store."""
    import uvicorn

    from storyline.web import create_app

    web_app = create_app(db, token=token, allow_private=allow_private, max_body=max_body)
    writes = "POST /articles needs the bearer token" if token else "write endpoints off (no --token)"
    err.print(f"Storyline at http://{host}:{port}/ (API docs at /docs); {writes}", highlight=False, soft_wrap=True)
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


if __name__ == "__main__":
    app()
