"""Secured clusters (issue 12, item 4): the service, ``replay`` and ``dlq`` over SASL_SSL with
SCRAM-SHA-512 and over mutual TLS, on a broker of their own with those listeners; a wrong
password, an untrusted certificate, a missing client certificate or a PLAINTEXT client at a TLS
listener stops ``run`` at once with one clear line and exit 78.

Keys and certificates are made by the test (tests/certificates.py). The session broker is not
touched: this module starts its own, with SASL_SSL and SSL listeners beside PLAINTEXT.
"""

from __future__ import annotations

import asyncio
import secrets
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from newsevents.config import Settings
from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events
from newsevents.failures import EXIT_CONFIG
from newsevents.inputs import read_articles
from newsevents.local_kafka.broker import BrokerError, LocalKafka, TlsListeners
from newsevents.stream.broker.clients import connection_kwargs
from tests.certificates import make_test_pki
from tests.conftest import JARS_HOME, SEEDS
from tests.integration.conftest import RecordFigures, ServiceFactory
from tests.integration.kafka_tools import collect
from tests.integration.service_process import REPO_ROOT, service_env
from tests.seed_expectations import SEED_ARTICLE_ID, missing_expectations

pytestmark = pytest.mark.kafka

SEED = SEEDS / "irgc-deir-ezzor-almashareq.json"
USER = "alice"
PASSWORD = f"pw-{secrets.token_hex(12)}"  # unguessable, so finding it in a log means a leak
EXIT_DEADLINE_S = 60.0  # generous for a busy machine; a refusal takes about a second


@dataclass(frozen=True)
class SecuredCluster:
    broker: LocalKafka
    files: dict[str, Path]  # ca, client, client-key, other-ca

    @property
    def sasl_ssl(self) -> str:
        return self.broker.listener_bootstrap("SASL_SSL")

    @property
    def mutual_tls(self) -> str:
        return self.broker.listener_bootstrap("SSL")

    def scram(self, **overrides: object) -> dict[str, object]:
        """Settings of a SASL_SSL client (field names), the password from a file."""
        return {
            "security_protocol": "SASL_SSL",
            "sasl_mechanism": "SCRAM-SHA-512",
            "sasl_username": USER,
            "sasl_password_file": self.files["password"],
            "ssl_cafile": self.files["ca"],
            **overrides,
        }

    def mtls(self, **overrides: object) -> dict[str, object]:
        return {
            "security_protocol": "SSL",
            "ssl_cafile": self.files["ca"],
            "ssl_certfile": self.files["client"],
            "ssl_keyfile": self.files["client-key"],
            **overrides,
        }


@pytest.fixture(scope="module")
def secured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecuredCluster]:
    pki = make_test_pki()
    folder = tmp_path_factory.mktemp("pki")
    files = pki.write(folder)
    files["password"] = folder / "sasl-password"
    files["password"].write_text(PASSWORD + "\n", "utf-8")  # as a mounted secret often is
    tls = TlsListeners(
        certificate_chain=pki.broker.certificate + pki.ca.certificate,
        private_key=pki.broker.key,
        scram_users={USER: PASSWORD},
        client_ca=pki.ca.certificate,
    )
    broker = LocalKafka(tmp_path_factory.mktemp("secured-kafka"), jars_home=JARS_HOME, tls=tls)
    try:
        broker.start()
    except BrokerError as error:
        pytest.fail(f"could not start the secured local broker:\n{error}", pytrace=False)
    try:
        yield SecuredCluster(broker, files)
    finally:
        broker.stop()


def _topics() -> dict[str, str]:
    suffix = uuid.uuid4().hex[:8]
    return {
        "articles_topic": f"articles-{suffix}",
        "events_topic": f"events-{suffix}",
        "dlq_topic": f"articles-{suffix}.dlq",
        "group_id": f"newsevents-{suffix}",
    }


async def _command(env: dict[str, str], *argv: str, timeout_s: float = 120.0) -> tuple[int, str]:
    """``newsevents ARGV`` as a process: its exit code and its output (stdout, then stderr)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "newsevents.cli",
        *argv,
        env=env,
        cwd=REPO_ROOT,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        async with asyncio.timeout(timeout_s):
            out, err = await process.communicate()
    except TimeoutError:
        process.kill()
        await process.wait()
        raise
    assert process.returncode is not None
    return process.returncode, (out + err).decode("utf-8", "replace")


def _settings(bootstrap: str, **fields: object) -> Settings:
    """Settings from these fields alone (model_validate reads no environment)."""
    return Settings.model_validate({"bootstrap_servers": bootstrap, **fields})


async def _collect(
    settings: Settings, topic: str, done: Callable[[list[Any]], bool], timeout_s: float
) -> list[Any]:
    """Records of ``topic`` from the start, read over the secured listener, until ``done``."""
    assert settings.bootstrap_servers
    return await collect(
        settings.bootstrap_servers,
        topic,
        done,
        timeout_s,
        connection=connection_kwargs(settings),
    )


async def test_the_seed_goes_end_to_end_over_sasl_ssl_with_scram(
    secured: SecuredCluster, service_process: ServiceFactory
) -> None:
    """The service (a real process) creates its topics, consumes and publishes over SASL_SSL;
    ``replay`` produces the seed and ``dlq list`` reads over it too; no log shows the password."""
    topics = _topics()
    security = secured.scram()
    env = service_env(secured.sasl_ssl, workers=1, **topics, **security)
    service = service_process(env)
    await service.start(timeout_s=180)

    # replay reads the password from the variable, the service from the file: both ways work.
    replay_env = service_env(
        secured.sasl_ssl, **topics, **secured.scram(sasl_password_file=None, sasl_password=PASSWORD)
    )
    # To the articles topic the service reads (a replay's default is the backfill topic).
    replay_to = ("--topic", topics["articles_topic"])
    code, replay_output = await _command(replay_env, "replay", str(SEED), *replay_to)
    assert code == 0, replay_output

    (article,) = read_articles(str(SEED))
    offline = extract_events(article)
    settings = _settings(secured.sasl_ssl, **topics, **security)
    records = await _collect(
        settings, topics["events_topic"], lambda r: len(r) >= len(offline), timeout_s=180
    )
    service.ensure_running()
    events = [EventMessage.model_validate_json(r.value) for r in records]
    assert missing_expectations(events) == []
    assert {r.key for r in records} == {SEED_ARTICLE_ID.encode()}
    assert [e.event_id for e in events] == [e.event_id for e in offline]

    code, dlq_output = await _command(env, "dlq", "list")
    assert (code, dlq_output.strip()) == (0, ""), dlq_output  # connected; no dead letter

    assert await service.stop() == 0
    published = service.events("article_published")
    assert [line.get("article_id") for line in published] == [SEED_ARTICLE_ID]
    for output in (service.log_path.read_text("utf-8"), replay_output, dlq_output):
        assert PASSWORD not in output


async def test_replay_and_dlq_over_mutual_tls(secured: SecuredCluster) -> None:
    """A client certificate instead of a password: replay produces, the article arrives."""
    topics = _topics()
    env = service_env(secured.mutual_tls, **topics, **secured.mtls())
    code, output = await _command(env, "replay", str(SEED), "--topic", topics["articles_topic"])
    assert code == 0, output
    settings = _settings(secured.mutual_tls, **topics, **secured.mtls())
    records = await _collect(settings, topics["articles_topic"], lambda r: len(r) >= 1, 60)
    articles = [(r.key, ArticleMessage.model_validate_json(r.value)) for r in records]
    assert [(key, a.id, a.source) for key, a in articles] == [
        (SEED_ARTICLE_ID.encode(), SEED_ARTICLE_ID, "Al-Mashareq")
    ]
    code, output = await _command(env, "dlq", "list")
    assert (code, output.strip()) == (0, ""), output


@pytest.mark.parametrize(
    ("case", "what"),
    [
        (
            "wrong password",
            f"refused the credentials of user '{USER}' (SCRAM-SHA-512): Authentication failed",
        ),
        ("untrusted broker", "TLS: the certificate of the Kafka broker at 127.0.0.1:"),
        ("no client certificate", "TLS handshake with the Kafka broker at 127.0.0.1:"),
        ("plaintext to TLS", "speaks TLS, and NEWSEVENTS_SECURITY_PROTOCOL is PLAINTEXT"),
    ],
    ids=["wrong-password", "untrusted-broker", "no-client-certificate", "plaintext-to-tls"],
)
async def test_run_stops_at_once_with_one_clear_line(
    secured: SecuredCluster,
    service_process: ServiceFactory,
    record_figures: RecordFigures,
    case: str,
    what: str,
) -> None:
    topics = _topics()
    if case == "wrong password":
        bootstrap = secured.sasl_ssl
        settings = secured.scram(sasl_password_file=None, sasl_password="not-the-password")
    elif case == "untrusted broker":
        bootstrap = secured.sasl_ssl
        settings = secured.scram(ssl_cafile=secured.files["other-ca"])
    elif case == "no client certificate":
        bootstrap = secured.mutual_tls
        settings = secured.mtls(ssl_certfile=None, ssl_keyfile=None)
    else:
        bootstrap, settings = secured.sasl_ssl, {}
    service = service_process(service_env(bootstrap, workers=1, **topics, **settings))
    launched = time.monotonic()
    service.launch()
    code = await service.wait(EXIT_DEADLINE_S)
    took = time.monotonic() - launched
    text = service.log_path.read_text("utf-8")
    said = [line for line in text.splitlines() if line.startswith("newsevents: ")]
    assert code == EXIT_CONFIG, text
    assert len(said) == 1 and what in said[0], text
    assert "Traceback" not in text
    assert not service.events("service_started"), "it must stop before consuming"
    assert PASSWORD not in text
    record_figures(f"security/{case}", {"exit_s": round(took, 2), "said": said[0]})
