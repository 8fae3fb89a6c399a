"""Extract-only: the extractor over the corpus in a process pool on all cores, no Kafka; and
spaCy's ``en_core_web_sm`` full pipeline the same way on some of the same articles.

Each worker does what a service worker does with an article (parse the JSON, extract, serialise
the events), with its data loaded before the clock starts; articles go to the workers in small
chunks, so the pool never waits for the parent. Each worker also times every article it runs,
in wall time and in its own CPU time: the two systems' cost on exactly the same articles, the
second unaffected by whatever else the machine runs at the moment.
"""

from __future__ import annotations

import concurrent.futures
import importlib
import json
import multiprocessing
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from newsevents.contracts import Article

from .probes import Throughput, tree_cpu_s

_CHUNK = 4  # articles per task: few enough to keep both cores busy to the end

# --------------------------------------------------------------------------- worker side

_job: Callable[[str], int] | None = None  # article JSON -> events (or entities) found


def _init_extractor(extractor_path: str, options: Mapping[str, object]) -> None:
    from newsevents.stream.pool.extractor_pool import configure_extractor, load_extractor

    global _job
    extractor = load_extractor(extractor_path)
    configure_extractor(extractor_path, options)
    warm_up = getattr(importlib.import_module(extractor_path.partition(":")[0]), "warm_up", None)
    if callable(warm_up):
        warm_up()

    def job(raw: str) -> int:
        events = extractor(Article.model_validate_json(raw))
        return len([event.model_dump_json() for event in events])

    _job = job


def _init_spacy() -> None:
    from .extract_speed import spacy_model

    global _job
    model = spacy_model()
    assert model is not None, "the parent checks that the model is installed"
    nlp = model.load()

    def job(raw: str) -> int:
        return len(nlp(json.loads(raw)["body"]).ents)

    _job = job


def _ready(_: int = 0) -> int:
    time.sleep(0.05)  # long enough that one warm worker cannot answer for all
    return os.getpid()


def _run_chunk(chunk: list[tuple[int, str]]) -> list[tuple[int, float, float, int]]:
    """(index, wall seconds, CPU seconds, events) of each article of the chunk."""
    assert _job is not None
    timed = []
    for index, raw in chunk:
        started, cpu = time.perf_counter(), time.process_time()
        found = _job(raw)
        timed.append((index, time.perf_counter() - started, time.process_time() - cpu, found))
    return timed


# --------------------------------------------------------------------------- parent side


@dataclass
class PoolFigures(Throughput):
    """``seconds`` with the workers warm; ``cores_used`` the workers' CPU time."""

    per_article_s: dict[int, float] = field(default_factory=dict)  # wall
    per_article_cpu_s: dict[int, float] = field(default_factory=dict)
    found: int = 0  # events (extractor) or entities (spaCy)


def _pool(
    workers: int, initializer: Callable[..., None], *initargs: object
) -> tuple[concurrent.futures.ProcessPoolExecutor, list[int]]:
    """A spawned pool whose every worker has run ``initializer``, and the workers' pids."""
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=initializer,
        initargs=initargs,
    )
    ready: set[int] = set()
    while len(ready) < workers:
        ready.update(pool.map(_ready, range(workers)))
    return pool, sorted(ready)


def run_pool(
    texts: Sequence[str],
    workers: int,
    initializer: Callable[..., None],
    *initargs: object,
) -> PoolFigures:
    pool, pids = _pool(workers, initializer, *initargs)
    try:
        chunks = [
            [(i, texts[i]) for i in range(start, min(start + _CHUNK, len(texts)))]
            for start in range(0, len(texts), _CHUNK)
        ]
        cpu_before = sum(tree_cpu_s(pid) for pid in pids)
        started = time.perf_counter()
        results = list(pool.map(_run_chunk, chunks))
        seconds = time.perf_counter() - started
        cpu = sum(tree_cpu_s(pid) for pid in pids) - cpu_before
    finally:
        pool.shutdown(cancel_futures=True)
    figures = PoolFigures(len(texts), seconds, cpu / seconds)
    for chunk in results:
        for index, took, cpu, found in chunk:
            figures.per_article_s[index] = took
            figures.per_article_cpu_s[index] = cpu
            figures.found += found
    return figures


def extract_only(
    texts: Sequence[str], workers: int, extractor_path: str, options: Mapping[str, object]
) -> PoolFigures:
    return run_pool(texts, workers, _init_extractor, extractor_path, dict(options))


def spacy_available() -> str | None:
    """None when spaCy and en_core_web_sm are installed, else what is missing."""
    try:
        import spacy  # noqa: F401
    except ImportError:
        return "spaCy is not installed"
    from .extract_speed import spacy_model

    if spacy_model() is None:
        return "en_core_web_sm is not installed"
    return None


def spacy_pipeline(texts: Sequence[str], workers: int) -> PoolFigures:
    return run_pool(texts, workers, _init_spacy)
