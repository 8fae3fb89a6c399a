"""Settings, read from ``NEWSEVENTS_*`` environment variables (documented in the README)."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from . import __version__

# The pipeline's default (extraction.pipeline.MAX_TEXT_CHARS; a test checks they agree):
# config does not import the extraction engine.
_MAX_TEXT_CHARS = 200_000


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSEVENTS_", extra="ignore")

    bootstrap_servers: str | None = Field(
        default=None,
        description="Kafka bootstrap servers; unset means `demo` starts a local broker.",
    )
    articles_topic: str = Field(default="articles", description="Input: article messages.")
    backfill_topic: str = Field(
        default="articles.backfill",
        description="Input: replayed (archived) articles; live articles go first.",
    )
    replay_checkpoint_topic: str = Field(
        default="newsevents.replay.checkpoints",
        description="Compacted topic of the replays' checkpoints, one key per run id.",
    )
    events_topic: str = Field(default="events", description="Output: one message per event.")
    dlq_topic: str = Field(default="articles.dlq", description="Dead letters with reasons.")
    group_id: str = Field(default="newsevents", description="Consumer group of the service.")
    client_id: str = Field(default="newsevents", description="Kafka client id.")
    delivery: Literal["exactly-once", "at-least-once"] = Field(
        default="exactly-once",
        description="exactly-once: Kafka transactions, one transactional producer per input "
        "partition; at-least-once: idempotent producer, commit after the broker acknowledged.",
    )
    workers: int = Field(
        default_factory=lambda: os.cpu_count() or 1,
        gt=0,
        description="Extraction processes (CPU-bound work runs off the event loop).",
    )
    article_deadline_s: float = Field(
        default=30.0, gt=0, description="An extraction running longer is dead-lettered."
    )
    max_in_flight: int = Field(
        default=32, gt=0, description="Articles in flight per partition before it is paused."
    )
    backfill_max_in_flight: int = Field(
        default=8,
        gt=0,
        description="Articles in flight per backfill partition before it is paused.",
    )
    live_first: bool = Field(
        default=True,
        description="Live articles go first: backfill partitions are paused while live ones "
        "have articles waiting, and a free extraction worker takes a live article before a "
        "backfill one; false: both topics are served in arrival order.",
    )
    live_first_threshold: int = Field(
        default=0,
        ge=0,
        description="Live articles waiting or in flight beyond which the backfill partitions "
        "are paused; they resume when no live article is left.",
    )
    commit_interval_ms: int = Field(
        default=100,
        ge=0,
        description="A partition waits up to this long for more finished articles per commit.",
    )
    stall_timeout_s: float = Field(
        default=120.0, gt=0, description="No progress while lag remains: exit non-zero."
    )
    drain_timeout_s: float = Field(
        default=20.0, gt=0, description="Shutdown/revocation waits this long for in-flight work."
    )
    session_timeout_ms: int = Field(
        default=10_000, gt=0, description="Consumer group session timeout."
    )
    extractor: str = Field(
        default="newsevents.extraction.pipeline:extract_events",
        description="module:function from Article to a list of EventMessage.",
    )
    include_background: bool = Field(
        default=False,
        description="Publish also background events (history, earlier incidents, standing "
        "situations: temporal_status background) and planned or denied ones.",
    )
    gazetteer_dir: str | None = Field(
        default=None,
        description="A GeoNames import (`newsevents gazetteer import`) whose villages, camps "
        "and bases the geoparser uses beside its embedded places; unset: embedded only.",
    )
    max_text_chars: int = Field(
        default=_MAX_TEXT_CHARS,
        gt=0,
        description="Characters of a body read for events (a prefix, cut at a paragraph "
        "break); the rest of a longer text is not read. Time is linear in what is read.",
    )
    max_body_bytes: int = Field(
        default=1_000_000, gt=0, description="Larger messages go to the DLQ."
    )
    batch_max_records: int = Field(default=100, gt=0, description="Records fetched per poll.")
    poll_timeout_ms: int = Field(default=500, gt=0, description="Longest wait of one poll.")
    topic_partitions: int = Field(
        default=3, gt=0, description="Partitions when topics are created."
    )
    topic_replication_factor: int = Field(
        default=1, gt=0, description="Replicas when topics are created."
    )
    create_topics: bool = Field(default=True, description="Create missing topics at start.")
    log_level: str = Field(default="INFO", description="DEBUG, INFO, WARNING or ERROR.")
    local_kafka_home: str = Field(
        default=".local/kafka", description="Where the local broker keeps its jars and data."
    )
    metrics_host: str = Field(
        default="0.0.0.0",
        description="Address of the HTTP server of /metrics, /healthz and /readyz (all "
        "interfaces, for a container's probes; 127.0.0.1 keeps it local).",
    )
    metrics_port: int = Field(
        default=9464,
        ge=0,
        le=65535,
        description="Port of /metrics, /healthz and /readyz; 0: any free port (logged in "
        "metrics_serving).",
    )

    # The HTTP client of every outside url (web/guard/): the pages of url-only articles (run,
    # extract) and the feeds of `newsevents feeds`; README "Articles from the web" and "Feeds".
    # The url comes from outside (a feed's redirect too): the address guard refuses the
    # service's own networks by default.
    fetch_concurrency: int = Field(
        default=16,
        gt=0,
        description="Requests at once in all: pages fetched at once (all partitions together), "
        "or feed connections of the poller.",
    )
    fetch_per_host: int = Field(
        default=4, gt=0, description="Requests at once to one host (host:port), pages or feeds."
    )
    fetch_connect_timeout_s: float = Field(
        default=5.0, gt=0, description="Resolving a host and connecting to it."
    )
    fetch_read_timeout_s: float = Field(
        default=15.0, gt=0, description="Longest wait for the next bytes of an answer."
    )
    fetch_total_timeout_s: float = Field(
        default=60.0,
        gt=0,
        description="A page's whole fetch (redirects, retries and their waits included), or "
        "a feed request's, connect to last byte.",
    )
    fetch_retries: int = Field(
        default=2,
        ge=0,
        description="Page retries after a timeout, a failed connection, 408, 429 or 5xx (a "
        "failed feed waits for its next poll instead).",
    )
    fetch_backoff_max_s: float = Field(
        default=10.0,
        gt=0,
        description="Longest wait before a page retry (exponential from 0.5 s, with jitter; a "
        "Retry-After up to this long is obeyed).",
    )
    fetch_max_redirects: int = Field(
        default=5, ge=0, description="Redirects followed, each hop checked again."
    )
    fetch_max_bytes: int = Field(
        default=5_000_000, gt=0, description="Largest page read (decompressed bytes)."
    )
    fetch_allow_private: bool = Field(
        default=False,
        description="Let loopback and private addresses (10/8, 172.16/12, 192.168/16, "
        "100.64/10, fc00::/7) be fetched; link-local (169.254.169.254), multicast, unspecified "
        "and reserved ones stay refused.",
    )
    fetch_allow_networks: str = Field(
        default="",
        description="Comma-separated CIDR networks fetched whatever their kind "
        "(127.0.0.1/32, 10.20.0.0/16).",
    )
    fetch_user_agent: str = Field(
        default=f"newsevents/{__version__} (+https://newsevents.dev/bot)",
        min_length=1,
        description="User-Agent of every request, pages and feeds: name your service and a "
        "contact.",
    )
    fetch_http2: bool = Field(default=True, description="Offer HTTP/2 to HTTPS servers (ALPN).")

    @field_validator("fetch_allow_networks")
    @classmethod
    def _networks(cls, value: str) -> str:
        for part in value.split(","):
            if part.strip():
                try:
                    ipaddress.ip_network(part.strip(), strict=False)
                except ValueError:
                    raise ValueError(f"{part.strip()!r} is not a CIDR network") from None
        return value

    # `newsevents feeds` (README, "Feeds"; docs/design.md, "Feeds").
    feeds_seen_topic: str = Field(
        default="newsevents.feeds.seen",
        description="Compacted topic of the feed poller's seen markers (article ids, feed "
        "validators); its partitions divide the feeds among the poller's replicas.",
    )
    feeds_seen_retention_days: float = Field(
        default=90.0,
        ge=0,
        description="When the poller creates the seen topic: markers older than this are "
        "deleted (compact,delete); 0: kept forever (compact). Items still in a feed are "
        "re-marked at half this age.",
    )
    feeds_default_interval_s: float = Field(
        default=900.0, ge=10, description="Poll interval of a feed that sets none."
    )
    feeds_max_bytes: int = Field(
        default=20_000_000,
        gt=0,
        description="A larger feed document (decompressed) counts as a failure: a feed of "
        "10,000 items with their content is several MB, an article page is not "
        "(NEWSEVENTS_FETCH_MAX_BYTES).",
    )
    feeds_backoff_base_s: float = Field(
        default=30.0, gt=0, description="First retry delay of a failed feed; doubles each time."
    )
    feeds_max_backoff_s: float = Field(
        default=3600.0, gt=0, description="Longest retry delay of a failing feed."
    )

    # Kafka security (README, "Secured clusters"); stream/broker/clients.py turns these into the
    # clients' arguments. Passwords are SecretStr: repr, model_dump(mode="json") and so every
    # log line show "**********"; the _FILE variants read a mounted secret (Docker, Kubernetes).
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        default="PLAINTEXT",
        description="PLAINTEXT, SSL (TLS; mutual TLS with a client certificate), "
        "SASL_PLAINTEXT or SASL_SSL (user and password over TLS).",
    )
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = Field(
        default="PLAIN", description="SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512."
    )
    sasl_username: str | None = Field(default=None, description="SASL user name.")
    sasl_password: SecretStr | None = Field(
        default=None, description="SASL password (or sasl_password_file)."
    )
    sasl_password_file: Path | None = Field(
        default=None, description="A file holding the SASL password (a mounted secret)."
    )
    ssl_cafile: Path | None = Field(
        default=None,
        description="PEM file of the CA(s) that signed the brokers' certificates; unset: the "
        "system's trusted CAs.",
    )
    ssl_certfile: Path | None = Field(
        default=None, description="PEM client certificate (chain), for mutual TLS."
    )
    ssl_keyfile: Path | None = Field(
        default=None, description="PEM private key of the client certificate."
    )
    ssl_key_password: SecretStr | None = Field(
        default=None, description="Password of an encrypted ssl_keyfile (or its _file)."
    )
    ssl_key_password_file: Path | None = Field(
        default=None, description="A file holding the password of ssl_keyfile."
    )
    ssl_check_hostname: bool = Field(
        default=True,
        description="Check that a broker's certificate names the host connected to.",
    )

    @field_validator("security_protocol", "sasl_mechanism", mode="before")
    @classmethod
    def _upper_case(cls, value: object) -> object:
        # Kafka's own clients read sasl_ssl and scram-sha-512 too.
        return value.strip().upper() if isinstance(value, str) else value

    def extraction_options(self) -> dict[str, object]:
        """The options of the pipeline's ``configure()`` that differ from its defaults (so that
        a custom extractor without a ``configure()`` is not told about options it would ignore)."""
        options: dict[str, object] = {}
        if self.include_background:
            options["include_background"] = True
        if self.gazetteer_dir:
            options["gazetteer_dir"] = self.gazetteer_dir
        if self.max_text_chars != _MAX_TEXT_CHARS:
            options["max_text_chars"] = self.max_text_chars
        return options


# The settings each offline command reads; the others (run, demo, replay, dlq) read them all.
OFFLINE_SETTINGS: dict[str, frozenset[str]] = {
    # extract fetches url-only articles: the fetch settings are read (an invalid one stops it).
    "extract": frozenset(
        {"include_background", "gazetteer_dir", "max_text_chars", "log_level"}
        | {name for name in Settings.model_fields if name.startswith("fetch_")}
    ),
    "annotate": frozenset({"gazetteer_dir", "log_level"}),
    "evaluate": frozenset({"gazetteer_dir", "log_level"}),
    "gazetteer": frozenset({"gazetteer_dir", "log_level"}),
    "schemas": frozenset({"log_level"}),
    "ontology": frozenset({"log_level"}),
}


@dataclass(frozen=True, slots=True)
class InvalidSetting:
    """``NEWSEVENTS_WORKERS='abc'``: ``variable``, ``value`` and pydantic's ``reason``."""

    field: str
    variable: str
    value: object
    reason: str


def load_settings(command: str) -> tuple[Settings, list[InvalidSetting]]:
    """The settings for ``command``: invalid ones it does not read are left at their default
    and returned (the command warns); an invalid one it reads raises ``ValidationError``."""
    try:
        return Settings(), []
    except ValidationError as error:
        invalid = [
            InvalidSetting(
                field=str(e["loc"][0]),
                variable=f"NEWSEVENTS_{str(e['loc'][0]).upper()}",
                value=e.get("input"),
                reason=e["msg"],
            )
            for e in error.errors()
            if e["loc"]
        ]
        used = OFFLINE_SETTINGS.get(command)
        if (
            used is None
            or any(s.field in used for s in invalid)
            or len(invalid) < len(error.errors())
        ):
            raise
        defaults = {
            s.field: Settings.model_fields[s.field].get_default(call_default_factory=True)
            for s in invalid
        }
        return Settings(**defaults), invalid
