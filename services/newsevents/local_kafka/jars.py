"""Kafka's jars from Maven Central, resolved once into a shared cache.

``pom.xml`` next to this module lists them; ``mvn dependency:copy-dependencies`` copies them
into ``<home>/kafka-<version>/lib``::

    kafka-4.1.1/pom.xml, mvn.log, .complete, lib/*.jar

``.complete`` holds the sha256 of the pom and is written only after mvn succeeded, so an
interrupted or failed download, or a changed pom, is redone from scratch.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import shutil
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import structlog

from .errors import BrokerError
from .logs import tail
from .processes import run_logged

log = structlog.get_logger(__name__)

KAFKA_VERSION = "4.1.1"

_MVN_TIMEOUT_S = 900.0


def ensure_jars(home: Path) -> Path:
    """Download Kafka's jars into ``home/kafka-<version>/lib`` unless already there.

    Idempotent and safe to call from several processes at once (file lock). Maven's output
    goes to ``mvn.log``.
    """
    kafka_dir = Path(home).resolve() / f"kafka-{KAFKA_VERSION}"
    lib = kafka_dir / "lib"
    pom = _pom_bytes()
    digest = hashlib.sha256(pom).hexdigest()
    if _complete(kafka_dir, digest):
        return lib
    kafka_dir.mkdir(parents=True, exist_ok=True)
    with _file_lock(kafka_dir / ".lock"):
        # Another process may have downloaded them while we waited for the lock.
        if not _complete(kafka_dir, digest):
            _download(kafka_dir, pom)
            (kafka_dir / ".complete").write_text(digest + "\n", encoding="utf-8")
    return lib


def _pom_bytes() -> bytes:
    return resources.files(__package__ or "newsevents.local_kafka").joinpath("pom.xml").read_bytes()


def _complete(kafka_dir: Path, digest: str) -> bool:
    """True when ``lib`` holds the jars of the pom whose sha256 is ``digest``."""
    try:
        recorded = (kafka_dir / ".complete").read_text(encoding="utf-8").strip()
    except OSError:
        return False
    return recorded == digest and (kafka_dir / "lib").is_dir()


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    with path.open("a+b") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _download(kafka_dir: Path, pom: bytes) -> None:
    """A fresh ``lib`` from mvn; raises BrokerError with mvn.log's tail when it fails."""
    lib = kafka_dir / "lib"
    pom_path = kafka_dir / "pom.xml"
    cmd = _mvn_command(pom_path, lib)  # no mvn: fail before removing anything
    (kafka_dir / ".complete").unlink(missing_ok=True)
    shutil.rmtree(lib, ignore_errors=True)
    pom_path.write_bytes(pom)
    mvn_log = kafka_dir / "mvn.log"
    mvn_log.write_bytes(b"")  # this download's output only
    log.info("fetching kafka jars with maven", version=KAFKA_VERSION, lib=str(lib))
    started = time.monotonic()
    rc = run_logged(cmd, mvn_log, kafka_dir, _MVN_TIMEOUT_S)
    if rc != 0 or not any(lib.glob("kafka_2.13-*.jar")):
        what = f"timed out after {_MVN_TIMEOUT_S:.0f}s" if rc is None else f"exit code {rc}"
        raise BrokerError(
            f"fetching Kafka {KAFKA_VERSION} jars with mvn failed ({what}); "
            f"log: {mvn_log}\n{tail(mvn_log)}"
        )
    log.info(
        "kafka jars ready",
        lib=str(lib),
        jars=sum(1 for _ in lib.glob("*.jar")),
        seconds=round(time.monotonic() - started, 2),
    )


def _mvn_command(pom_path: Path, lib: Path) -> list[str]:
    mvn = shutil.which("mvn")
    if mvn is None:
        raise BrokerError("Maven ('mvn') is not on PATH; it is needed to fetch Kafka's jars")
    return [
        mvn,
        "-B",
        "-Dstyle.color=never",
        "-f",
        str(pom_path),
        "dependency:copy-dependencies",
        f"-DoutputDirectory={lib}",
    ]
