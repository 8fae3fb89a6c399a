"""What an operator sees of `newsevents run` (a real process, a real broker): after the seed
and one bad message, /metrics counts exactly what reached the topics; /healthz and /readyz
answer; the start-up line shows the effective settings."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable

import pytest
from prometheus_client.parser import text_string_to_metric_families

from newsevents.extraction.pipeline import extract_events
from newsevents.inputs import read_articles
from newsevents.stream.publish.dead_letters import header_dict
from tests.conftest import SEEDS
from tests.integration.conftest import ServiceFactory
from tests.integration.kafka_tools import collect, fresh_settings, produce
from tests.integration.service_process import ServiceProcess, service_env, topics_of

pytestmark = pytest.mark.kafka

COPIES = 3  # of the seed article, under their own ids
DEADLINE_S = 120.0

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


async def http_get(port: int, path: str) -> tuple[int, bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
        await writer.drain()
        response = await asyncio.wait_for(reader.read(), 10)
    finally:
        writer.close()
        await writer.wait_closed()
    head, _, body = response.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), body


async def scrape(port: int) -> Samples:
    status, body = await http_get(port, "/metrics")
    assert status == 200
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(body.decode())
        for s in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float | None:
    return samples.get((name, tuple(sorted(labels.items()))))


def series(samples: Samples, name: str) -> dict[tuple[tuple[str, str], ...], float]:
    return {labels: v for (n, labels), v in samples.items() if n == name}


async def wait_for(
    what: str, check: Callable[[], object], service: ServiceProcess, timeout_s: float = DEADLINE_S
) -> None:
    """Poll the async ``check()`` until it returns a true value."""
    deadline = time.monotonic() + timeout_s
    while True:
        service.ensure_running()
        if await check():  # type: ignore[misc]
            return
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: not within {timeout_s:g} s\n{service.problems()}")
        await asyncio.sleep(0.2)


async def test_metrics_count_the_seed_and_the_dead_letter(
    kafka_bootstrap: str, service_process: ServiceFactory
) -> None:
    settings = await fresh_settings(kafka_bootstrap)
    (seed,) = read_articles(str(SEEDS / "irgc-deir-ezzor-almashareq.json"))
    articles = [seed.model_copy(update={"id": f"seed-{i}"}) for i in range(COPIES)]
    expected_events = sum(len(extract_events(a)) for a in articles)
    assert expected_events >= COPIES
    records: list[tuple[bytes | None, bytes | None]] = [
        (a.id.encode(), a.model_dump_json().encode()) for a in articles
    ]
    records.insert(1, (b"k-bad", b"{broken"))
    await produce(kafka_bootstrap, settings.articles_topic, records)

    env = service_env(
        kafka_bootstrap,
        **topics_of(settings),
        workers=1,
    )
    service = service_process(env)
    await service.start()
    (serving,) = service.events("metrics_serving")
    port = int(serving["port"])
    assert port > 0 and serving["host"] == "127.0.0.1"

    (config,) = service.events("service_configuration")
    shown = config["settings"]
    assert shown["group_id"] == settings.group_id
    assert (shown["workers"], shown["metrics_port"]) == (1, 0)
    assert shown["articles_topic"] == settings.articles_topic

    assert await http_get(port, "/healthz") == (200, b'{"status": "ok"}\n')
    assert (await http_get(port, "/nothing-here"))[0] == 404

    async def ready() -> bool:
        return (await http_get(port, "/readyz"))[0] == 200

    await wait_for("/readyz 200", ready, service)
    readiness = json.loads((await http_get(port, "/readyz"))[1])
    assert readiness == {
        "status": "ready",
        "group_joined": True,
        "partitions": [0, 1, 2],
        "backfill_partitions": [0, 1, 2],
        "workers_warm": True,
        "stopping": False,
        "broker_reachable": True,
    }

    events = await collect(
        kafka_bootstrap, settings.events_topic, lambda r: len(r) >= expected_events
    )
    dead = await collect(kafka_bootstrap, settings.dlq_topic, lambda r: len(r) >= 1)
    assert len(events) == expected_events
    assert [header_dict(r.headers)["error.class"] for r in dead] == ["InvalidJson"]

    # The counters move when the publisher's commit returns, a moment after the records are
    # visible: wait for the last of them (and for the lag of every partition to be known).
    samples: Samples = {}

    async def settled() -> bool:
        nonlocal samples
        samples = await scrape(port)
        lags = series(samples, "newsevents_consumer_lag")
        return (
            value(samples, "newsevents_consume_to_publish_seconds_count", lane="live") == COPIES + 1
            and len(lags) == 6
            and set(lags.values()) == {0}
            # Live is idle: the backfill is not held back (decided after each poll).
            and value(samples, "newsevents_backfill_partitions_paused") == 0
        )

    await wait_for("the counters to settle", settled, service)

    assert value(samples, "newsevents_articles_consumed_total") == COPIES + 1
    assert value(samples, "newsevents_articles_published_total") == COPIES
    assert value(samples, "newsevents_events_produced_total") == len(events)
    assert series(samples, "newsevents_dead_letters_total") == {
        (("copy", "full"), ("reason", "InvalidJson")): 1
    }
    # Each good article extracted once, none of it lost to a dead worker.
    assert value(samples, "newsevents_extraction_seconds_count") == COPIES
    assert value(samples, "newsevents_worker_pool_restarts_total") == 0
    # Published in 2021: every article's latency is above the top bucket (7 days).
    assert value(samples, "newsevents_publication_to_event_seconds_count") == COPIES
    week = value(samples, "newsevents_publication_to_event_seconds_bucket", le="604800.0")
    assert week == 0
    latency = value(samples, "newsevents_publication_to_event_seconds_sum")
    assert latency is not None and latency > COPIES * 3 * 365 * 86_400
    consume = value(samples, "newsevents_consume_to_publish_seconds_sum", lane="live")
    assert consume is not None and 0 < consume < COPIES * DEADLINE_S
    commits = value(samples, "newsevents_transaction_commits_total")
    assert commits is not None and 1 <= commits <= COPIES + 1
    # A busy CI broker may time out a commit now and then (retried, counted as an abort):
    # only aborts that lose work or refuse content would be wrong here.
    aborts = {labels[0][1] for labels in series(samples, "newsevents_transaction_aborts_total")}
    assert not aborts & {"ProducerFenced", "InvalidProducerEpoch", "RecordsRejected"}, aborts
    assert series(samples, "newsevents_articles_in_flight") == {
        (("partition", str(p)), ("topic", topic)): 0
        for p in range(3)
        for topic in (settings.articles_topic, settings.backfill_topic)
    }
    assert value(samples, "newsevents_partitions_assigned") == 6  # articles and backfill
    assert value(samples, "newsevents_partitions_paused") == 0
    assert value(samples, "newsevents_backfill_partitions_paused") == 0
    assert value(samples, "newsevents_backfill_articles_published_total") == 0
    resident = value(samples, "process_resident_memory_bytes")
    assert resident is not None and resident > 10_000_000

    assert await service.stop(60) == 0, service.tail()
