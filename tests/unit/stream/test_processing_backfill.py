"""A replayed record to its outcome: the replay's backfill block from the record's headers,
the lane the pool is asked for, and what a backfill record's dead letter keeps."""

from __future__ import annotations

import json

from newsevents.contracts import Article, ArticleMessage, Backfill, EventMessage
from newsevents.errors import InvalidJson
from newsevents.extraction.pipeline import extract_events
from newsevents.stream.dlq_admin import DeadLetterEntry, republished_headers
from newsevents.stream.flow.live_first import Lane
from newsevents.stream.processing import Extracted, Rejected, process_record
from newsevents.stream.publish.dead_letters import SourceRecord, dead_letter_record, header_dict
from newsevents.stream.replayed import replay_headers

ARTICLE = {
    "id": "kirkuk-1",
    "body": "Gunmen killed two farmers near Kirkuk on Monday, police said.",
    "published_at": "2019-03-12T08:00:00Z",
}
RUN = Backfill(run_id="run-2019-03", mode="pipeline")


class InProcess:
    """The pool's interface, extracting in this process; notes the lane it was asked for."""

    def __init__(self) -> None:
        self.lanes: list[Lane] = []

    async def extract(self, article: Article, lane: Lane = Lane.LIVE) -> list[str]:
        self.lanes.append(lane)
        return [event.model_dump_json() for event in extract_events(article)]


class WithBody:
    """The completer of articles that carry their body (no fetch)."""

    async def complete(self, message: ArticleMessage) -> Article:
        return Article.model_validate(message.model_dump())


def _record(value: bytes, headers: list[tuple[str, bytes]], topic: str) -> SourceRecord:
    return SourceRecord(topic, 1, 40, b"kirkuk-1", value, tuple(headers))


async def test_events_of_a_replayed_record_carry_the_run() -> None:
    extractor = InProcess()
    record = _record(json.dumps(ARTICLE).encode(), replay_headers(RUN), "articles.backfill")
    outcome = await process_record(record, extractor, 1_000_000, WithBody(), Lane.BACKFILL)
    assert isinstance(outcome, Extracted) and outcome.events
    events = [EventMessage.model_validate_json(e) for e in outcome.events]
    assert [(e.event_type, e.backfill) for e in events] == [("attack_on_civilians", RUN)]
    assert extractor.lanes == [Lane.BACKFILL]


async def test_live_events_carry_null() -> None:
    extractor = InProcess()
    record = _record(json.dumps(ARTICLE).encode(), [("traceparent", b"00-ab")], "articles")
    outcome = await process_record(record, extractor, 1_000_000, WithBody())
    assert isinstance(outcome, Extracted)
    assert [json.loads(e)["backfill"] for e in outcome.events] == [None]
    assert extractor.lanes == [Lane.LIVE]


async def test_a_replayed_reject_keeps_the_replay_headers_in_its_dead_letter() -> None:
    """A replay's rejects can be found by run id; other headers of the original stay behind."""
    record = _record(b"{not json", [*replay_headers(RUN), ("traceparent", b"00-ab")], "bf")
    outcome = await process_record(record, InProcess(), 1_000_000, WithBody(), Lane.BACKFILL)
    assert isinstance(outcome, Rejected) and isinstance(outcome.error, InvalidJson)
    letter = dead_letter_record(outcome.error, record)
    assert letter is not None
    headers = header_dict(letter.headers)
    assert headers["newsevents-replay-run"] == "run-2019-03"
    assert headers["newsevents-replay-mode"] == "pipeline"
    assert (headers["source.topic"], headers["source.offset"]) == ("bf", "40")
    assert "traceparent" not in headers


def test_a_live_dead_letter_has_no_replay_headers() -> None:
    letter = dead_letter_record(InvalidJson("x"), _record(b"{", [], "articles"))
    assert letter is not None
    assert not any(name.startswith("newsevents-replay") for name, _ in letter.headers)


def test_a_republished_replay_reject_stays_part_of_its_run() -> None:
    """``dlq republish`` sends a backfill record back with its replay's headers."""
    letter = dead_letter_record(InvalidJson("x"), _record(b"{", replay_headers(RUN), "bf"))
    assert letter is not None
    entry = DeadLetterEntry(0, 12, letter.key, letter.value, header_dict(letter.headers))
    assert republished_headers("articles.dlq", entry) == [
        ("republished.from", b"articles.dlq/0:12"),
        ("newsevents-replay-run", b"run-2019-03"),
        ("newsevents-replay-mode", b"pipeline"),
    ]
    live = DeadLetterEntry(0, 13, None, b"{", {"source.topic": "articles"})
    assert republished_headers("articles.dlq", live) == [("republished.from", b"articles.dlq/0:13")]
