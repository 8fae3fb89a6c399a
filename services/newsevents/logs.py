"""structlog JSON logging. Bind ``article_id`` with ``structlog.contextvars`` for its lines."""

from __future__ import annotations

import logging
import sys
from typing import TextIO, cast

import structlog


class _CurrentStderr:
    """Whatever ``sys.stderr`` is at write time (test runners swap it)."""

    def write(self, text: str) -> int:
        return sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()


# aiokafka's lines that a fresh or restarting broker causes and that the client recovers from by
# itself; when it does not, the command says so in its own words (cli.py: exit 69) or the
# service logs consumer_stalled. Shown at DEBUG only. Examples, from `make demo`:
#   Unable connect to "localhost:9092": [Errno 111] Connect call failed
#   Group Coordinator Request failed: [Error 15] GroupCoordinatorNotAvailableError
#   Marking the coordinator dead (node 1)for group newsevents.
_TRANSIENT: tuple[str, ...] = (
    "Unable connect to",
    "Group Coordinator Request failed: [Error 15]",
    "Marking the coordinator dead",
)
# trafilatura's warning for a page without main text ("discarding data: <url>"): our own line
# says it with the article id (article_fetch_failed, NoMainText), or the command does.
_TRANSIENT += ("discarding data: ",)
# Third-party clients whose INFO lines (joins, assignments, metadata) are chatter next to ours.
CLIENT_LOGGERS = ("aiokafka", "kafka")


class DropTransient(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(_TRANSIENT)


class _JsonHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The root handler this module installs: other libraries' records as our JSON lines."""


def configure_logging(level: str = "INFO") -> None:
    """Our structlog lines at ``level``; stdlib loggers (the Kafka client) at WARNING and above
    (its DEBUG is a line per request), and at any level but DEBUG without the transient lines
    above. Every line on stderr is one JSON object: the stdlib records go through the same
    processors (level, time, the bound ``article_id``) with their logger's name."""
    numeric = logging.getLevelNamesMapping().get(level.upper(), logging.INFO)
    stdlib_level = max(numeric, logging.WARNING)
    shared: list[structlog.types.Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    root = logging.getLogger()
    handler = next((h for h in root.handlers if isinstance(h, _JsonHandler)), None)
    if handler is None:
        handler = _JsonHandler(cast(TextIO, _CurrentStderr()))
        root.addHandler(handler)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[*shared, structlog.stdlib.add_logger_name],
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.processors.format_exc_info,
                structlog.processors.JSONRenderer(),
            ],
        )
    )
    root.setLevel(stdlib_level)
    for name in CLIENT_LOGGERS:
        logging.getLogger(name).setLevel(stdlib_level)
    for each in root.handlers:
        for old in [f for f in each.filters if isinstance(f, DropTransient)]:
            each.removeFilter(old)
        if numeric > logging.DEBUG:
            each.addFilter(DropTransient())
    structlog.configure(
        processors=[
            *shared,
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.PrintLoggerFactory(file=cast(TextIO, _CurrentStderr())),
        cache_logger_on_first_use=True,
    )
