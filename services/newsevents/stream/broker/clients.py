"""How every Kafka client of the project connects: security arguments, start, failure in words.

``connection_kwargs(settings)`` is the one place that turns the security settings into
aiokafka's arguments (``security_protocol``, ``ssl_context``, ``sasl_*``); every consumer,
producer and admin client the project creates is built with ``**`` of it (a unit test checks
the construction sites). The local broker of ``demo`` and the tests speaks PLAINTEXT.

``start_or_close``: aiokafka's ``start()`` raises ``KafkaConnectionError`` when no broker answers,
but the client it leaves behind still holds its connections, and at exit Python warns "Unclosed
AIOKafkaConsumer". A client that did not start is stopped (or closed) here before the error
goes on to the command.

``explain_connection_failure``: that ``KafkaConnectionError`` ("Unable to bootstrap from ...")
says the same for a wrong password, an untrusted certificate and a broker that is down; aiokafka
logs the cause and drops it. One direct connection with the same arguments gets the cause back,
so the command can say in one line what is wrong.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol

from aiokafka.conn import collect_hosts, create_conn
from aiokafka.errors import (
    BrokerResponseError,
    IllegalSaslStateError,
    SaslAuthenticationFailed,
    UnsupportedSaslMechanismError,
)
from aiokafka.helpers import create_ssl_context
from pydantic import SecretStr

from ...config import Settings
from ...failures import BadConfiguration, BrokerUnreachable, CommandFailed

# aiokafka keyword arguments shared by consumers, producers and admin clients.
Connection = Mapping[str, Any]
PLAINTEXT: Connection = MappingProxyType({"security_protocol": "PLAINTEXT"})

_TLS = frozenset({"SSL", "SASL_SSL"})
_SASL = frozenset({"SASL_PLAINTEXT", "SASL_SSL"})
_PROBE_TIMEOUT_MS = 15_000


def connection_kwargs(settings: Settings) -> dict[str, Any]:
    """aiokafka's connection arguments for ``settings``; raises ``BadConfiguration`` (exit 78)
    for settings that contradict each other or files that cannot be read."""
    protocol = settings.security_protocol
    _refuse_unused(settings)
    kwargs: dict[str, Any] = {"security_protocol": protocol}
    if protocol in _TLS:
        kwargs["ssl_context"] = _ssl_context(settings)
    if protocol in _SASL:
        if not settings.sasl_username:
            raise BadConfiguration(
                f"NEWSEVENTS_SECURITY_PROTOCOL={protocol} needs NEWSEVENTS_SASL_USERNAME",
                "set it and NEWSEVENTS_SASL_PASSWORD (or NEWSEVENTS_SASL_PASSWORD_FILE)",
            )
        password = _secret(settings, "sasl_password")
        if password is None:
            raise BadConfiguration(
                f"NEWSEVENTS_SECURITY_PROTOCOL={protocol} needs NEWSEVENTS_SASL_PASSWORD "
                "or NEWSEVENTS_SASL_PASSWORD_FILE",
                "set one of them (a _FILE is read when a client is created: a mounted secret)",
            )
        kwargs["sasl_mechanism"] = settings.sasl_mechanism
        kwargs["sasl_plain_username"] = settings.sasl_username
        kwargs["sasl_plain_password"] = password
    return kwargs


def _refuse_unused(settings: Settings) -> None:
    """TLS or SASL settings the protocol would ignore are an error, not a silent plaintext
    connection: the operator meant them to be used."""
    protocol = settings.security_protocol
    unused = []
    if protocol not in _TLS:
        unused += [
            name
            for name in ("ssl_cafile", "ssl_certfile", "ssl_keyfile", "ssl_key_password")
            if getattr(settings, name) is not None
        ]
        unused += ["ssl_key_password_file"] if settings.ssl_key_password_file else []
    if protocol not in _SASL:
        unused += [
            name
            for name in ("sasl_username", "sasl_password", "sasl_password_file")
            if getattr(settings, name) is not None
        ]
    if unused:
        names = ", ".join(f"NEWSEVENTS_{name.upper()}" for name in unused)
        raise BadConfiguration(
            f"{names} set, but NEWSEVENTS_SECURITY_PROTOCOL={protocol} does not use it",
            "set NEWSEVENTS_SECURITY_PROTOCOL (SSL, SASL_PLAINTEXT or SASL_SSL), or unset them",
        )


def _secret(settings: Settings, name: str) -> str | None:
    """The secret ``name`` from its variable or from the file its ``_FILE`` variable names
    (read now, so that a rotated secret is used by the next client created); not both."""
    value: SecretStr | None = getattr(settings, name)
    path: Path | None = getattr(settings, f"{name}_file")
    variable = f"NEWSEVENTS_{name.upper()}"
    if value is not None and path is not None:
        raise BadConfiguration(f"both {variable} and {variable}_FILE are set", "keep one of them")
    if path is None:
        return value.get_secret_value() if value is not None else None
    try:
        # A mounted secret often ends with a newline that is no part of the password.
        return path.read_text("utf-8").rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as error:
        raise BadConfiguration(
            f"{variable}_FILE={path}: cannot read it ({_reason(error)})",
            "mount the secret there, or fix the path",
        ) from None


def _ssl_context(settings: Settings) -> ssl.SSLContext:
    files = {
        "NEWSEVENTS_SSL_CAFILE": settings.ssl_cafile,
        "NEWSEVENTS_SSL_CERTFILE": settings.ssl_certfile,
        "NEWSEVENTS_SSL_KEYFILE": settings.ssl_keyfile,
    }
    for variable, path in files.items():
        if path is not None and not path.is_file():
            raise BadConfiguration(f"{variable}={path}: no such file", "fix the path")
    if settings.ssl_keyfile is not None and settings.ssl_certfile is None:
        raise BadConfiguration(
            "NEWSEVENTS_SSL_KEYFILE is set without NEWSEVENTS_SSL_CERTFILE",
            "mutual TLS needs both: the client certificate and its key",
        )
    try:
        context: ssl.SSLContext = create_ssl_context(
            cafile=settings.ssl_cafile,
            certfile=settings.ssl_certfile,
            keyfile=settings.ssl_keyfile,
            password=_secret(settings, "ssl_key_password"),
        )
    except (ssl.SSLError, ValueError) as error:
        loaded = ", ".join(f"{v}={p}" for v, p in files.items() if p is not None)
        raise BadConfiguration(
            f"cannot load the TLS files ({loaded or 'none'}): {_reason(error)}",
            "they must be PEM; an encrypted key needs NEWSEVENTS_SSL_KEY_PASSWORD(_FILE)",
        ) from None
    # Only for brokers whose certificates do not name the address used (an IP, a load
    # balancer); the certificate is still checked against the CA.
    context.check_hostname = settings.ssl_check_hostname
    return context


class _Startable(Protocol):
    async def start(self) -> Any: ...


async def start_or_close(client: _Startable) -> None:
    """``await client.start()``; on any failure ``stop()``/``close()`` it, then re-raise."""
    try:
        await client.start()
    except BaseException:
        end = getattr(client, "stop", None) or getattr(client, "close", None)
        if end is not None:
            with contextlib.suppress(Exception):
                await end()
        raise


async def explain_connection_failure(settings: Settings, bootstrap: str) -> CommandFailed | None:
    """Why the clients could not bootstrap from ``bootstrap``: a ``CommandFailed`` with the
    cause found by connecting to each server directly; None when every server answers now, or
    when a PLAINTEXT client simply finds no broker."""
    kwargs = connection_kwargs(settings)

    async def probe(host: str, port: int) -> CommandFailed | None:
        try:
            conn = await create_conn(
                host,
                port,
                client_id=settings.client_id,
                request_timeout_ms=_PROBE_TIMEOUT_MS,
                **kwargs,
            )
        except Exception as error:
            return _failure(settings, f"{host}:{port}", error)
        conn.close()
        return None

    # All servers at once: a silent one costs one timeout, not one each.
    hosts = collect_hosts(bootstrap, randomize=False)
    found = await asyncio.gather(*(probe(host, port) for host, port, _ in hosts))
    failures = [failure for failure in found if failure is not None]
    # The most telling one: a refused password says more than another server being down.
    failures.sort(key=lambda failure: isinstance(failure, BrokerUnreachable))
    if not failures or (
        isinstance(failures[0], BrokerUnreachable) and settings.security_protocol == "PLAINTEXT"
    ):
        return None  # the command's own "cannot reach" says it all
    return failures[0]


def _failure(settings: Settings, where: str, error: BaseException) -> CommandFailed:
    protocol = settings.security_protocol
    # "Connection at ... closed" keeps its cause: a TLS alert (mutual TLS without a client
    # certificate fails after the handshake, at the first request, under TLS 1.3).
    while error.__cause__ is not None:
        error = error.__cause__
    if isinstance(error, SaslAuthenticationFailed | IllegalSaslStateError):
        return BadConfiguration(
            f"the Kafka broker at {where} refused the credentials of user "
            f"{settings.sasl_username!r} ({settings.sasl_mechanism}): {_reason(error)}",
            "check NEWSEVENTS_SASL_USERNAME, NEWSEVENTS_SASL_PASSWORD(_FILE) and "
            "NEWSEVENTS_SASL_MECHANISM",
        )
    if isinstance(error, UnsupportedSaslMechanismError):
        return BadConfiguration(
            f"the Kafka broker at {where} does not offer SASL {settings.sasl_mechanism}: "
            f"{_reason(error)}",
            "set NEWSEVENTS_SASL_MECHANISM to one it offers",
        )
    if isinstance(error, ssl.SSLCertVerificationError):
        return BadConfiguration(
            f"TLS: the certificate of the Kafka broker at {where} is not trusted: "
            f"{error.verify_message}",
            "set NEWSEVENTS_SSL_CAFILE to the CA that signed it; a certificate for another "
            "name: connect by a name it holds (NEWSEVENTS_SSL_CHECK_HOSTNAME=false skips that)",
        )
    if isinstance(error, ssl.SSLError):
        return BadConfiguration(
            f"TLS handshake with the Kafka broker at {where} failed: {_reason(error)}",
            f"check that its listener speaks {protocol}, and for mutual TLS "
            "NEWSEVENTS_SSL_CERTFILE and NEWSEVENTS_SSL_KEYFILE",
        )
    if isinstance(error, asyncio.IncompleteReadError) and (error.expected or 0) >> 16 == 0x1503:
        # A TLS alert record (0x15, version 3.x) where a Kafka response should be: aiokafka
        # read its first four bytes as the length of a response.
        return BadConfiguration(
            f"the Kafka listener at {where} speaks TLS, and NEWSEVENTS_SECURITY_PROTOCOL is "
            f"{protocol}",
            "set it to SSL or SASL_SSL (the listener's protocol), with NEWSEVENTS_SSL_CAFILE",
        )
    hint = f" over {protocol}" if protocol != "PLAINTEXT" else ""
    return BrokerUnreachable(
        f"cannot reach the Kafka broker at {where}{hint}: {_reason(error)}",
        "start it, or check NEWSEVENTS_BOOTSTRAP_SERVERS and NEWSEVENTS_SECURITY_PROTOCOL "
        "(the listener's port and protocol)",
    )


def _reason(error: BaseException) -> str:
    """The error in one line, without the exception class when it says something itself."""
    if isinstance(error, ssl.SSLError) and error.reason:
        return f"{error.reason.replace('_', ' ').lower()}"
    if isinstance(error, BrokerResponseError):
        # "[Error 58] SaslAuthenticationFailed: <message>"; some carry the connection instead.
        message = error.args[0] if error.args and isinstance(error.args[0], str) else ""
        return message or str(error.description)
    text = " ".join(str(error).split())
    return text or type(error).__name__
