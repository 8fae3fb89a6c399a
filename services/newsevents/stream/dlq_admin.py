"""``newsevents dlq``: list dead letters and re-publish them to the topic they came from.

Re-publishing sends the original key and value unchanged (plus a ``republished.from`` header,
and the replay's headers of a backfill record, so that its events still carry their run);
a message that fails again simply returns to the dead-letter topic with a new offset. A reduced
copy (header ``dlq.value``: its value was truncated or omitted to fit) is skipped and named: its
original is at ``original.location``.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass

from aiokafka import AIOKafkaProducer

from .broker.clients import PLAINTEXT, Connection, start_or_close
from .broker.topics import read_to_end
from .publish.dead_letters import KEPT_HEADERS, header_dict


@dataclass(frozen=True, slots=True)
class DeadLetterEntry:
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: dict[str, str]

    @property
    def coordinates(self) -> str:
        return f"{self.partition}:{self.offset}"

    def summary(self) -> dict[str, object]:
        preview = (self.value or b"")[:80].decode("utf-8", "replace")
        return {
            "dlq": self.coordinates,
            "key": self.key.decode("utf-8", "replace") if self.key else None,
            "error_class": self.headers.get("error.class"),
            "reason": self.headers.get("error.reason"),
            "source": f"{self.headers.get('source.topic')}/{self.headers.get('source.partition')}"
            f":{self.headers.get('source.offset')}",
            "bytes": len(self.value or b""),
            "preview": preview,
        }


async def read_dead_letters(
    bootstrap: str, topic: str, *, connection: Connection = PLAINTEXT
) -> list[DeadLetterEntry]:
    """Every dead letter in ``topic`` as of now, in partition and offset order."""
    entries = [
        DeadLetterEntry(r.partition, r.offset, r.key, r.value, header_dict(r.headers))
        for r in await read_to_end(bootstrap, topic, connection=connection)
    ]
    return sorted(entries, key=lambda e: (e.partition, e.offset))


async def list_dead_letters(
    bootstrap: str, topic: str, error_class: str | None, *, connection: Connection = PLAINTEXT
) -> int:
    for entry in await read_dead_letters(bootstrap, topic, connection=connection):
        if error_class is None or entry.headers.get("error.class") == error_class:
            sys.stdout.write(json.dumps(entry.summary(), ensure_ascii=False) + "\n")
    return 0


async def republish_dead_letters(
    bootstrap: str,
    topic: str,
    *,
    error_class: str | None,
    only: set[str] | None,
    dry_run: bool,
    connection: Connection = PLAINTEXT,
) -> int:
    """Send the selected dead letters back to their source topic; prints what it sent."""
    selected = [
        entry
        for entry in await read_dead_letters(bootstrap, topic, connection=connection)
        if (error_class is None or entry.headers.get("error.class") == error_class)
        and (only is None or entry.coordinates in only)
    ]
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, enable_idempotence=True, acks="all", **connection
    )
    await start_or_close(producer)
    try:
        for entry in selected:
            target = entry.headers.get("source.topic")
            if not target:
                continue
            if "dlq.value" in entry.headers:  # a reduced copy: its bytes are not the article
                skipped = {
                    "skipped": entry.coordinates,
                    "reason": "reduced copy",
                    "original": entry.headers.get("original.location"),
                }
                sys.stdout.write(json.dumps(skipped) + "\n")
                continue
            if not dry_run:
                await producer.send_and_wait(
                    target,
                    value=entry.value,
                    key=entry.key,
                    headers=republished_headers(topic, entry),
                )
            line = {"republished": entry.coordinates, "to": target, "dry_run": dry_run}
            sys.stdout.write(json.dumps(line) + "\n")
    finally:
        await producer.stop()
    return 0


def republished_headers(topic: str, entry: DeadLetterEntry) -> list[tuple[str, bytes]]:
    """Where the record comes back from, and the replay it belongs to (if any)."""
    headers = [("republished.from", f"{topic}/{entry.coordinates}".encode())]
    return headers + [
        (name, entry.headers[name].encode()) for name in KEPT_HEADERS if name in entry.headers
    ]
