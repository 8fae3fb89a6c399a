"""Live first: the backfill topic is consumed in the same group, behind the live articles topic.

Two levers, both decided here as plain values so that they can be tested without a broker or a
clock (``pausing.py`` applies them to the consumer):

* **Pausing** (``LiveFirst``): while the live partitions of this member hold more than
  ``threshold`` articles (fetched and not yet committed, plus those still in the topic), the
  backfill partitions are paused: no more backfill is fetched, so neither the fetch buffers,
  the event loop nor the broker's transactions are spent on it. They are resumed once the live
  partitions hold none. Backfill already in flight finishes (it is bounded by
  ``NEWSEVENTS_BACKFILL_MAX_IN_FLIGHT`` per partition).
* **Precedence in the pool** (``Lane``): the extraction pool hands a free worker to a waiting
  live article before any waiting backfill one (``priority_gate.py``), so the backfill in
  flight never queues in front of a live article: it waits at most for the first running
  extraction to end.

``pauses`` merges these pauses with backpressure (a partition with ``max_in_flight`` articles
in flight, resumed when half drained): a partition is fetched only when no reason holds.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from aiokafka import TopicPartition

__all__ = ["Lane", "LiveFirst", "Pauses", "pauses"]


class Lane(enum.IntEnum):
    """A record's precedence; the value is its priority in the pool (lower goes first)."""

    LIVE = 0
    BACKFILL = 1


@dataclass(slots=True)
class LiveFirst:
    """Pause the backfill while live articles wait; resume when the live partitions are idle.

    Hysteresis on purpose: paused above ``threshold`` pending live articles, resumed only at
    none, so that a steady trickle of live articles does not flip the backfill on and off
    (each resume drops and re-fetches the backfill's prefetched records)."""

    threshold: int = 0
    enabled: bool = True
    paused: bool = False

    def update(self, live_pending: int) -> bool:
        """The decision for ``live_pending`` articles of the live partitions (fetched and not
        committed, plus unfetched lag): True while the backfill is to stay paused."""
        if not self.enabled:
            self.paused = False
        elif not self.paused and live_pending > self.threshold:
            self.paused = True
        elif self.paused and live_pending == 0:
            self.paused = False
        return self.paused


@dataclass(frozen=True, slots=True)
class Pauses:
    """Which partitions to pause: for backpressure (full) and for live first (backfill)."""

    full: frozenset[TopicPartition]
    live_first: frozenset[TopicPartition]

    @property
    def all(self) -> frozenset[TopicPartition]:
        return self.full | self.live_first


def pauses(
    in_flight: Mapping[TopicPartition, int],
    lanes: Mapping[TopicPartition, Lane],
    caps: Mapping[Lane, int],
    full_before: Iterable[TopicPartition],
    backfill_paused: bool,
) -> Pauses:
    """Backpressure per partition (paused at its lane's cap, resumed when half drained: those
    in ``full_before`` stay full until then), and every backfill partition while the live
    first policy pauses the backfill."""
    was_full = set(full_before)
    full = set()
    for tp, count in in_flight.items():
        cap = caps[lanes[tp]]
        if count >= cap or (tp in was_full and count > cap // 2):
            full.add(tp)
    backfill = {tp for tp in in_flight if lanes[tp] is Lane.BACKFILL} if backfill_paused else set()
    return Pauses(frozenset(full), frozenset(backfill))
