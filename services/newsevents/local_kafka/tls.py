"""Secured listeners of the local broker, beside its PLAINTEXT one, for the tests of secured
clusters: SASL_SSL with SCRAM-SHA-512 users, and SSL that requires a client certificate
(mutual TLS).

The PLAINTEXT listener stays: the broker talks to itself over it and the readiness probe uses
it. The key and certificates are PEM text the caller made (the tests use the ``cryptography``
package); they go inline into server.properties as Kafka's PEM key store
(``ssl.keystore.type=PEM``), one property line each. SCRAM users are written into the metadata
log when the storage is formatted (``--add-scram``), as Kafka requires for a KRaft cluster;
their passwords are therefore on a command line: test credentials only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

SASL_SSL = "SASL_SSL"
MUTUAL_TLS = "SSL"
SCRAM_MECHANISM = "SCRAM-SHA-512"


def _one_line(pem: str) -> str:
    # Backslash-n is a line break in a properties file. Kafka's PEM reader needs the lines of
    # a certificate chain: joined by spaces, the chain's last certificate alone was served.
    return "\\n".join(pem.strip().splitlines())


@dataclass(frozen=True, slots=True)
class TlsListeners:
    """``certificate_chain``: the broker's certificate (PEM), then its CA's; it must name
    127.0.0.1, where the broker listens. ``private_key``: its key, PEM PKCS#8, unencrypted.
    ``scram_users`` (name -> password): a SASL_SSL listener with these SCRAM-SHA-512 users.
    ``client_ca`` (PEM): an SSL listener that requires a client certificate signed by it."""

    certificate_chain: str
    private_key: str
    scram_users: Mapping[str, str] = field(default_factory=dict)
    client_ca: str | None = None

    def __post_init__(self) -> None:
        for name, password in self.scram_users.items():
            # Kafka's --add-scram syntax: SCRAM-SHA-512=[name=alice,password=secret]
            if any(c in name + password for c in ",=[]\"' \r\n"):
                raise ValueError(f"SCRAM user {name!r}: use letters, digits, - and _ only")

    @property
    def names(self) -> list[str]:
        """The listener names, which are also their security protocols."""
        return [SASL_SSL] * bool(self.scram_users) + [MUTUAL_TLS] * (self.client_ca is not None)

    def properties(self) -> dict[str, str]:
        """Broker properties of the listeners (their ports come with ``listeners``)."""
        props = {
            "ssl.keystore.type": "PEM",
            "ssl.keystore.certificate.chain": _one_line(self.certificate_chain),
            "ssl.keystore.key": _one_line(self.private_key),
        }
        if self.scram_users:
            prefix = f"listener.name.{SASL_SSL.lower()}"
            props[f"{prefix}.sasl.enabled.mechanisms"] = SCRAM_MECHANISM
            props[f"{prefix}.{SCRAM_MECHANISM.lower()}.sasl.jaas.config"] = (
                "org.apache.kafka.common.security.scram.ScramLoginModule required;"
            )
        if self.client_ca is not None:
            props["ssl.truststore.type"] = "PEM"
            props["ssl.truststore.certificates"] = _one_line(self.client_ca)
            props[f"listener.name.{MUTUAL_TLS.lower()}.ssl.client.auth"] = "required"
        return props

    def format_arguments(self) -> list[str]:
        """``kafka-storage format`` arguments that create the SCRAM users."""
        return [
            argument
            for name, password in self.scram_users.items()
            for argument in ("--add-scram", f"{SCRAM_MECHANISM}=[name={name},password={password}]")
        ]
