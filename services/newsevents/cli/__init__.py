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

import structlog

from ..config import Settings, load_settings
from ..failures import BadConfiguration, BadInput, BrokerUnreachable, CommandFailed
from ..inputs import TextDefaults, parse_published_at
from ..logs import configure_logging
from .parser import build_parser

log = structlog.get_logger(__name__)

# `demo` starts a local broker when none is configured; these need one.
_NEEDS_BROKER = frozenset({"run", "replay", "dlq", "feeds"})
# The commands that extract events (and so use NEWSEVENTS_GAZETTEER_DIR).
_EXTRACTS = frozenset({"run", "demo", "extract", "annotate", "evaluate"})


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
    return build_parser(__doc__)


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
        from .gazetteer import gazetteer_command

        return gazetteer_command(args, settings)
    if settings.gazetteer_dir and args.command in _EXTRACTS:
        from ..extraction.places.gazetteer import use_import
        from ..extraction.places.gazetteer.sources import ImportMissing

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
        from ..evaluation import commands as evaluation_commands

        if args.command == "annotate":
            skipped = _Skipped()
            evaluation_commands.annotate(args.path, _text_defaults(args), skipped)
            return skipped.exit_code()
        return evaluation_commands.evaluate(
            args.dataset, args.file, args.errors, args.dump, args.texts, args.country_hint
        )
    if args.command == "schemas":
        from ..schemas import write_schemas

        for path in write_schemas(Path(args.out)):
            sys.stdout.write(f"{path}\n")
        return 0
    if args.command == "ontology":
        from ..extraction.ontology import EVENT_TYPES, markdown_table

        if args.markdown:
            sys.stdout.write(markdown_table() + "\n")
        else:
            for t in EVENT_TYPES:
                sys.stdout.write(f"{t.name}\t{t.plover}\t{t.cameo}\t{t.acled_sub_event_type}\n")
        return 0
    if args.command == "feeds":  # a bad feeds file is said before anything else
        from ..web.feeds.command import feeds_from_file

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
            from ..stream.broker.clients import explain_connection_failure

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
    from ..extraction.pipeline import configure, extract_events
    from ..inputs import read_articles
    from ..web.pages.standalone import PageFetching

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
    from ..stream import dlq_admin
    from ..stream.broker.clients import connection_kwargs

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
    from ..signals import stop_on_signals
    from ..web.feeds.command import run_feeds

    assert settings.bootstrap_servers, "main checks that a broker is configured"
    return await run_feeds(
        settings, settings.bootstrap_servers, args.feeds, stop_on_signals(), once=args.once
    )


async def _replay(args: argparse.Namespace, settings: Settings) -> int:
    from ..backfill import ReplayRequest, replay_command, status_command
    from ..backfill.command import parse_instant

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
    from ..stream.broker.topics import ensure_service_topics
    from ..stream.service import ConsumerStalled, EventService

    assert settings.bootstrap_servers, "main checks that a broker is configured"
    if settings.create_topics:
        await ensure_service_topics(settings, settings.bootstrap_servers)
    from ..signals import stop_on_signals

    stop = stop_on_signals()
    try:
        await EventService(settings, settings.bootstrap_servers).run(stop)
    except ConsumerStalled:
        return 3  # logged; the orchestrator restarts us
    return 0


# The repository this package runs from when installed with `pip install -e .`.
_CHECKOUT = Path(__file__).resolve().parents[3]


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
