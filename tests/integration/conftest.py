"""Fixtures of the fault tests: service processes that never outlive their test."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest

from tests.integration.service_process import ServiceProcess

ServiceFactory = Callable[..., ServiceProcess]


@pytest.fixture
def service_process(tmp_path: Path) -> Iterator[ServiceFactory]:
    """``service_process(env, name="service")`` makes a (not yet started) ServiceProcess whose
    log is ``tmp_path/<name>.log``; teardown kills every one still running."""
    made: list[ServiceProcess] = []

    def make(env: Mapping[str, str], name: str = "service") -> ServiceProcess:
        process = ServiceProcess(env, tmp_path / f"{name}.log", name=name)
        made.append(process)
        return process

    try:
        yield make
    finally:
        for process in made:
            process.close()
