"""Settings, read from ``NEWSEVENTS_*`` environment variables (documented in the README)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSEVENTS_", extra="ignore")

    bootstrap_servers: str | None = Field(
        default=None,
        description="Kafka bootstrap servers; unset means `demo` starts a local broker.",
    )
    articles_topic: str = "articles"
    events_topic: str = "events"
    dlq_topic: str = "articles.dlq"
    group_id: str = "newsevents"
    client_id: str = "newsevents"
    delivery: Literal["at-least-once"] = Field(
        default="at-least-once",
        description="Idempotent producer, offsets committed after the broker acknowledged.",
    )
    max_body_bytes: int = Field(
        default=1_000_000, gt=0, description="Larger messages go to the DLQ."
    )
    batch_max_records: int = Field(default=100, gt=0, description="Records fetched per poll.")
    poll_timeout_ms: int = Field(default=500, gt=0)
    topic_partitions: int = Field(
        default=3, gt=0, description="Partitions when topics are created."
    )
    create_topics: bool = Field(default=True, description="Create missing topics at start.")
    shutdown_timeout_s: float = Field(default=20.0, gt=0)
    log_level: str = "INFO"
    local_kafka_home: str = Field(
        default=".local/kafka", description="Where the local broker keeps its jars and data."
    )
