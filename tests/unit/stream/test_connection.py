"""Security settings -> aiokafka's connection arguments (stream/broker/clients.py), their checks,
the redaction of secrets, and the one-line causes of a failed connection."""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
from pathlib import Path

import pytest
import structlog
from aiokafka.errors import KafkaConnectionError, SaslAuthenticationFailed
from cryptography.hazmat.primitives import serialization

from newsevents.config import Settings
from newsevents.failures import EXIT_CONFIG, BadConfiguration, BrokerUnreachable
from newsevents.logs import configure_logging
from newsevents.stream.broker.clients import _failure, connection_kwargs
from tests.certificates import Certificates, make_test_pki

SECRET = "s3cr3t-Pa55word-0f-alice"
KEY_SECRET = "k3y-Pa55word-0f-the-client"


def _settings(**fields: object) -> Settings:
    """From these fields alone: model_validate reads no NEWSEVENTS_* of the test run."""
    return Settings.model_validate(fields)


@pytest.fixture(scope="module")
def pki() -> Certificates:
    return make_test_pki()


@pytest.fixture
def files(pki: Certificates, tmp_path: Path) -> dict[str, Path]:
    paths = pki.write(tmp_path)
    key = serialization.load_pem_private_key(pki.client.key.encode(), None)
    encrypted = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(KEY_SECRET.encode()),
    )
    paths["encrypted-key"] = tmp_path / "client-encrypted.pem"
    paths["encrypted-key"].write_bytes(encrypted)
    paths["password"] = tmp_path / "password"
    paths["password"].write_text(SECRET + "\n")
    return paths


def test_the_default_is_plaintext_with_nothing_else() -> None:
    assert connection_kwargs(_settings()) == {"security_protocol": "PLAINTEXT"}


@pytest.mark.parametrize("mechanism", ["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"])
def test_sasl_ssl_gives_the_mechanism_user_password_and_a_verifying_context(
    files: dict[str, Path], mechanism: str
) -> None:
    kwargs = connection_kwargs(
        _settings(
            security_protocol="sasl_ssl",  # Kafka's clients read it in any case
            sasl_mechanism=mechanism.lower(),
            sasl_username="alice",
            sasl_password=SECRET,
            ssl_cafile=files["ca"],
        )
    )
    context = kwargs.pop("ssl_context")
    assert kwargs == {
        "security_protocol": "SASL_SSL",
        "sasl_mechanism": mechanism,
        "sasl_plain_username": "alice",
        "sasl_plain_password": SECRET,
    }
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    issuers = [dict(item[0] for item in ca["subject"]) for ca in context.get_ca_certs()]
    assert {"commonName": "newsevents test CA"} in issuers


def test_sasl_plaintext_has_no_tls_and_the_password_file_loses_its_newline(
    files: dict[str, Path],
) -> None:
    kwargs = connection_kwargs(
        _settings(
            security_protocol="SASL_PLAINTEXT",
            sasl_username="alice",
            sasl_password_file=files["password"],
        )
    )
    assert kwargs == {
        "security_protocol": "SASL_PLAINTEXT",
        "sasl_mechanism": "PLAIN",
        "sasl_plain_username": "alice",
        "sasl_plain_password": SECRET,
    }


def test_the_password_file_is_read_at_each_connection(files: dict[str, Path]) -> None:
    """A rotated secret (Kubernetes updates the mounted file) reaches the next client."""
    settings = _settings(
        security_protocol="SASL_PLAINTEXT",
        sasl_username="alice",
        sasl_password_file=files["password"],
    )
    assert connection_kwargs(settings)["sasl_plain_password"] == SECRET
    files["password"].write_text("rotated")
    assert connection_kwargs(settings)["sasl_plain_password"] == "rotated"


def test_mutual_tls_loads_the_client_certificate_and_an_encrypted_key(
    files: dict[str, Path],
) -> None:
    kwargs = connection_kwargs(
        _settings(
            security_protocol="SSL",
            ssl_cafile=files["ca"],
            ssl_certfile=files["client"],
            ssl_keyfile=files["encrypted-key"],
            ssl_key_password=KEY_SECRET,
            ssl_check_hostname=False,
        )
    )
    assert set(kwargs) == {"security_protocol", "ssl_context"}
    assert kwargs["security_protocol"] == "SSL"
    assert not kwargs["ssl_context"].check_hostname


@pytest.mark.parametrize(
    ("fields", "what"),
    [
        (
            {"security_protocol": "SASL_SSL", "sasl_password": SECRET},
            "NEWSEVENTS_SECURITY_PROTOCOL=SASL_SSL needs NEWSEVENTS_SASL_USERNAME",
        ),
        (
            {"security_protocol": "SASL_PLAINTEXT", "sasl_username": "alice"},
            "NEWSEVENTS_SECURITY_PROTOCOL=SASL_PLAINTEXT needs NEWSEVENTS_SASL_PASSWORD or "
            "NEWSEVENTS_SASL_PASSWORD_FILE",
        ),
        (
            {
                "security_protocol": "SASL_PLAINTEXT",
                "sasl_username": "alice",
                "sasl_password": SECRET,
                "sasl_password_file": "PASSWORD",
            },
            "both NEWSEVENTS_SASL_PASSWORD and NEWSEVENTS_SASL_PASSWORD_FILE are set",
        ),
        (
            {
                "security_protocol": "SASL_PLAINTEXT",
                "sasl_username": "alice",
                "sasl_password_file": "/no/such/secret",
            },
            "NEWSEVENTS_SASL_PASSWORD_FILE=/no/such/secret: cannot read it",
        ),
        (
            {"ssl_cafile": "CA", "sasl_username": "alice"},
            "NEWSEVENTS_SSL_CAFILE, NEWSEVENTS_SASL_USERNAME set, but "
            "NEWSEVENTS_SECURITY_PROTOCOL=PLAINTEXT does not use it",
        ),
        (
            {"security_protocol": "SSL", "ssl_cafile": "/no/ca.pem"},
            "NEWSEVENTS_SSL_CAFILE=/no/ca.pem: no such file",
        ),
        (
            {"security_protocol": "SSL", "ssl_keyfile": "KEY"},
            "NEWSEVENTS_SSL_KEYFILE is set without NEWSEVENTS_SSL_CERTFILE",
        ),
        (
            {
                "security_protocol": "SSL",
                "ssl_certfile": "CLIENT",
                "ssl_keyfile": "ENCRYPTED",
                "ssl_key_password": "wrong",
            },
            "cannot load the TLS files (NEWSEVENTS_SSL_CERTFILE=",
        ),
        (
            {"security_protocol": "SSL", "ssl_cafile": "PASSWORD"},
            "cannot load the TLS files (NEWSEVENTS_SSL_CAFILE=",
        ),
    ],
)
def test_contradictions_and_unreadable_files_are_configuration_errors(
    files: dict[str, Path], fields: dict[str, object], what: str
) -> None:
    names = {"PASSWORD": "password", "CA": "ca", "KEY": "client-key", "CLIENT": "client"}
    names["ENCRYPTED"] = "encrypted-key"
    resolved = {k: str(files[names[v]]) if v in names else v for k, v in fields.items()}
    with pytest.raises(BadConfiguration) as raised:
        connection_kwargs(_settings(**resolved))
    assert raised.value.exit_code == EXIT_CONFIG
    assert what in raised.value.what
    assert SECRET not in raised.value.what + raised.value.todo


def test_secrets_are_redacted_in_the_dump_repr_and_a_log_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue 12: the start-up line logs model_dump(mode="json"); no secret may show."""
    settings = _settings(
        security_protocol="SASL_SSL",
        sasl_username="alice",
        sasl_password=SECRET,
        ssl_key_password=KEY_SECRET,
    )
    dump = settings.model_dump(mode="json")
    assert dump["sasl_password"] == dump["ssl_key_password"] == "**********"
    assert dump["sasl_username"] == "alice"
    configure_logging("INFO")
    capsys.readouterr()
    structlog.get_logger("test").info("settings", **dump)
    logging.getLogger("aiokafka.test").warning("settings %s", settings)
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["sasl_password"] == "**********"
    for text in (json.dumps(dump), repr(settings), str(settings), *lines):
        assert SECRET not in text and KEY_SECRET not in text


def _sasl_ssl() -> Settings:
    return _settings(
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_username="alice",
        sasl_password=SECRET,
    )


def _wrapped(cause: BaseException) -> KafkaConnectionError:
    """As aiokafka's connection raises it: "Connection at ... closed", the cause attached."""
    error = KafkaConnectionError("Connection at 127.0.0.1:9093 closed")
    error.__cause__ = cause
    return error


def test_a_refused_password_names_the_user_and_mechanism_never_the_password() -> None:
    failure = _failure(
        _sasl_ssl(),
        "127.0.0.1:9093",
        SaslAuthenticationFailed("Authentication failed due to invalid credentials"),
    )
    assert isinstance(failure, BadConfiguration)
    assert failure.what == (
        "the Kafka broker at 127.0.0.1:9093 refused the credentials of user 'alice' "
        "(SCRAM-SHA-512): Authentication failed due to invalid credentials"
    )
    assert SECRET not in failure.what + failure.todo


def test_tls_causes_are_found_behind_a_closed_connection() -> None:
    alert = ssl.SSLError(1, "[SSL: SSLV3_ALERT_BAD_CERTIFICATE] sslv3 alert bad certificate")
    alert.reason = "SSLV3_ALERT_BAD_CERTIFICATE"
    failure = _failure(_settings(security_protocol="SSL"), "b:9093", _wrapped(alert))
    assert isinstance(failure, BadConfiguration)
    assert (
        failure.what
        == "TLS handshake with the Kafka broker at b:9093 failed: sslv3 alert bad certificate"
    )


def test_a_plaintext_client_at_a_tls_listener_is_told_so() -> None:
    # aiokafka reads the TLS alert 15 03 03 00 02 .. as a response of 0x15030300 bytes.
    alert = asyncio.IncompleteReadError(b"\x02\x46\x00", 0x15030300)
    failure = _failure(_settings(), "b:9093", _wrapped(alert))
    assert isinstance(failure, BadConfiguration)
    assert "speaks TLS, and NEWSEVENTS_SECURITY_PROTOCOL is PLAINTEXT" in failure.what


def test_a_refused_connection_stays_unreachable() -> None:
    failure = _failure(_sasl_ssl(), "b:9093", ConnectionRefusedError(111, "Connect call failed"))
    assert isinstance(failure, BrokerUnreachable)
    assert (
        failure.what
        == "cannot reach the Kafka broker at b:9093 over SASL_SSL: [Errno 111] Connect call failed"
    )


@pytest.mark.parametrize(
    ("argv", "variables", "what"),
    [
        (
            ["demo"],
            {"NEWSEVENTS_SECURITY_PROTOCOL": "SSL"},
            "NEWSEVENTS_SECURITY_PROTOCOL=SSL without NEWSEVENTS_BOOTSTRAP_SERVERS: the local "
            "broker of demo speaks PLAINTEXT",
        ),
        (
            ["run"],
            {
                "NEWSEVENTS_BOOTSTRAP_SERVERS": "localhost:1",
                "NEWSEVENTS_SECURITY_PROTOCOL": "SASL_SSL",
                "NEWSEVENTS_SASL_USERNAME": "alice",
                "NEWSEVENTS_SASL_PASSWORD_FILE": "/run/secrets/none",
            },
            "NEWSEVENTS_SASL_PASSWORD_FILE=/run/secrets/none: cannot read it (",
        ),
    ],
)
def test_the_commands_stop_on_bad_security_settings_with_exit_78(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    variables: dict[str, str],
    what: str,
) -> None:
    from newsevents.cli import main

    monkeypatch.delenv("NEWSEVENTS_BOOTSTRAP_SERVERS", raising=False)
    monkeypatch.setenv("NEWSEVENTS_LOG_LEVEL", "WARNING")
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(Path(__file__).resolve().parents[3])  # seeds/ for demo
    code = main(argv)
    err = capsys.readouterr().err.splitlines()
    assert code == EXIT_CONFIG
    assert len(err) == 2 and err[0].startswith(f"newsevents: {what}"), err
