"""A real single-node Apache Kafka broker (KRaft mode) on 127.0.0.1, without Docker.

The jars come from Maven Central (jars.py); the broker runs as ``java -cp '<lib>/*'
kafka.Kafka server.properties`` with one node that is both broker and controller
(properties.py); it is ready when aiokafka's admin client sees it serve (readiness.py).

Layout under ``home``::

    kafka-4.1.1/pom.xml, mvn.log, .complete, lib/*.jar   (shared; see ensure_jars)
    run-<timestamp>-<pid>-<random>/                      (one per LocalKafka)
        server.properties, log4j2.properties
        broker.log   JVM stdout+stderr, log4j2 output, storage format output
        kraft/       log.dirs: metadata log and topic partitions

Process lifetime: the broker starts in its own session, hence its own process
group (``start_new_session=True``). A Ctrl-C in the terminal (SIGINT to the
foreground group) therefore reaches only Python, which then stops the broker in
order (context manager, ``stop()``, or the ``atexit`` hook) instead of the JVM
dying halfway through a test; and stop/kill signal the whole group. Because a
separate group also means nobody kills the broker for us when Python dies hard
(SIGKILL, crash), on Linux the JVM is launched through ``setpriv
--pdeathsig KILL`` (util-linux), which makes the kernel SIGKILL it as soon as
its parent goes away. Caveat: the "parent" is the Python *thread* that called
``start()``; start the broker from a thread that lives as long as the broker
(normally the main thread). Without ``setpriv`` (other systems) only the
``atexit`` hook protects against leaks.

POSIX only (process groups, signals, ``fcntl`` file lock).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
import weakref
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Self

import structlog

from .errors import BrokerError, PortInUseError
from .jars import KAFKA_VERSION, ensure_jars
from .logs import banner, failure_message, read_from
from .processes import death_signal_prefix, java, run_logged, signal_group
from .properties import (
    HOST,
    NODE_ID,
    free_port,
    log4j_option,
    random_cluster_id,
    server_properties,
    write_config,
)
from .readiness import wait_until_serving
from .tls import TlsListeners

__all__ = ["KAFKA_VERSION", "BrokerError", "LocalKafka", "TlsListeners", "ensure_jars"]

log = structlog.get_logger(__name__)

_JVM_OPTIONS = (
    "-Xms256m",
    "-Xmx512m",
    "-XX:+UseG1GC",
    "-XX:MaxGCPauseMillis=20",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djava.awt.headless=true",
)
_TOOL_JVM_OPTIONS = ("-Xms64m", "-Xmx256m", "-Djava.awt.headless=true")
_FORMAT_TIMEOUT_S = 120.0
_PORT_PICK_ATTEMPTS = 3

_RUNNING: weakref.WeakSet[LocalKafka] = weakref.WeakSet()


@atexit.register
def _stop_all_at_exit() -> None:
    for broker in list(_RUNNING):
        with contextlib.suppress(Exception):
            broker.stop(timeout_s=10)


class LocalKafka:
    """One single-node KRaft Kafka (broker + controller) on 127.0.0.1.

    ``home`` holds this instance's data dir (``run-...``) and, unless
    ``jars_home`` is given, the jars. ``port=0`` picks a free client port on the
    first start; the controller port is always picked. Both stay fixed for the
    lifetime of the instance, so ``restart()`` keeps the same bootstrap servers
    and data. ``extra_properties`` override/add broker properties. ``tls`` adds secured
    listeners (SASL_SSL, SSL) on ports of their own: ``listener_bootstrap(name)``.
    """

    def __init__(
        self,
        home: Path,
        port: int = 0,
        *,
        jars_home: Path | None = None,
        extra_properties: Mapping[str, str] | None = None,
        tls: TlsListeners | None = None,
    ) -> None:
        if not 0 <= port <= 65535:
            raise ValueError(f"port out of range: {port}")
        self._home = Path(home).resolve()
        self._jars_home = Path(jars_home).resolve() if jars_home is not None else self._home
        self._requested_port = port
        self._extra = {**(tls.properties() if tls else {}), **(extra_properties or {})}
        self._tls = tls
        self._tls_ports: dict[str, int] = {}
        for key, value in self._extra.items():
            if any(c in key + value for c in "\r\n"):
                raise ValueError(f"newline in property {key!r}")
        self._home.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        self._data_dir = Path(
            tempfile.mkdtemp(prefix=f"run-{stamp}-{os.getpid()}-", dir=self._home)
        )
        self._port: int | None = port or None
        self._controller_port: int | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._last_startup_s: float | None = None

    # ---------------------------------------------------------------- properties

    @property
    def bootstrap_servers(self) -> str:
        if self._port is None:
            raise BrokerError("the broker port is not chosen yet: call start() first")
        return f"{HOST}:{self._port}"

    def listener_bootstrap(self, name: str) -> str:
        """The bootstrap servers of the secured listener ``name`` (``SASL_SSL``, ``SSL``)."""
        if name not in self._tls_ports:
            raise BrokerError(f"no {name} listener (yet): give tls=, call start() first")
        return f"{HOST}:{self._tls_ports[name]}"

    @property
    def log_path(self) -> Path:
        """broker.log: log4j2 output plus the JVM's stdout/stderr, all starts appended."""
        return self._data_dir / "broker.log"

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self.running and self._proc is not None else None

    @property
    def last_startup_s(self) -> float | None:
        """Seconds from launching the JVM to the broker answering, for the last start()."""
        return self._last_startup_s

    @property
    def _log_dirs(self) -> Path:
        return self._data_dir / "kraft"

    @property
    def _formatted(self) -> bool:
        return (self._log_dirs / "meta.properties").is_file()

    # ------------------------------------------------------------------ lifecycle

    def start(self, timeout_s: float = 60) -> str:
        """Start the broker (format storage on the first start) and wait until it serves.

        Returns the bootstrap servers string. Raises BrokerError, with the tail of
        broker.log, when the JVM exits early or is not ready within ``timeout_s``.
        """
        if self.running:
            return self.bootstrap_servers
        self._proc = None
        classpath = str(ensure_jars(self._jars_home) / "*")
        java_path = java()
        auto_ports = self._requested_port == 0
        attempts = _PORT_PICK_ATTEMPTS if auto_ports and not self._formatted else 1
        for attempt in range(1, attempts + 1):
            self._prepare(java_path, classpath, fresh_ports=attempt > 1)
            try:
                return self._launch(java_path, classpath, timeout_s)
            except PortInUseError:
                if attempt == attempts:
                    raise
                log.warning("kafka port already in use, retrying with other ports")
                shutil.rmtree(self._log_dirs, ignore_errors=True)
        raise AssertionError("unreachable")

    def stop(self, timeout_s: float = 30) -> None:
        """SIGTERM (controlled shutdown), wait up to ``timeout_s``, then SIGKILL."""
        proc = self._proc
        if proc is None:
            return
        if proc.poll() is None:
            started = time.monotonic()
            signal_group(proc, signal.SIGTERM)
            try:
                proc.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                log.warning("kafka broker ignored SIGTERM, killing it", pid=proc.pid)
                signal_group(proc, signal.SIGKILL)
                proc.wait()
            log.info(
                "kafka broker stopped",
                pid=proc.pid,
                returncode=proc.returncode,
                seconds=round(time.monotonic() - started, 2),
            )
        self._forget_process()

    def kill(self) -> None:
        """SIGKILL the broker right away (no controlled shutdown), for fault tests."""
        proc = self._proc
        if proc is None:
            return
        signal_group(proc, signal.SIGKILL)
        proc.wait()
        log.info("kafka broker killed", pid=proc.pid)
        self._forget_process()

    def restart(self, timeout_s: float = 60) -> str:
        """Stop and start again with the same data dir and ports (no reformat)."""
        self.stop()
        return self.start(timeout_s=timeout_s)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        port = self._port if self._port is not None else "?"
        return (
            f"LocalKafka({HOST}:{port}, data_dir={str(self._data_dir)!r}, running={self.running})"
        )

    # ------------------------------------------------------------------- internals

    def _prepare(self, java_path: str, classpath: str, *, fresh_ports: bool) -> None:
        """Write the configuration; on the first start also pick ports and format storage."""
        if self._formatted:
            self._write_config()
            return
        self._choose_ports(fresh=fresh_ports)
        self._write_config()
        shutil.rmtree(self._log_dirs, ignore_errors=True)
        self._format(java_path, classpath)

    def _choose_ports(self, *, fresh: bool) -> None:
        if self._requested_port == 0 and (self._port is None or fresh):
            self._port = free_port(exclude=set())
        assert self._port is not None
        if self._controller_port is None or fresh:
            self._controller_port = free_port(exclude={self._port})
        for name in self._tls.names if self._tls else []:
            if name not in self._tls_ports or fresh:
                taken = {self._port, self._controller_port, *self._tls_ports.values()}
                self._tls_ports[name] = free_port(exclude=taken)

    def _write_config(self) -> None:
        assert self._port is not None and self._controller_port is not None
        props = server_properties(
            self._port, self._controller_port, self._log_dirs, self._extra, self._tls_ports
        )
        write_config(self._data_dir, props)

    def _format(self, java_path: str, classpath: str) -> None:
        cluster_id = random_cluster_id()
        cmd = [
            java_path,
            *_TOOL_JVM_OPTIONS,
            log4j_option(self._data_dir),
            "-cp",
            classpath,
            "kafka.tools.StorageTool",
            "format",
            "--standalone",
            "-t",
            cluster_id,
            "-c",
            str(self._data_dir / "server.properties"),
            *(self._tls.format_arguments() if self._tls else []),
        ]
        offset = banner(self.log_path, f"format storage, cluster id {cluster_id}")
        rc = run_logged(cmd, self.log_path, self._data_dir, _FORMAT_TIMEOUT_S)
        if rc != 0 or not self._formatted:
            what = "timed out" if rc is None else f"exit code {rc}"
            raise self._error(f"formatting Kafka storage failed ({what})", offset)

    def _launch(self, java_path: str, classpath: str, timeout_s: float) -> str:
        """Start the JVM and wait until it serves; raise BrokerError when it exits or stalls."""
        offset = banner(self.log_path, f"start broker on {self.bootstrap_servers}")
        started = time.monotonic()
        proc = self._spawn(java_path, classpath)
        assert self._port is not None
        deadline = started + timeout_s
        if not wait_until_serving(
            HOST, self._port, NODE_ID, deadline, exited=lambda: proc.poll() is not None
        ):
            raise self._startup_failure(proc, timeout_s, offset)
        self._last_startup_s = time.monotonic() - started
        log.info(
            "kafka broker ready",
            bootstrap_servers=self.bootstrap_servers,
            pid=proc.pid,
            startup_s=round(self._last_startup_s, 2),
        )
        return self.bootstrap_servers

    def _spawn(self, java_path: str, classpath: str) -> subprocess.Popen[bytes]:
        cmd = [
            *death_signal_prefix(),
            java_path,
            *_JVM_OPTIONS,
            log4j_option(self._data_dir),
            "-cp",
            classpath,
            "kafka.Kafka",
            str(self._data_dir / "server.properties"),
        ]
        with self.log_path.open("ab") as out:
            # Own session => own process group; see the module docstring.
            proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd=self._data_dir,
                start_new_session=True,
            )
        self._proc = proc
        _RUNNING.add(self)
        log.info("kafka broker launched", pid=proc.pid, data_dir=str(self._data_dir))
        return proc

    def _startup_failure(
        self, proc: subprocess.Popen[bytes], timeout_s: float, offset: int
    ) -> BrokerError:
        """Why the broker did not come up: it exited (maybe over a taken port), or it stalled."""
        rc = proc.poll()
        if rc is None:
            self.kill()
            return self._error(f"Kafka broker not ready within {timeout_s:g}s", offset)
        self._forget_process()
        text = read_from(self.log_path, offset)
        if "Address already in use" in text and self._requested_port == 0:
            what = f"broker exited (code {rc})"
            return PortInUseError(failure_message(what, self.log_path, offset))
        return self._error(f"Kafka broker exited during startup (code {rc})", offset)

    def _forget_process(self) -> None:
        self._proc = None
        _RUNNING.discard(self)

    def _error(self, what: str, offset: int) -> BrokerError:
        return BrokerError(failure_message(what, self.log_path, offset))
