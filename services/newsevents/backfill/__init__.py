"""Backfill: ``newsevents replay`` of archived articles, resumable and exactly once.

    command.py       the command: request -> source, target, display; summary; status
    runner.py        one run: source -> pipeline (articles) or bulk (events), checkpointed
    sources.py       JSON Lines files (plain, .gz, .zst), folders, JSON and text documents
    topic_source.py  a Kafka topic from --since to --until, by assignment
    checkpoint.py    the checkpoint record (position, counts, status)
    store.py         the compacted checkpoint topic: create, read the last of a run
    writer.py        the run's transactional producer (records + checkpoint, fenced by run id)
    rejects.py       the rejects file (malformed lines, unreadable files, failed extractions)
    rate.py          --rate as a token bucket
    progress.py      progress bar or log lines; the summary

Design and the exactly-once argument: docs/design.md, "Backfill".
"""

from __future__ import annotations

from .checkpoint import Checkpoint, Counts
from .command import ReplayRequest, replay_command, status_command

__all__ = ["Checkpoint", "Counts", "ReplayRequest", "replay_command", "status_command"]
