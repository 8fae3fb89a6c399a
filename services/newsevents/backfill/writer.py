"""The replay's one transactional producer: records and the checkpoint that covers them commit
together, or neither does.

Its transactional id is derived from the run id (``<group>-replay-<run id>``). Starting it
(``init_transactions``) fences any earlier producer of the same run, a replay killed with
``kill -9`` or still running on another machine: the broker aborts that one's open transaction,
and its later sends and commits fail. Only after that is the checkpoint read (``store``), so the
position a resumed run starts from is final.
"""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaProducer
from aiokafka.errors import IllegalOperation, InvalidProducerEpoch, ProducerFenced

from ..config import Settings
from ..stream.broker.clients import connection_kwargs, start_or_close
from .checkpoint import Checkpoint

__all__ = ["RunFenced", "TransactionalWriter", "transactional_id"]

Headers = list[tuple[str, bytes]]


class RunFenced(Exception):
    """Another replay with the same run id has started: this one must stop."""


def transactional_id(settings: Settings, run_id: str) -> str:
    return f"{settings.group_id}-replay-{run_id}"


class TransactionalWriter:
    def __init__(self, settings: Settings, bootstrap: str, run_id: str) -> None:
        self._settings = settings
        self._bootstrap = bootstrap
        self._run_id = run_id
        self._producer: AIOKafkaProducer | None = None
        self._sent: list[asyncio.Future[object]] = []
        self._open = False
        self.records = 0  # in the open transaction

    async def start(self) -> None:
        """Fences every earlier producer of this run (see the module's docstring)."""
        s = self._settings
        producer = AIOKafkaProducer(
            bootstrap_servers=self._bootstrap,
            client_id=f"{s.client_id}-replay",
            transactional_id=transactional_id(s, self._run_id),
            enable_idempotence=True,
            acks="all",
            linger_ms=20,
            **connection_kwargs(s),
        )
        await start_or_close(producer)
        self._producer = producer

    @property
    def _started(self) -> AIOKafkaProducer:
        assert self._producer is not None, "start() first"
        return self._producer

    async def send(self, topic: str, key: bytes, value: bytes, headers: Headers) -> None:
        if not self._open:
            await self._started.begin_transaction()
            self._open = True
        try:
            future = await self._started.send(topic, value=value, key=key, headers=headers)
        except (ProducerFenced, InvalidProducerEpoch) as error:
            raise RunFenced(str(error)) from error
        except IllegalOperation as error:
            # The fence can reach the producer's background sender first: it ends the
            # transaction, and the next send is refused as "not in transaction".
            fence = self._fence_seen(self._sent)
            if fence is None:
                raise
            raise RunFenced(str(fence)) from error
        self._sent.append(future)
        self.records += 1

    def _fence_seen(self, sent: list[asyncio.Future[object]]) -> BaseException | None:
        """The fencing error an answer of the open transaction, or the producer's transaction
        state, already holds; None when the producer was not fenced."""
        fenced = (ProducerFenced, InvalidProducerEpoch)
        for future in sent:
            if future.done() and not future.cancelled():
                error = future.exception()
                if isinstance(error, BaseException) and isinstance(error, fenced):
                    return error
        manager = getattr(self._started, "_txn_manager", None)
        waiter = getattr(manager, "_transaction_waiter", None)
        if isinstance(waiter, asyncio.Future) and waiter.done() and not waiter.cancelled():
            error = waiter.exception()
            if isinstance(error, BaseException) and isinstance(error, fenced):
                return error
        return None

    async def commit(self, checkpoint: Checkpoint) -> None:
        """The checkpoint joins the open transaction (one is begun for it alone if none is),
        every answer is awaited (aiokafka would commit without a refused record), then the
        transaction is committed."""
        await self.send(
            self._settings.replay_checkpoint_topic,
            checkpoint.run_id.encode(),
            checkpoint.encode(),
            [],
        )
        sent, self._sent = self._sent, []
        try:
            await asyncio.gather(*sent)
            await self._started.commit_transaction()
        except (ProducerFenced, InvalidProducerEpoch) as error:
            raise RunFenced(str(error)) from error
        except IllegalOperation as error:
            fence = self._fence_seen(sent)
            if fence is None:
                raise
            raise RunFenced(str(fence)) from error
        finally:
            self._open = False
            self.records = 0

    async def stop(self) -> None:
        """Stops the producer; an open transaction is aborted (by the broker, at the latest
        when the next producer of the run starts)."""
        producer, self._producer = self._producer, None
        if producer is not None:
            await producer.stop()
