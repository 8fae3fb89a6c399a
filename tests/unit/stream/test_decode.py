"""Raw values become articles or a dead letter that says why."""

from __future__ import annotations

import json
import sys

import pytest

from newsevents.errors import (
    DeadLetter,
    EmptyMessage,
    InvalidJson,
    InvalidUtf8,
    OversizedMessage,
    SchemaViolation,
)
from newsevents.stream.decode import decode_article

VALID = {"id": "a1", "body": "Text.", "published_at": "2024-03-14T10:00:00+02:00"}


def test_valid_article_keeps_unknown_fields() -> None:
    """Unknown fields are kept, not fatal; language defaults to English."""
    article = decode_article(json.dumps({**VALID, "section": "world"}).encode(), 1000)
    assert article.id == "a1"
    assert article.language == "en"
    assert article.model_extra == {"section": "world"}


@pytest.mark.parametrize(
    ("value", "error", "reason"),
    [
        (None, EmptyMessage, "no value"),
        (b"x" * 2000, OversizedMessage, "2000 bytes"),
        (b"\xff\xfe{}", InvalidUtf8, "not UTF-8"),
        (b"{not json", InvalidJson, "not JSON"),
        (b"[1, 2]", InvalidJson, "JSON list"),
        (json.dumps({**VALID, "body": "   "}).encode(), EmptyMessage, "body is empty"),
        (json.dumps({"id": "a1", "body": "x"}).encode(), SchemaViolation, "published_at"),
        (
            json.dumps({**VALID, "published_at": "2024-03-14"}).encode(),
            SchemaViolation,
            "published_at",
        ),
        (json.dumps({**VALID, "id": 5}).encode(), SchemaViolation, "id"),
        (b"[" * 100_000 + b"]" * 100_000, OversizedMessage, "limit"),
    ],
)
def test_bad_values_become_dead_letters(
    value: bytes | None, error: type[DeadLetter], reason: str
) -> None:
    """The error class names the failure; the message says what was wrong."""
    with pytest.raises(error, match=reason):
        decode_article(value, 1000)


def test_deep_nesting_is_a_dead_letter_not_a_crash() -> None:
    """Metadata nested past the JSON parser's recursion limit is rejected cleanly."""
    deep = (
        b'{"id": "a", "body": "b", "published_at": "2024-01-01T00:00:00Z", "metadata": '
        + b'{"a":' * 100_000
        + b"1"
        + b"}" * 100_001
    )
    with pytest.raises(SchemaViolation, match="nested 100001 levels deep"):
        decode_article(deep, 10_000_000)


def test_deep_nesting_is_told_the_same_way_whatever_the_stack() -> None:
    """Whether json.loads hits its recursion limit depends on the stack in use; the verdict on
    a deep message must not (the hostile-message fault test caught a service saying
    SchemaViolation where the test process said InvalidJson)."""
    deep = b'{"id": "a", "body": "b", "metadata": ' + b"[" * 2_000 + b"]" * 2_000 + b"}"
    verdicts = set()
    for limit in (1_200, 5_000, 50_000):
        old = sys.getrecursionlimit()
        sys.setrecursionlimit(limit)
        try:
            with pytest.raises(DeadLetter) as caught:
                decode_article(deep, 10_000_000)
            verdicts.add(type(caught.value))
        finally:
            sys.setrecursionlimit(old)
    assert verdicts == {SchemaViolation}
    # brackets inside strings are text, not nesting, escaped quotes and backslashes included
    for body in ("[[[[" * 50, '"[[[[' * 50, "\\" + "{" * 60, '\\"' + "[" * 60):
        quoted = json.dumps({**VALID, "body": body + " clashes in Homs"}).encode()
        assert decode_article(quoted, 10_000).body.startswith(body)
    # ... but a backslash pair before a quote closes the string: what follows is nesting
    escaped_end = b'{"id": "a", "body": "x\\\\", "metadata": ' + b"[" * 40 + b"]" * 40 + b"}"
    with pytest.raises(SchemaViolation, match="nested 41 levels deep"):
        decode_article(escaped_end, 10_000)


def test_metadata_nesting_is_limited() -> None:
    """Deep but parseable nesting is a schema violation, not a crash further on."""
    nested: dict[str, object] = {"leaf": 1}
    for _ in range(40):
        nested = {"a": nested}
    value = json.dumps({**VALID, "metadata": nested}).encode()
    with pytest.raises(SchemaViolation, match="nested 42 levels deep, the limit is 32"):
        decode_article(value, 10_000_000)
    shallow = json.dumps({**VALID, "metadata": {"a": {"b": [1, {"c": 2}]}}}).encode()
    assert decode_article(shallow, 10_000).metadata == {"a": {"b": [1, {"c": 2}]}}


@pytest.mark.parametrize(
    "fields",
    [
        {"id": "u1", "url": "https://news.example/a"},
        {"id": "u1", "url": "https://news.example/a", "body": "  "},  # blank body: fetched
        {"id": "u1", "url": "https://news.example/a", "published_at": "2024-03-14T10:00:00Z"},
    ],
)
def test_a_url_without_a_body_is_an_article_to_fetch(fields: dict[str, str]) -> None:
    article = decode_article(json.dumps(fields).encode(), 1000)
    assert (article.id, article.url, article.body) == ("u1", "https://news.example/a", None)


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"id": "a1", "title": "No text"}, 'an article needs a "body" or a "url"'),
        ({"id": "a1", "url": "", "title": "No text"}, 'an article needs a "body" or a "url"'),
        ({"id": "a1", "body": "Text."}, 'an article with a "body" needs "published_at"'),
    ],
)
def test_neither_body_nor_url_is_a_schema_violation_that_says_so(
    fields: dict[str, str], reason: str
) -> None:
    with pytest.raises(SchemaViolation, match=reason):
        decode_article(json.dumps(fields).encode(), 1000)
