"""Default logging keeps the Kafka client's chatter off stderr (issue 15: a quiet demo)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from newsevents.logs import CLIENT_LOGGERS, DropTransient, configure_logging


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    loggers = [logging.getLogger(), *(logging.getLogger(n) for n in CLIENT_LOGGERS)]
    levels = [logger.level for logger in loggers]
    filters = {h: list(h.filters) for h in logging.getLogger().handlers}
    yield
    for logger, level in zip(loggers, levels, strict=True):
        logger.setLevel(level)
    for handler, kept in filters.items():
        handler.filters[:] = kept


def _record(message: str, level: int = logging.WARNING) -> logging.LogRecord:
    return logging.LogRecord("aiokafka.consumer", level, __file__, 1, message, None, None)


def test_the_default_level_drops_the_clients_info_and_keeps_its_warnings() -> None:
    configure_logging("INFO")
    client = logging.getLogger("aiokafka.consumer.group_coordinator")
    assert not client.isEnabledFor(logging.INFO)
    assert client.isEnabledFor(logging.WARNING)


def test_log_level_error_drops_the_clients_warnings() -> None:
    configure_logging("ERROR")
    assert not logging.getLogger("aiokafka").isEnabledFor(logging.WARNING)


def test_transient_coordinator_lines_are_dropped_and_others_kept() -> None:
    drop = DropTransient()
    assert not drop.filter(_record("Marking the coordinator dead (node 1)for group newsevents."))
    assert not drop.filter(
        _record("Group Coordinator Request failed: [Error 15] GroupCoordinatorNotAvailableError")
    )
    assert not drop.filter(_record('Unable connect to "localhost:9092": [Errno 111]'))
    assert drop.filter(_record("Heartbeat session expired - marking coordinator dead"))
    assert drop.filter(
        _record("Group Coordinator Request failed: [Error 31] ClusterAuthorizationFailedError")
    )


def test_the_filter_is_installed_once_at_info_and_removed_at_debug() -> None:
    handler = logging.StreamHandler()
    logging.getLogger().addHandler(handler)
    try:
        configure_logging("INFO")
        configure_logging("INFO")
        assert sum(isinstance(f, DropTransient) for f in handler.filters) == 1
        configure_logging("DEBUG")
        assert not any(isinstance(f, DropTransient) for f in handler.filters)
    finally:
        logging.getLogger().removeHandler(handler)


def test_other_libraries_lines_are_json_with_the_article_id(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue 12: aiokafka's own lines were plain text between our JSON lines."""
    import json

    import structlog

    configure_logging("INFO")
    capsys.readouterr()
    with structlog.contextvars.bound_contextvars(article_id="a-17"):
        logging.getLogger("aiokafka.consumer").warning("Heartbeat failed for group %s", "g1")
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    assert [
        (line["event"], line["level"], line["logger"], line["article_id"]) for line in lines
    ] == [("Heartbeat failed for group g1", "warning", "aiokafka.consumer", "a-17")]
