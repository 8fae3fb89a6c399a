"""Expected failures of a command, each with what is wrong, what to do, and its exit code.

``cli.main`` prints them as two lines on stderr instead of a traceback (``--debug`` or
``NEWSEVENTS_DEBUG=1`` shows the traceback too)::

    newsevents: article.json: the article has no "body"
      an article is a JSON object with "id", "body" and "published_at" (...)

Exit codes follow sysexits.h, so that scripts can tell the classes apart:

    2   usage: unknown command or option (argparse)
    3   run: the consumer stalled (the orchestrator restarts it)
    65  bad input: a file that holds no article (EX_DATAERR); also when a folder or a batch
        was read but some of its files or lines were skipped
    69  the Kafka broker cannot be reached (EX_UNAVAILABLE)
    75  replay --show: no event arrived within --first-wait seconds (EX_TEMPFAIL)
    78  configuration: an invalid NEWSEVENTS_* setting, or one missing (EX_CONFIG)
"""

from __future__ import annotations

EXIT_USAGE = 2
EXIT_BAD_INPUT = 65
EXIT_UNREACHABLE = 69
EXIT_NO_EVENTS = 75
EXIT_CONFIG = 78


class CommandFailed(Exception):
    """``what`` is wrong; ``todo`` says what to do about it."""

    exit_code = 1

    def __init__(self, what: str, todo: str) -> None:
        super().__init__(what)
        self.what = what
        self.todo = todo


class BadInput(CommandFailed):
    exit_code = EXIT_BAD_INPUT


class BrokerUnreachable(CommandFailed):
    exit_code = EXIT_UNREACHABLE


class BadConfiguration(CommandFailed):
    exit_code = EXIT_CONFIG


class NoEvents(CommandFailed):
    exit_code = EXIT_NO_EVENTS
