"""Where checkpoints live: a compacted topic (``NEWSEVENTS_REPLAY_CHECKPOINT_TOPIC``), one key
per run, read back ``read_committed`` so that a checkpoint of an aborted transaction (a killed
replay's last, unfinished one) is never seen.

In Kafka rather than a local file so that any machine with the run id can resume it or ask its
status, and so that the checkpoint can share a transaction with the records it covers.
"""

from __future__ import annotations

from ..config import Settings
from ..stream.broker.clients import connection_kwargs
from ..stream.broker.topics import ensure_topics, read_to_end
from .checkpoint import Checkpoint

__all__ = ["ensure_checkpoint_topic", "read_checkpoint"]

# Compaction keeps each run's last checkpoint; closed segments are compacted after an hour,
# so a resume reads a few records per run, not one per transaction since the beginning.
CHECKPOINT_TOPIC_CONFIG = {"cleanup.policy": "compact", "segment.ms": "3600000"}


async def ensure_checkpoint_topic(settings: Settings, bootstrap: str) -> None:
    """The checkpoint topic, created compacted with one partition when missing."""
    await ensure_topics(
        bootstrap,
        [settings.replay_checkpoint_topic],
        1,
        settings.topic_replication_factor,
        connection=connection_kwargs(settings),
        configs=CHECKPOINT_TOPIC_CONFIG,
    )


async def read_checkpoint(
    settings: Settings, bootstrap: str, run_id: str, timeout_s: float = 60.0
) -> Checkpoint | None:
    """The last committed checkpoint of ``run_id``, or None if it has none (read_committed:
    the topic's end is the last stable offset, behind any open transaction)."""
    records = await read_to_end(
        bootstrap,
        settings.replay_checkpoint_topic,
        timeout_s,
        connection=connection_kwargs(settings),
    )
    key = run_id.encode()
    last = next((r.value for r in reversed(records) if r.key == key), None)
    return Checkpoint.decode(last) if last else None
