"""The command line's parser: every command, its arguments and their help (``cli.py`` runs
them)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .. import __version__

_TEXT_HELP = (
    "JSON article, JSON array or JSON Lines of articles, plain text file, folder, or - for stdin"
)


def _text_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--published-at",
        help="plain text: its publication date or time, e.g. 2024-03-14 or "
        "2024-03-14T08:00:00+03:00 (default: now; dates in the text are read from it)",
    )
    command.add_argument("--id", help="plain text: the article id (default: the file name)")


def _replay_options(replay: argparse.ArgumentParser) -> None:
    replay.add_argument(
        "path",
        nargs="?",
        help="JSON Lines file (.jsonl, .gz, .zst), folder of them, JSON or text file; "
        "or `status` followed by a run id",
    )
    replay.add_argument("status_run", nargs="?", metavar="RUN_ID", help="with status: the run")
    replay.add_argument("--from-topic", metavar="TOPIC", help="replay a Kafka topic instead")
    replay.add_argument("--since", help="--from-topic: from this time (2024-03-01 or with offset)")
    replay.add_argument("--until", help="--from-topic: up to this time (default: its end now)")
    replay.add_argument(
        "--mode",
        choices=["pipeline", "bulk"],
        default="pipeline",
        help="pipeline: articles to the backfill topic for the running service (default); "
        "bulk: extract here on all workers, events straight to the events topic",
    )
    replay.add_argument("--topic", help="pipeline: target topic (NEWSEVENTS_BACKFILL_TOPIC)")
    replay.add_argument("--events-topic", help="bulk: target topic (NEWSEVENTS_EVENTS_TOPIC)")
    replay.add_argument("--rate", type=float, help="pipeline: at most N articles a second")
    replay.add_argument("--run-id", help="resume this run (default: a new one, printed)")
    replay.add_argument(
        "--rejects", type=Path, help="dead-letter file (default: RUN_ID.rejects.jsonl)"
    )
    replay.add_argument("--batch", type=int, default=500, help="records per transaction")
    replay.add_argument(
        "--nice",
        type=int,
        default=10,
        metavar="N",
        help="bulk: run the extraction workers N steps below normal priority, so that a "
        "service on this machine gets the cores first (default 10; 0: normal priority)",
    )
    _text_options(replay)
    replay.add_argument("--show", action="store_true", help="then print the events that arrive")
    replay.add_argument("--idle", type=float, default=10.0, help="--show stops after idle seconds")
    replay.add_argument(
        "--first-wait",
        type=float,
        default=120.0,
        help="--show waits this long for the first event, else exit 75",
    )


def build_parser(description: str | None) -> argparse.ArgumentParser:
    """The parser of every command; ``description``: the command line's help text."""
    # --debug before or after the command: `newsevents --debug extract x` or `... x --debug`.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show the traceback of a failure (or NEWSEVENTS_DEBUG=1)",
    )
    parser = argparse.ArgumentParser(prog="newsevents", description=description, parents=[common])
    parser.add_argument("--version", action="version", version=__version__)
    commands = parser.add_subparsers(dest="command", required=True)
    add_parser = commands.add_parser

    def command_parser(name: str, **options: Any) -> argparse.ArgumentParser:
        return add_parser(name, parents=[common], **options)

    commands.add_parser = command_parser  # type: ignore[method-assign]
    commands.add_parser("run", help="consume articles, publish events (the service)")
    demo = commands.add_parser("demo", help="local broker + service + seeds replay, shows events")
    demo.add_argument("--seeds", default="seeds", help="file or folder of articles to replay")
    demo.add_argument("--json", action="store_true", help="print events as JSON lines")
    replay = commands.add_parser(
        "replay",
        help="replay archived articles (files, folders, a topic) into the pipeline or as "
        "events; resumable; `replay status RUN_ID` shows a run",
    )
    _replay_options(replay)
    feeds = commands.add_parser(
        "feeds", help="poll RSS/Atom feeds, publish their new items to the articles topic"
    )
    feeds.add_argument("file", type=Path, help="the feeds file (TOML; README, Feeds)")
    feeds.add_argument("--once", action="store_true", help="poll each feed once, then exit")
    extract = commands.add_parser("extract", help="print the events of articles, no Kafka")
    extract.add_argument("path", help=_TEXT_HELP)
    _text_options(extract)
    gazetteer = commands.add_parser(
        "gazetteer", help="import GeoNames dumps (villages) into NEWSEVENTS_GAZETTEER_DIR"
    )
    gazetteer_actions = gazetteer.add_subparsers(dest="action", required=True)
    gazetteer_import = gazetteer_actions.add_parser(
        "import", help="allCountries.zip, XX.zip, alternateNamesV2.zip or their .txt"
    )
    gazetteer_import.add_argument("files", nargs="+", type=Path, help="GeoNames dump files")
    gazetteer_import.add_argument(
        "--dir", type=Path, help="where the import goes (default: NEWSEVENTS_GAZETTEER_DIR)"
    )
    gazetteer_import.add_argument(
        "--countries", help="only these ISO codes, comma-separated (e.g. SY,IQ,YE)"
    )
    gazetteer_import.add_argument(
        "--features",
        help="feature classes or class.code to keep, comma-separated "
        "(default: P and camps, bases, airports, oil fields, border posts)",
    )
    gazetteer_import.add_argument(
        "--min-population", type=int, default=0, help="leave out smaller places"
    )
    gazetteer_info = gazetteer_actions.add_parser("info", help="what the import holds")
    gazetteer_info.add_argument("--dir", type=Path, help="default: NEWSEVENTS_GAZETTEER_DIR")
    schemas = commands.add_parser("schemas", help="write the JSON Schemas into schemas/")
    schemas.add_argument("--out", default="schemas")
    ontology = commands.add_parser("ontology", help="print the event type table")
    ontology.add_argument("--markdown", action="store_true")
    dlq = commands.add_parser("dlq", help="list dead letters, or re-publish them")
    dlq.add_argument("action", choices=["list", "republish"])
    dlq.add_argument("--error-class", help="only dead letters of this class, e.g. InvalidJson")
    dlq.add_argument("--only", nargs="+", metavar="PARTITION:OFFSET", help="only these entries")
    dlq.add_argument("--dry-run", action="store_true", help="republish: show, send nothing")
    annotate = commands.add_parser("annotate", help="print every resolved mention as JSON lines")
    annotate.add_argument("path", help=_TEXT_HELP)
    _text_options(annotate)
    evaluate = commands.add_parser("evaluate", help="measure extraction against a gold file")
    evaluate.add_argument(
        "dataset",
        choices=["acled", "geo", "articles", "fakes"],
        help="ACLED CSV, GeoWebNews XML, our article gold (gold/*.jsonl), or a FA-KES CSV",
    )
    evaluate.add_argument("file", help="the gold file (never part of this repository)")
    evaluate.add_argument("--errors", type=int, default=0, help="also list the N commonest errors")
    evaluate.add_argument(
        "--dump", help="acled, articles, fakes: per-row (per-article) results as JSON lines"
    )
    evaluate.add_argument(
        "--texts", help="articles: the texts (FA-KES CSV, GeoWebNews XML or JSON Lines)"
    )
    evaluate.add_argument(
        "--country-hint",
        action="store_true",
        help="acled: tell each note its row's country (article `countries`), as a national "
        "feed would; by default the text alone",
    )
    commands.add_parser(
        "bench",
        add_help=False,  # --help is the harness's
        help="benchmark harness, source checkout only: throughput, latency, memory (--help)",
    )

    return parser
