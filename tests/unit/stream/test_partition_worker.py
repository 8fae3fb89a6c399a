"""The per-partition worker: concurrent extraction, in-order publishing, retries, loss."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka import TopicPartition
from aiokafka.errors import KafkaConnectionError

from newsevents.errors import InvalidJson
from newsevents.stream.partition import PartitionWorker, Progress
from newsevents.stream.processing import Extracted, Outcome, Rejected, fetching_page
from newsevents.stream.publish.dead_letters import SourceRecord
from newsevents.stream.publish.publishers import Finished, PartitionLost

TP = TopicPartition("articles", 0)


class FakePublisher:
    def __init__(self, failures: list[Exception] | None = None) -> None:
        self.batches: list[list[int]] = []
        self.failures = failures or []
        self.started = self.stopped = self.resets = 0

    async def start(self) -> None:
        self.started += 1

    async def fit(self, batch: list[Finished]) -> list[Finished]:
        return batch

    async def publish(self, batch: list[Finished], isolate: bool = False) -> None:
        if self.failures:
            raise self.failures.pop(0)
        self.batches.append([item.record.offset for item in batch])

    async def reset(self) -> None:
        self.resets += 1

    async def stop(self) -> None:
        self.stopped += 1


def _record(offset: int) -> SourceRecord:
    return SourceRecord("articles", 0, offset, f"a{offset}".encode(), b"{}")


def _processor(delays: dict[int, float]):  # type: ignore[no-untyped-def]
    async def process(record: SourceRecord) -> Outcome:
        await asyncio.sleep(delays.get(record.offset, 0))
        if record.offset == 3:
            return Rejected(f"a{record.offset}", InvalidJson("bad"))
        return Extracted(f"a{record.offset}", [f'{{"n": {record.offset}}}'])

    return process


async def test_commits_follow_offset_order_even_when_later_articles_finish_first() -> None:
    """Offsets 0..9 with the early ones finishing last: published in order, each batch
    contiguous. Offsets 0-2 wait for events set by the test, not for a clock."""
    publisher = FakePublisher()
    progress = Progress()
    gates = {offset: asyncio.Event() for offset in (0, 1, 2)}
    finished: set[int] = set()

    async def process(record: SourceRecord) -> Outcome:
        if record.offset in gates:
            await gates[record.offset].wait()
        finished.add(record.offset)
        if record.offset == 3:
            return Rejected(f"a{record.offset}", InvalidJson("bad"))
        return Extracted(f"a{record.offset}", [f'{{"n": {record.offset}}}'])

    worker = PartitionWorker(TP, publisher, process, progress)
    for offset in range(10):
        worker.submit(_record(offset))
    while finished != set(range(3, 10)):  # every later article done, offset 0 still running
        await asyncio.sleep(0)
    for _ in range(20):  # let the worker act on them, if it (wrongly) would
        await asyncio.sleep(0)
    assert publisher.batches == [], "nothing may be committed past the unfinished offset 0"
    for offset in (2, 1, 0):
        gates[offset].set()
    await worker.close(timeout_s=5)
    assert [o for batch in publisher.batches for o in batch] == list(range(10))
    assert (progress.articles, progress.dead_letters, progress.events) == (9, 1, 9)
    assert publisher.stopped == 1


async def test_transient_errors_are_retried_with_a_fresh_publisher() -> None:
    """A connection error: reset, back off, publish the same batch again."""
    publisher = FakePublisher(failures=[KafkaConnectionError("broker away")])
    progress = Progress()
    worker = PartitionWorker(TP, publisher, _processor({}), progress)
    worker.submit(_record(0))
    await worker.close(timeout_s=5)
    assert publisher.batches == [[0]]
    assert (progress.retries, publisher.resets) == (1, 1)


async def test_a_lost_partition_publishes_nothing_more() -> None:
    """Fenced by the partition's new owner: stop, leave the rest uncommitted."""
    publisher = FakePublisher(failures=[PartitionLost("fenced")])
    worker = PartitionWorker(TP, publisher, _processor({}), Progress())
    worker.submit(_record(0))
    worker.submit(_record(1))
    await worker.close(timeout_s=5)
    assert worker.lost
    assert publisher.batches == []


async def test_close_abandons_work_that_misses_the_drain_deadline() -> None:
    """SIGTERM or revocation: what is not finished in time is not committed."""
    publisher = FakePublisher()
    worker = PartitionWorker(TP, publisher, _processor({1: 30.0}), Progress())
    for offset in range(3):
        worker.submit(_record(offset))
    await worker.close(timeout_s=0.5)
    assert [o for batch in publisher.batches for o in batch] == [0]


async def test_close_abandons_records_still_fetching_at_once() -> None:
    """A revocation while a page is awaited does not wait out the drain deadline (an hour
    here): the record fetching its page (2) and those after it (3, finished) are abandoned
    uncommitted at once; the one still extracting (1) finishes and is published with 0."""
    publisher = FakePublisher()
    extraction = asyncio.Event()
    page = asyncio.Event()
    cancelled: list[int] = []

    async def process(record: SourceRecord) -> Outcome:
        try:
            if record.offset == 2:
                fetching = fetching_page.get()
                assert fetching is not None, "the worker sets it in every record's task"
                fetching(True)  # as process_record does around a url-only article's fetch
                await page.wait()  # the page never comes
            if record.offset == 1:
                await extraction.wait()
            return Extracted(f"a{record.offset}", [])
        except asyncio.CancelledError:
            cancelled.append(record.offset)
            raise

    worker = PartitionWorker(TP, publisher, process, Progress())
    for offset in range(4):
        worker.submit(_record(offset))
    for _ in range(10):
        await asyncio.sleep(0)
    closing = asyncio.create_task(worker.close(timeout_s=3600))
    for _ in range(10):
        await asyncio.sleep(0)
    assert cancelled == [2] and not closing.done()  # 1 is still extracting
    extraction.set()
    async with asyncio.timeout(30):
        await closing
    assert [o for batch in publisher.batches for o in batch] == [0, 1]
    assert publisher.stopped == 1


@pytest.mark.parametrize("floor", [2])
async def test_records_below_the_committed_offset_are_skipped(floor: int) -> None:
    """After fencing, what the previous owner committed is not processed again."""
    publisher = FakePublisher()

    async def committed(tp: TopicPartition) -> int:
        return floor

    worker = PartitionWorker(TP, publisher, _processor({}), Progress(), committed)
    for offset in range(4):
        worker.submit(_record(offset))
    await worker.close(timeout_s=5)
    assert [o for batch in publisher.batches for o in batch] == [2, 3]


async def test_records_below_the_committed_offset_polled_after_the_start_are_skipped() -> None:
    """A zombie previous owner committed up to 10 after this member read its position (7) and
    before it was fenced: 8 and 9 arrive in polls after the start and are not published again
    (read_committed consumers would see their events twice)."""
    publisher = FakePublisher()
    asked = asyncio.Event()
    started: list[int] = []

    async def committed(tp: TopicPartition) -> int:
        asked.set()
        return 10  # the start ends in this same step of the worker's task

    async def process(record: SourceRecord) -> Outcome:
        started.append(record.offset)
        return Extracted(f"a{record.offset}", [])

    worker = PartitionWorker(TP, publisher, process, Progress(), committed)
    worker.submit(_record(7))
    await asked.wait()
    for offset in range(8, 12):
        worker.submit(_record(offset))
    await _published(publisher, 2)
    await worker.close(timeout_s=5)
    assert [o for batch in publisher.batches for o in batch] == [10, 11]
    assert not {8, 9} & set(started)


async def test_max_started_bounds_the_extractions_begun_and_keeps_the_order() -> None:
    """A backfill partition with 10 records fetched and room for 3: 3 extractions begin, the
    next only once a commit made room; all are published, in offset order."""
    publisher = FakePublisher()
    release = asyncio.Event()
    started: list[int] = []

    async def process(record: SourceRecord) -> Outcome:
        started.append(record.offset)
        await release.wait()
        return Extracted(f"a{record.offset}", [])

    worker = PartitionWorker(TP, publisher, process, Progress(), max_started=3)
    for offset in range(10):
        worker.submit(_record(offset))
    for _ in range(20):
        await asyncio.sleep(0)
    assert started == [0, 1, 2]
    assert worker.in_flight == 10, "waiting records are in flight too (backpressure, lag)"
    release.set()
    await _published(publisher, 10)
    await worker.close(timeout_s=5)
    assert started == list(range(10))
    assert [o for batch in publisher.batches for o in batch] == list(range(10))


async def test_waiting_records_below_the_committed_offset_are_skipped() -> None:
    """Fetched before the previous owner's last transaction settled: records 0-4 are committed
    already (floor 5), whether their extraction had begun (0, 1) or was waiting (2-4)."""
    publisher = FakePublisher()
    floor_known = asyncio.Event()
    started: list[int] = []

    async def committed(tp: TopicPartition) -> int:
        await floor_known.wait()
        return 5

    async def process(record: SourceRecord) -> Outcome:
        started.append(record.offset)
        return Extracted(f"a{record.offset}", [])

    worker = PartitionWorker(TP, publisher, process, Progress(), committed, max_started=2)
    for offset in range(10):
        worker.submit(_record(offset))
    floor_known.set()
    await _published(publisher, 5)
    await worker.close(timeout_s=5)
    assert [o for batch in publisher.batches for o in batch] == [5, 6, 7, 8, 9]
    assert not {2, 3, 4} & set(started)


async def test_close_drops_waiting_records_uncommitted() -> None:
    """Revoked: what never started is left to the next owner, nothing of it is published."""
    publisher = FakePublisher()
    release = asyncio.Event()

    async def process(record: SourceRecord) -> Outcome:
        await release.wait()
        return Extracted(f"a{record.offset}", [])

    worker = PartitionWorker(TP, publisher, process, Progress(), max_started=2)
    for offset in range(6):
        worker.submit(_record(offset))
    for _ in range(10):
        await asyncio.sleep(0)
    closing = asyncio.create_task(worker.close(timeout_s=5))
    for _ in range(10):
        await asyncio.sleep(0)
    release.set()
    await closing
    assert [o for batch in publisher.batches for o in batch] == [0, 1]


async def _published(publisher: FakePublisher, count: int) -> None:
    """Wait (a condition, with a generous deadline) until ``count`` records are published."""
    async with asyncio.timeout(30):
        while sum(len(batch) for batch in publisher.batches) < count:
            await asyncio.sleep(0.01)
