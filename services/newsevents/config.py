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
    articles_topic: str = Field(default="articles", description="Input: article messages.")
    events_topic: str = Field(default="events", description="Output: one message per event.")
    dlq_topic: str = Field(default="articles.dlq", description="Dead letters with reasons.")
    group_id: str = Field(default="newsevents", description="Consumer group of the service.")
    client_id: str = Field(default="newsevents", description="Kafka client id.")
    delivery: Literal["at-least-once"] = Field(
        default="at-least-once",
        description="Idempotent producer, offsets committed after the broker acknowledged.",
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
