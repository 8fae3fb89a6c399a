"""Throughput and memory of `newsevents run` on a real local broker, as ratios in one run.

    .venv/bin/python benchmarks/stream_throughput.py [--articles 4000]

Runs the service as a subprocess against a local KRaft broker (started here), on a backlog of
generated articles, and prints:
* articles/s in exactly-once and at-least-once mode, and their ratio (the price of transactions);
* the same articles extracted in-process on one core (the baseline the service parallelises);
* the service's peak resident memory with a backlog of N and of 4N articles, and their ratio
  (backpressure keeps it flat: the ratio should stay near 1).
Machines here are noisy: compare the ratios, not the absolute figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
import time
import uuid
from pathlib import Path

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError

from newsevents.contracts import ArticleMessage
from newsevents.extraction.pipeline import extract_events, warm_up
from newsevents.local_kafka.broker import LocalKafka
from newsevents.stream.topics import ensure_topics

REPO = Path(__file__).resolve().parents[1]
TOWNS = ["Raqqa", "Mosul", "Taiz", "Idlib", "Homs", "Kirkuk", "Tripoli", "Aden", "Deir ez-Zor"]
TEMPLATES = [
    "Turkish forces shelled the outskirts of {town} on Monday, killing {n} civilians, the "
    "Syrian Observatory for Human Rights said.",
    "Police arrested {n} protesters in {town} on Tuesday after a demonstration against "
    "electricity cuts, local activists said.",
    "Gunmen abducted a local official in {town} last week, a security source told reporters.",
    "Iran-backed militias deployed reinforcements to {town} and set up new checkpoints, "
    "residents said. Dozens of fighters arrived from Iraq.",
]


def articles(count: int, prefix: str) -> list[ArticleMessage]:
    seed = json.loads((REPO / "seeds" / "irgc-deir-ezzor-almashareq.json").read_text())
    result = []
    for i in range(count):
        if i % 10 == 0:  # one long article in ten, like a real feed
            body = seed["body"]
        else:
            body = TEMPLATES[i % len(TEMPLATES)].format(town=TOWNS[i % len(TOWNS)], n=i % 7 + 2)
        result.append(
            ArticleMessage(id=f"{prefix}-{i}", body=body, published_at="2024-03-14T08:00:00Z")  # type: ignore[arg-type]
        )
    return result


async def produce(bootstrap: str, topic: str, batch: list[ArticleMessage]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=20, acks="all")
    await producer.start()
    try:
        futures = [
            await producer.send(topic, value=a.model_dump_json().encode(), key=a.id.encode())
            for a in batch
        ]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


async def committed(bootstrap: str, group: str) -> int:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(group)
    except KafkaError:
        return 0  # the group's coordinator is not there yet (first use of the offsets topic)
    finally:
        await admin.close()
    return sum(meta.offset for meta in offsets.values())


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def run_service(bootstrap: str, count: int, delivery: str) -> tuple[float, float]:
    """(articles per second, peak RSS of the service process in MB) for a backlog of count."""
    suffix = uuid.uuid4().hex[:6]
    topics = {"articles": f"bench-a-{suffix}", "events": f"bench-e-{suffix}"}
    group = f"bench-{suffix}"
    await ensure_topics(bootstrap, [*topics.values(), f"bench-d-{suffix}"], 3)
    await produce(bootstrap, topics["articles"], articles(count, suffix))
    env = {
        **os.environ,
        "NEWSEVENTS_BOOTSTRAP_SERVERS": bootstrap,
        "NEWSEVENTS_ARTICLES_TOPIC": topics["articles"],
        "NEWSEVENTS_EVENTS_TOPIC": topics["events"],
        "NEWSEVENTS_DLQ_TOPIC": f"bench-d-{suffix}",
        "NEWSEVENTS_GROUP_ID": group,
        "NEWSEVENTS_DELIVERY": delivery,
        "NEWSEVENTS_LOG_LEVEL": "WARNING",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "newsevents.cli", "run", env=env, stderr=asyncio.subprocess.DEVNULL
    )
    started = time.monotonic()
    try:
        while await committed(bootstrap, group) < count:
            if process.returncode is not None:
                raise RuntimeError(f"the service exited with {process.returncode}")
            await asyncio.sleep(0.5)
        elapsed = time.monotonic() - started
        rss = peak_rss_mb(process.pid)
    finally:
        process.send_signal(signal.SIGTERM)
        await process.wait()
    return count / elapsed, rss


def in_process_rate(count: int) -> float:
    warm_up()
    batch = articles(count, "local")
    started = time.perf_counter()
    for article in batch:
        extract_events(article)
    return count / (time.perf_counter() - started)


async def main(count: int) -> None:
    broker = LocalKafka(
        REPO / ".local" / "kafka" / "bench-runs", jars_home=REPO / ".local" / "kafka"
    )
    bootstrap = broker.start()
    try:
        baseline = in_process_rate(min(count, 2000))
        eos_rate, eos_rss = await run_service(bootstrap, count, "exactly-once")
        alo_rate, _ = await run_service(bootstrap, count, "at-least-once")
        _, big_rss = await run_service(bootstrap, 4 * count, "exactly-once")
    finally:
        broker.stop()
    lines = [
        f"cores: {os.cpu_count()}, backlog: {count} articles (one in ten ~6 KB, the rest ~200 B)",
        f"in-process extraction, one core      {baseline:8.0f} articles/s  (baseline)",
        f"service, exactly-once                {eos_rate:8.0f} articles/s  "
        f"(x{eos_rate / baseline:.2f} of baseline)",
        f"service, at-least-once               {alo_rate:8.0f} articles/s  "
        f"(x{alo_rate / baseline:.2f} of baseline)",
        f"exactly-once / at-least-once         {eos_rate / alo_rate:8.2f}",
        f"peak RSS of the service, backlog N   {eos_rss:8.0f} MB",
        f"peak RSS of the service, backlog 4N  {big_rss:8.0f} MB  (ratio {big_rss / eos_rss:.2f})",
    ]
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=4000)
    asyncio.run(main(parser.parse_args().articles))
