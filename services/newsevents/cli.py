"""Command line: ``newsevents run | demo | replay | feeds | dlq | extract | annotate |
evaluate | gazetteer | schemas | ontology | bench``.

Expected failures (a bad file, an invalid setting, no broker) end in two lines on stderr, what
is wrong and what to do, and an exit code per class (:mod:`.failures`); ``--debug`` or
``NEWSEVENTS_DEBUG=1`` adds the traceback."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import structlog

from . import __version__
from .config import Settings, load_settings
from .failures import BadConfiguration, BadInput, BrokerUnreachable, CommandFailed
from .inputs import TextDefaults, parse_published_at
from .logs import configure_logging

log = structlog.get_logger(__name__)

# `demo` starts a local broker when none is configured; these need one.
_NEEDS_BROKER = frozenset({"run", "replay", "dlq", "feeds"})
# The commands that extract events (and so use NEWSEVENTS_GAZETTEER_DIR).
_EXTRACTS = frozenset({"run", "demo", "extract", "annotate", "evaluate"})


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


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown and args.command != "bench":  # bench passes its options to benchmarks/harness.py
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    args.bench_options = unknown
    debug = getattr(args, "debug", False) or os.environ.get("NEWSEVENTS_DEBUG", "") not in ("", "0")
    try:
        return _command(args)
    except CommandFailed as error:
        if debug:
            traceback.print_exc()
        _say(error.what, error.todo)
        return error.exit_code


def _say(what: str, todo: str | None = None) -> None:
    """One line of what is wrong, one of what to do: stderr, plain text (not a log line)."""
    sys.stderr.write(f"newsevents: {what}\n" + (f"  {todo}\n" if todo else ""))


class _Skipped:
    """Reports each bad file or line of a batch and counts them; the batch goes on."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, problem: str) -> None:
        self.count += 1
        _say(f"skipped {problem}")

    def exit_code(self) -> int:
        if not self.count:
            return 0
        _say(f"{self.count} skipped (see above); the rest was read", None)
        return BadInput.exit_code


def _parser() -> argparse.ArgumentParser:
    # --debug before or after the command: `newsevents --debug extract x` or `... x --debug`.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show the traceback of a failure (or NEWSEVENTS_DEBUG=1)",
    )
    parser = argparse.ArgumentParser(prog="newsevents", description=__doc__, parents=[common])
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
    evaluate.add_argument("--texts", help="articles: the texts (FA-KES CSV or JSON Lines)")
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


def _settings(command: str) -> Settings:
    from pydantic import ValidationError

    try:
        settings, ignored = load_settings(command)
    except ValidationError as error:
        first = error.errors()[0]
        name = f"NEWSEVENTS_{str(first['loc'][0]).upper()}" if first["loc"] else "a setting"
        raise BadConfiguration(
            f"{name}={first.get('input')!r}: {first['msg']}",
            "fix or unset it (README, Settings)",
        ) from None
    for setting in ignored:
        _say(
            f"ignoring {setting.variable}={setting.value!r} ({setting.reason}): "
            f"{command} does not use it"
        )
    return settings


def _text_defaults(args: argparse.Namespace) -> TextDefaults:
    published = getattr(args, "published_at", None)
    return TextDefaults(
        published_at=parse_published_at(published) if published else None,
        article_id=getattr(args, "id", None),
    )


def _command(args: argparse.Namespace) -> int:
    settings = _settings(args.command)
    configure_logging(settings.log_level)
    if args.command == "bench":
        return _bench(args.bench_options)
    if args.command == "gazetteer":
        from .gazetteer_import import gazetteer_command

        return gazetteer_command(args, settings)
    if settings.gazetteer_dir and args.command in _EXTRACTS:
        from .extraction.places.gazetteer import use_import
        from .extraction.places.sources import ImportMissing

        try:  # here, not in a worker, so that a wrong directory stops the command clearly
            use_import(Path(settings.gazetteer_dir))
        except ImportMissing as error:
            raise BadConfiguration(
                f"NEWSEVENTS_GAZETTEER_DIR: {error}", "run newsevents gazetteer import, or unset it"
            ) from None
    if args.command == "extract":
        skipped = _Skipped()
        _extract(args.path, settings, _text_defaults(args), skipped)
        return skipped.exit_code()
    if args.command in ("annotate", "evaluate"):
        from .evaluation import commands as evaluation_commands

        if args.command == "annotate":
            skipped = _Skipped()
            evaluation_commands.annotate(args.path, _text_defaults(args), skipped)
            return skipped.exit_code()
        return evaluation_commands.evaluate(
            args.dataset, args.file, args.errors, args.dump, args.texts, args.country_hint
        )
    if args.command == "schemas":
        from .schemas import write_schemas

        for path in write_schemas(Path(args.out)):
            sys.stdout.write(f"{path}\n")
        return 0
    if args.command == "ontology":
        from .extraction.ontology import EVENT_TYPES, markdown_table

        if args.markdown:
            sys.stdout.write(markdown_table() + "\n")
        else:
            for t in EVENT_TYPES:
                sys.stdout.write(f"{t.name}\t{t.plover}\t{t.cameo}\t{t.acled_sub_event_type}\n")
        return 0
    if args.command == "feeds":  # a bad feeds file is said before anything else
        from .web.feeds.command import feeds_from_file

        args.feeds = feeds_from_file(args.file, settings)
    if args.command in _NEEDS_BROKER and not settings.bootstrap_servers:
        raise BadConfiguration(
            f"{args.command} needs a Kafka broker and NEWSEVENTS_BOOTSTRAP_SERVERS is not set",
            "set it, e.g. NEWSEVENTS_BOOTSTRAP_SERVERS=localhost:9092",
        )
    return _with_broker(args, settings)


def _with_broker(args: argparse.Namespace, settings: Settings) -> int:
    from aiokafka.errors import KafkaConnectionError

    try:
        if args.command == "run":
            return asyncio.run(_run(settings))
        if args.command == "dlq":
            return asyncio.run(_dlq(settings, args))
        if args.command == "feeds":
            return asyncio.run(_feeds(settings, args))
        if args.command == "replay":
            return asyncio.run(_replay(args, settings))
        from .demo import run_demo

        skipped = _Skipped()
        code = asyncio.run(run_demo(settings, Path(args.seeds), as_json=args.json, skipped=skipped))
        return code or skipped.exit_code()
    except KafkaConnectionError:
        if settings.bootstrap_servers:  # a wrong password or certificate, in words
            from .stream.clients import explain_connection_failure

            cause = asyncio.run(explain_connection_failure(settings, settings.bootstrap_servers))
            if cause is not None:
                raise cause from None
        where = settings.bootstrap_servers or "the local broker"
        raise BrokerUnreachable(
            f"cannot reach the Kafka broker at {where}",
            "start it, or check NEWSEVENTS_BOOTSTRAP_SERVERS "
            "(unset, `newsevents demo` starts a local broker)",
        ) from None


def _extract(
    path: str, settings: Settings, text: TextDefaults, skipped: Callable[[str], None]
) -> None:
    from .extraction.pipeline import configure, extract_events
    from .inputs import read_articles
    from .web.pages.standalone import PageFetching

    configure(
        include_background=settings.include_background,
        gazetteer_dir=settings.gazetteer_dir,
        max_text_chars=settings.max_text_chars,
    )
    # A url-only article's page is fetched as the service would (NEWSEVENTS_FETCH_*).
    with PageFetching(settings) as fetched:
        for article in read_articles(path, text, skipped, complete=fetched):
            with structlog.contextvars.bound_contextvars(article_id=article.id):
                events = extract_events(article)
                log.info("article_extracted", events=len(events))
            for event in events:
                sys.stdout.write(event.model_dump_json() + "\n")


async def _dlq(settings: Settings, args: argparse.Namespace) -> int:
    from .stream import dlq_admin
    from .stream.clients import connection_kwargs

    assert settings.bootstrap_servers, "main checks that a broker is configured"
    connection = connection_kwargs(settings)
    if args.action == "list":
        return await dlq_admin.list_dead_letters(
            settings.bootstrap_servers, settings.dlq_topic, args.error_class, connection=connection
        )
    return await dlq_admin.republish_dead_letters(
        settings.bootstrap_servers,
        settings.dlq_topic,
        error_class=args.error_class,
        only=set(args.only) if args.only else None,
        dry_run=args.dry_run,
        connection=connection,
    )


async def _feeds(settings: Settings, args: argparse.Namespace) -> int:
    from .signals import stop_on_signals
    from .web.feeds.command import run_feeds

    assert settings.bootstrap_servers, "main checks that a broker is configured"
    return await run_feeds(
        settings, settings.bootstrap_servers, args.feeds, stop_on_signals(), once=args.once
    )


async def _replay(args: argparse.Namespace, settings: Settings) -> int:
    from .backfill import ReplayRequest, replay_command, status_command
    from .backfill.command import parse_instant

    assert settings.bootstrap_servers, "main checks that a broker is configured"
    if args.path == "status" and args.status_run:
        return await status_command(settings, settings.bootstrap_servers, args.status_run)
    if args.status_run:
        raise BadInput(
            f"replay takes one PATH, not {args.path!r} and {args.status_run!r}",
            "give a folder for several files; `newsevents replay status RUN_ID` for a status",
        )
    request = ReplayRequest(
        path=Path(args.path) if args.path else None,
        from_topic=args.from_topic,
        since=parse_instant(args.since, "--since") if args.since else None,
        until=parse_instant(args.until, "--until") if args.until else None,
        mode=args.mode,
        topic=args.topic,
        events_topic=args.events_topic,
        rate=args.rate,
        run_id=args.run_id,
        rejects=args.rejects,
        batch=args.batch,
        niceness=args.nice,
        text=_text_defaults(args),
        show=args.show,
        idle_s=args.idle,
        first_wait_s=args.first_wait,
    )
    return await replay_command(settings, settings.bootstrap_servers, request)


async def _run(settings: Settings) -> int:
    from .stream.service import ConsumerStalled, EventService
    from .stream.topics import ensure_service_topics

    assert settings.bootstrap_servers, "main checks that a broker is configured"
    if settings.create_topics:
        await ensure_service_topics(settings, settings.bootstrap_servers)
    from .signals import stop_on_signals

    stop = stop_on_signals()
    try:
        await EventService(settings, settings.bootstrap_servers).run(stop)
    except ConsumerStalled:
        return 3  # logged; the orchestrator restarts us
    return 0


# The repository this package runs from when installed with `pip install -e .`.
_CHECKOUT = Path(__file__).resolve().parents[2]


def _bench(options: list[str]) -> int:
    """``benchmarks/harness.py`` of the source checkout: benchmarks/ is not part of the
    installed package (it needs the repository's scripts and writes nothing to it)."""
    import importlib

    for root in (_CHECKOUT, Path.cwd()):
        if (root / "benchmarks" / "harness.py").is_file():
            sys.path.insert(0, str(root))
            code: int = importlib.import_module("benchmarks.harness").main(options)
            return code
    raise BadConfiguration(
        "bench runs from a source checkout (benchmarks/ is not installed with the package): "
        "run it in a clone of the repository installed with pip install -e .",
        "",
    )


if __name__ == "__main__":
    raise SystemExit(main())
