"""Records that fit: reduced dead letters, oversized events, the worker's answer to a refusal."""

from __future__ import annotations

import hashlib

from aiokafka import TopicPartition

from newsevents.config import Settings
from newsevents.errors import InvalidJson, OversizedEvent, OversizedMessage
from newsevents.stream.partition import PartitionWorker, Progress
from newsevents.stream.processing import Extracted, Finished, Outcome, Rejected
from newsevents.stream.publish.dead_letters import (
    PREVIEW_BYTES,
    Copy,
    SourceRecord,
    dead_letter_record,
    header_dict,
)
from newsevents.stream.publish.fitting import (
    PRODUCER_MAX_BYTES,
    RecordsRejected,
    fit,
    outgoing,
    shrink,
)

SETTINGS = Settings(events_topic="ev", dlq_topic="dlq")
BIG = b'{"id": "big", "body": "' + b"x" * 2_000_000 + b'"}'


def _source(value: bytes | None, key: bytes | None = b"k", offset: int = 7) -> SourceRecord:
    return SourceRecord("articles", 2, offset, key, value)


def test_a_full_dead_letter_keeps_the_original_bytes() -> None:
    letter = dead_letter_record(InvalidJson("bad"), _source(b"{oops"))
    assert letter is not None and (letter.key, letter.value) == (b"k", b"{oops")
    assert "dlq.value" not in header_dict(letter.headers)
    # Neither key nor value: the client cannot send that, an empty value goes instead.
    letter = dead_letter_record(InvalidJson("bad"), _source(None, key=None))
    assert letter is not None and (letter.key, letter.value) == (None, b"")


def test_a_truncated_copy_says_what_the_original_was_and_where_it_stays() -> None:
    key = b"K" * 2_000
    letter = dead_letter_record(
        OversizedMessage("too big"), _source(BIG, key), Copy.TRUNCATED, "why"
    )
    assert letter is not None
    headers = header_dict(letter.headers)
    assert letter.value == BIG[:PREVIEW_BYTES] and letter.key == key[:512]
    assert headers["error.class"] == "OversizedMessage" and headers["error.reason"] == "too big"
    assert headers["dlq.value"] == "truncated" and headers["dlq.value.why"] == "why"
    assert headers["original.value.bytes"] == str(len(BIG))
    assert headers["original.value.sha256"] == hashlib.sha256(BIG).hexdigest()
    assert headers["original.location"] == "articles/2/7"
    assert headers["original.key.bytes"] == "2000"


def test_an_omitted_copy_has_no_value_and_a_short_reason() -> None:
    error = InvalidJson("r" * 5_000)
    letter = dead_letter_record(error, _source(BIG), Copy.OMITTED, "w" * 5_000)
    assert letter is not None and letter.value == b"" and letter.key == b"k"
    headers = header_dict(letter.headers)
    assert headers["dlq.value"] == "omitted"
    assert len(headers["error.reason"]) == len(headers["dlq.value.why"]) == 200
    assert "original.key.bytes" not in headers
    assert dead_letter_record(error, _source(BIG), Copy.NONE) is None


def test_fit_shrinks_each_record_to_its_topics_limit() -> None:
    rejected = Finished(_source(BIG), Rejected("big", OversizedMessage("too big")))
    small = Finished(_source(b"{x"), Rejected(None, InvalidJson("bad")))
    extracted = Finished(_source(b"{}"), Extracted("a", ['{"event": 1}', "e" * 5_000]))
    (a, b, c) = fit(SETTINGS, [rejected, small, extracted], {"dlq": 3_000, "ev": 2_000})
    assert a.copy is Copy.TRUNCATED and a.why.endswith("over the topic's max.message.bytes 3000")
    assert b == small
    assert isinstance(c.outcome, Rejected) and isinstance(c.outcome.error, OversizedEvent)
    assert str(c.outcome.error).startswith("events too large: a record of 50")
    assert c.outcome.article_id == "a" and c.copy is Copy.FULL
    # Tighter: a truncated copy with its headers does not fit 1,500 bytes, an omitted one does.
    (a,) = fit(SETTINGS, [rejected], {"dlq": 1_500})
    assert a.copy is Copy.OMITTED and max(r.size for r in outgoing(SETTINGS, a)) <= 1_500
    (a,) = fit(SETTINGS, [rejected], {})
    assert a.copy is Copy.TRUNCATED
    assert a.why.endswith(f"over the producer's max_request_size {PRODUCER_MAX_BYTES}")
    (a,) = fit(SETTINGS, [rejected], {"dlq": 100})
    assert a.copy is Copy.NONE and outgoing(SETTINGS, a) == []


def test_shrink_goes_down_one_step_at_a_time() -> None:
    item = Finished(_source(b"{}"), Extracted("a", ["{}"]))
    steps = []
    for _ in range(5):
        item = shrink(item, "refused")
        steps.append(item.copy if isinstance(item.outcome, Rejected) else None)
    assert steps == [Copy.FULL, Copy.TRUNCATED, Copy.OMITTED, Copy.NONE, Copy.NONE]


class RefusingPublisher:
    """Refuses records as told, and records each try: (isolate, copy of each item)."""

    def __init__(self, refusals: list[RecordsRejected]) -> None:
        self.refusals = refusals
        self.tries: list[tuple[bool, list[str]]] = []
        self.resets = 0

    async def start(self) -> None:
        return None

    async def fit(self, batch: list[Finished]) -> list[Finished]:
        return batch

    async def publish(self, batch: list[Finished], isolate: bool = False) -> None:
        self.tries.append((isolate, [_step(item) for item in batch]))
        if self.refusals:
            raise self.refusals.pop(0)

    async def reset(self) -> None:
        self.resets += 1

    async def stop(self) -> None:
        return None


def _step(item: Finished) -> str:
    return item.copy.name if isinstance(item.outcome, Rejected) else "events"


async def _run(publisher: RefusingPublisher) -> Progress:
    async def process(record: SourceRecord) -> Outcome:
        if record.offset == 1:
            return Rejected("bad", InvalidJson("bad"))
        return Extracted(f"a{record.offset}", ["{}"])

    progress = Progress()
    worker = PartitionWorker(TopicPartition("articles", 0), publisher, process, progress)
    for offset in range(3):
        worker.submit(_source(b"{}", offset=offset))
    await worker.close(timeout_s=10)
    return progress


async def test_a_refusal_that_names_its_record_shrinks_it_at_once() -> None:
    publisher = RefusingPublisher([RecordsRejected({1: "too big"}, attributable=True)])
    progress = await _run(publisher)
    assert publisher.tries == [
        (False, ["events", "FULL", "events"]),
        (True, ["events", "TRUNCATED", "events"]),
    ]
    assert (progress.articles, progress.dead_letters, publisher.resets) == (2, 1, 1)


async def test_a_refusal_of_a_shared_batch_is_tried_again_one_record_at_a_time() -> None:
    """The broker refused a produce batch: who is guilty is known only when each record goes
    alone, so nothing shrinks until then; then the guilty event's article is dead-lettered."""
    publisher = RefusingPublisher(
        [
            RecordsRejected({0: "shared", 2: "shared"}, attributable=False),
            RecordsRejected({2: "too big"}, attributable=True),
        ]
    )
    progress = await _run(publisher)
    assert publisher.tries == [
        (False, ["events", "FULL", "events"]),
        (True, ["events", "FULL", "events"]),
        (True, ["events", "FULL", "FULL"]),
    ]
    assert (progress.articles, progress.dead_letters) == (1, 2)


def test_a_header_without_a_value_is_left_out_not_a_crash() -> None:
    """Kafka allows a header with a null value; `newsevents dlq list` reads such letters."""
    assert header_dict((("error.class", b"InvalidJson"), ("x-empty", None))) == {
        "error.class": "InvalidJson"
    }
