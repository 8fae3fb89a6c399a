"""docker-compose.yml and .dockerignore, checked without Docker (issue 15: the compose file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def services() -> dict[str, Any]:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert set(compose["volumes"]) == {"kafka-data"}
    return dict(compose["services"])


def test_one_image_is_built_once_and_reused(services: dict[str, Any]) -> None:
    assert services["newsevents"]["image"] == "newsevents:local"
    assert services["newsevents"]["build"] == "."
    assert services["seeds-replay"]["image"] == "newsevents:local"
    assert "build" not in services["seeds-replay"]
    assert services["kafka"]["image"].startswith("apache/kafka:")


def test_kafka_keeps_its_data_in_the_named_volume(services: dict[str, Any]) -> None:
    kafka = services["kafka"]
    data_dir = kafka["environment"]["KAFKA_LOG_DIRS"]
    assert f"kafka-data:{data_dir}" in kafka["volumes"]
    assert data_dir == "/var/lib/kafka/data"  # the image's VOLUME, writable by its user


def test_the_service_runs_with_a_fixed_number_of_workers(services: dict[str, Any]) -> None:
    service = services["newsevents"]
    assert service["command"] == ["run"]
    assert service["environment"]["NEWSEVENTS_BOOTSTRAP_SERVERS"] == "kafka:9092"
    assert int(service["environment"]["NEWSEVENTS_WORKERS"]) >= 1
    assert service["depends_on"] == {"kafka": {"condition": "service_healthy"}}


def test_the_replay_job_waits_for_its_first_event(services: dict[str, Any]) -> None:
    job = services["seeds-replay"]
    command = job["command"]
    assert command[:3] == ["replay", "/app/seeds", "--show"]
    idle = float(command[command.index("--idle") + 1])
    first_wait = float(command[command.index("--first-wait") + 1])
    assert first_wait > idle
    assert job["environment"]["NEWSEVENTS_BOOTSTRAP_SERVERS"] == "kafka:9092"
    assert job["depends_on"] == {
        "kafka": {"condition": "service_healthy"},
        "newsevents": {"condition": "service_started"},
    }
    assert job["restart"] == "no"


def test_the_gazetteer_dir_lines_stay_as_a_hint() -> None:
    text = (ROOT / "docker-compose.yml").read_text()
    assert "# NEWSEVENTS_GAZETTEER_DIR: /gazetteer" in text
    assert "#   - ./gazetteer:/gazetteer" in text


def test_the_build_context_leaves_out_local_state() -> None:
    ignored = {
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert {".venv", ".local", ".git", "**/__pycache__", "**/*.egg-info"} <= ignored
    assert {".mypy_cache", ".ruff_cache", ".pytest_cache"} <= ignored
    dockerfile = (ROOT / "Dockerfile").read_text()
    for needed in ("pyproject.toml", "README.md", "services", "seeds"):
        assert needed in dockerfile and needed not in ignored


def test_the_replay_command_accepts_the_compose_options() -> None:
    from newsevents.cli import _parser

    command = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["seeds-replay"][
        "command"
    ]
    args = _parser().parse_args(command)
    assert (args.show, args.idle, args.first_wait) == (True, 15.0, 180.0)


def test_the_service_publishes_its_metrics_port_and_probes_healthz(
    services: dict[str, Any],
) -> None:
    from newsevents.config import Settings

    service = services["newsevents"]
    port = Settings.model_fields["metrics_port"].default
    assert f"{port}:{port}" in service["ports"]
    assert "NEWSEVENTS_METRICS_PORT" not in service["environment"]
    probe = " ".join(service["healthcheck"]["test"])
    assert f"http://127.0.0.1:{port}/healthz" in probe
