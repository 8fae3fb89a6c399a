"""An extractor with data to load, imported by the extraction worker processes in tests.

Like the pipeline's gazetteer, the data loads once per process, either in ``warm_up()`` or on
the first article; a load cut short by the deadline timer is not kept. How ``warm_up()``
behaves comes from the environment (inherited by the spawned workers):

- ``LOADING_WARM_UP=fail-once``: the first call raises, as a transient error would;
- ``LOADING_WARM_UP=one-slow``: the first worker to start loads at once, the others take
  ``LOADING_S``; ``LOADING_TOKEN`` names a file the first one creates;
- ``LOADING_WARM_UP=slow``: every worker takes ``LOADING_S``.

``extract`` answers ``[]``; a body with ``DEAF`` blocks the timer signal and sleeps.
"""

from __future__ import annotations

import os
import signal
import time

from newsevents.contracts import ArticleMessage, EventMessage

__all__ = ["extract", "warm_up"]

LOADING_S = 1.5
_loaded = False
_warm_up_calls = 0


def _load(seconds: float) -> None:
    global _loaded
    time.sleep(seconds)  # a timer signal here leaves _loaded False
    _loaded = True


def warm_up() -> None:
    global _warm_up_calls
    _warm_up_calls += 1
    mode = os.environ.get("LOADING_WARM_UP", "")
    if mode == "fail-once" and _warm_up_calls == 1:
        raise OSError("the cache file is being written by another worker")
    if mode == "one-slow":
        try:
            os.close(os.open(os.environ["LOADING_TOKEN"], os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            _load(LOADING_S)
        else:
            _load(0.0)
        return
    _load(LOADING_S if mode in ("slow", "fail-once") else 0.0)


def extract(article: ArticleMessage) -> list[EventMessage]:
    if "DEAF" in article.body:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # like code stuck in C
        time.sleep(3600)
    if not _loaded:
        _load(LOADING_S)
    return []
