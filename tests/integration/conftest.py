"""Fixtures of the fault tests: service processes that never outlive their test, and the
figures (timings, losses) each test reports."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

import pytest

from tests.integration.service_process import ServiceProcess

ServiceFactory = Callable[..., ServiceProcess]
RecordFigures = Callable[[str, Mapping[str, object]], None]

log = logging.getLogger(__name__)


@pytest.fixture
def service_process(tmp_path: Path) -> Iterator[ServiceFactory]:
    """``service_process(env, name="service")`` makes a (not yet started) ServiceProcess whose
    log is ``tmp_path/<name>.log`` (``argv=("replay", ...)``: another command); teardown kills
    every one still running."""
    made: list[ServiceProcess] = []

    def make(
        env: Mapping[str, str], name: str = "service", argv: Sequence[str] = ("run",)
    ) -> ServiceProcess:
        process = ServiceProcess(env, tmp_path / f"{name}.log", name=name, argv=argv)
        made.append(process)
        return process

    try:
        yield make
    finally:
        for process in made:
            process.kill()


@pytest.fixture
def record_figures(record_property: Callable[[str, object], None]) -> RecordFigures:
    """``record_figures("kill/restart", {"recovery_s": 7.3, ...})``: each figure becomes a junit
    property, and all of them one log line (``kill/restart figures: {...}``)."""

    def record(what: str, figures: Mapping[str, object]) -> None:
        for name, value in figures.items():
            record_property(name, value)
        log.info("%s figures: %s", what, dict(figures))

    return record
