"""Child processes of the local broker: finding java, running a tool with its output in a log,
signalling the broker's process group.

The broker runs in a process group of its own (see broker.py), so signals go to the group: a
JVM that forked helpers leaves none behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import BrokerError


def java() -> str:
    """``$JAVA_HOME/bin/java`` if there is one, else ``java`` from PATH."""
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidate = Path(java_home) / "bin" / "java"
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("java")
    if found is None:
        raise BrokerError("'java' (17+) is not on PATH and JAVA_HOME is not set")
    return found


def death_signal_prefix() -> list[str]:
    """``setpriv --pdeathsig KILL --`` where available (Linux), else nothing."""
    if not sys.platform.startswith("linux"):
        return []
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", "KILL", "--"] if setpriv else []


def run_logged(cmd: Sequence[str], log_path: Path, cwd: Path, timeout_s: float) -> int | None:
    """Run ``cmd`` to its end with stdout and stderr appended to ``log_path``.

    Returns the exit code, or None when it ran longer than ``timeout_s`` (then it is killed).
    """
    with log_path.open("ab") as out:
        try:
            return subprocess.run(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd=cwd,
                timeout=timeout_s,
                check=False,
            ).returncode
        except subprocess.TimeoutExpired:
            return None


def signal_group(proc: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    # The broker leads its own process group (start_new_session), so pgid == pid.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, sig)
