"""What a replay shows: periodic log lines off a terminal (rate, share, time left), the summary."""

from __future__ import annotations

from structlog.testing import capture_logs

from newsevents.backfill.checkpoint import Checkpoint, Counts
from newsevents.backfill.progress import LogDisplay, summary


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_progress_line_every_interval_with_rate_share_and_time_left() -> None:
    clock = Clock()
    display = LogDisplay("run-1", every_s=10, clock=clock)
    display.start(done=1_000, total=11_000)  # resumed: 1,000 bytes were done before
    display.update(Counts(articles=50), done=1_000)
    with capture_logs() as logs:
        clock.now = 5
        display.update(Counts(articles=100), done=2_000)  # too soon for a line
        clock.now = 10
        display.update(Counts(articles=150, events=900, rejected=2), done=3_000)
        clock.now = 15
        display.update(Counts(articles=175), done=3_500)
    assert logs == [
        {
            "event": "replay_progress",
            "log_level": "info",
            "run_id": "run-1",
            "articles": 150,
            "events": 900,
            "rejected": 2,
            "unreadable": 0,
            "rate_per_s": 10.0,  # 100 articles since the start of this process, in 10 s
            "done_pct": 27.3,
            "eta_s": 40,  # 8,000 bytes left at 2,000 bytes in 10 s
        }
    ]


def test_the_summary_says_what_was_done_where_the_rejects_are_and_how_to_resume() -> None:
    checkpoint = Checkpoint(
        run_id="run-1",
        status="interrupted",
        mode="bulk",
        source="archive",
        target="events",
        counts=Counts(articles=1_200, events=20_400, rejected=3, unreadable=1),
        rejects="run-1.rejects.jsonl",
    )
    assert summary(checkpoint, 60.0, 1_200).splitlines() == [
        "replay run-1 interrupted: 1,200 articles, 20,400 events to events (bulk mode)",
        "  this run: 1,200 articles in 60.0 s (20.0 articles/s)",
        "  3 rejected lines, 1 unreadable files: see run-1.rejects.jsonl",
        "  resume: newsevents replay ... --run-id run-1",
    ]
