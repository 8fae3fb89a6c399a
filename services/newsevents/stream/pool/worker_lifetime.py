"""Extraction workers die with the service that started them.

A ``kill -9`` of the service gives it no chance to stop its pool, and a spawned worker would not
notice on its own: an idle one waits on its call queue, whose write end it holds itself, so no end
of file ever comes; a busy one finishes its article and waits there too. Two guards, both set up
first thing in the worker's initializer:

* Linux: ``prctl(PR_SET_PDEATHSIG, SIGKILL)``; the kernel kills the worker the moment its parent
  goes. The signal is tied to the parent *thread* that forked the worker. With the spawn context
  ``ProcessPoolExecutor`` forks in ``submit()`` (Python 3.11-3.13), called by
  ``loop.run_in_executor`` on the event loop's thread, the service's main thread, which lives as
  long as the service. A parent that died before the call is caught by comparing ``getppid()``.
* Everywhere: a daemon thread that notices that the parent changed (the orphan was re-parented)
  and exits the process; it also covers a platform without ``prctl`` or a worker forked from a
  thread that ends before the service.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

import structlog

_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
_PR_GET_PDEATHSIG = 2
_WATCH_INTERVAL_S = 0.5
ORPHAN_EXIT_CODE = 70  # EX_SOFTWARE: never seen by anyone, the parent is gone


def die_with_parent(parent_pid: int, *, use_prctl: bool = True) -> None:
    """In a worker: end this process when ``parent_pid`` (the service) ends."""
    if use_prctl:
        set_parent_death_signal(signal.SIGKILL)
    if os.getppid() != parent_pid:  # the parent died before the guard was set
        os._exit(ORPHAN_EXIT_CODE)
    threading.Thread(
        target=watch_parent, args=(parent_pid,), name="parent-watch", daemon=True
    ).start()


def set_parent_death_signal(signum: int) -> bool:
    """``prctl(PR_SET_PDEATHSIG, signum)`` on Linux; False where it is not available."""
    libc = _libc()
    if libc is None:
        return False
    if libc.prctl(_PR_SET_PDEATHSIG, signum, 0, 0, 0) != 0:
        structlog.get_logger(__name__).warning(
            "parent_death_signal_unavailable", errno=ctypes.get_errno()
        )
        return False
    return True


def parent_death_signal() -> int:
    """The parent-death signal of this process (0: none, or not Linux)."""
    libc = _libc()
    if libc is None:
        return 0
    value = ctypes.c_int(0)
    if libc.prctl(_PR_GET_PDEATHSIG, ctypes.byref(value), 0, 0, 0) != 0:
        return 0
    return value.value


def watch_parent(parent_pid: int, interval_s: float = _WATCH_INTERVAL_S) -> None:
    """Exit the process once its parent is no longer ``parent_pid`` (the portable guard)."""
    while os.getppid() == parent_pid:
        time.sleep(interval_s)
    try:  # the log may be a pipe whose reader died with the parent: exit all the same
        structlog.get_logger(__name__).warning("worker_orphaned", parent_pid=parent_pid)
    finally:
        os._exit(ORPHAN_EXIT_CODE)


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None
