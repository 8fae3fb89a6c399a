"""1,000 hostile messages (generated with hypothesis) among valid articles: every hostile one
lands in the DLQ unchanged with its reason, every valid one yields its events, the service lives.

What is hostile is decided offline by the service's own ``decode_article``: a generated message
that happens to be a valid article is expected to yield its events like any other.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from newsevents.errors import DeadLetter
from newsevents.extraction.pipeline import extract_events
from newsevents.stream.decode import decode_article
from newsevents.stream.publish.dead_letters import header_dict
from tests.integration.conftest import RecordFigures, ServiceFactory
from tests.integration.exactly_once import (
    EventKey,
    compare,
    event_keys,
    exactly_once_message,
    wait_for_records,
)
from tests.integration.kafka_tools import read_to_end
from tests.integration.service_process import service_env
from tests.integration.workload import article_record, fresh_topics, make_articles, produce_chunked

pytestmark = pytest.mark.kafka

log = logging.getLogger(__name__)

HOSTILE = 1_000
VALID = 100
MAX_BODY_BYTES = 20_000
DEADLINE_S = 90.0

Value = bytes | None

BODIES = (
    "Syrian government forces clashed with gunmen near Raqqa on Monday.",
    "Iraqi police arrested 12 suspects in Mosul on Tuesday, an official said.",
    "Hundreds protested in Taiz on Friday.",
    "Nothing happened in Sidon today.",
)


def _article(**fields: Any) -> dict[str, Any]:
    return {
        "id": "hostile",
        "title": "A title",
        "body": BODIES[0],
        "published_at": "2024-03-14T08:00:00Z",
        "source": "Test Wire",
        **fields,
    }


def _dumps(data: Any) -> bytes:
    return json.dumps(data).encode()


_ids = st.text(min_size=1, max_size=24)
_bodies = st.sampled_from(BODIES)
_base = st.builds(lambda i, b: _article(id=i, body=b), _ids, _bodies)
_base_bytes = _base.map(_dumps)
_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
_junk = _scalars | st.lists(_scalars, max_size=3) | st.dictionaries(st.text(), _scalars, max_size=3)


@st.composite
def _truncated(draw: st.DrawFn) -> bytes:
    value = draw(_base_bytes)
    return value[: draw(st.integers(1, len(value) - 1))]


@st.composite
def _invalid_utf8(draw: st.DrawFn) -> bytes:
    value = draw(_base_bytes)
    at = draw(st.integers(0, len(value)))
    bad = draw(st.sampled_from([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xe2\x82", b"\x80"]))
    return value[:at] + bad + value[at:]


@st.composite
def _huge(draw: st.DrawFn) -> bytes:
    size = draw(st.integers(MAX_BODY_BYTES + 1, 3 * MAX_BODY_BYTES))
    filler = draw(st.sampled_from(["Clashes erupted in Raqqa. ", "x", "é€😀 "]))
    body = (filler * (size // len(filler) + 1))[:size]
    return _dumps(_article(id=draw(_ids), body=body))


@st.composite
def _deeply_nested(draw: st.DrawFn) -> bytes:
    depth = draw(st.integers(1, 5_000))
    if draw(st.booleans()) or depth > 3_000:
        nested = "[" * depth + "]" * depth
    else:
        nested = '{"m":' * depth + "1" + "}" * depth
    head = _dumps(_article(id=draw(_ids), body=draw(_bodies)))[:-1].decode()
    return f'{head}, "metadata": {{"deep": {nested}}}}}'.encode()


_control_text = st.text(
    alphabet=st.characters(max_codepoint=0x1F) | st.sampled_from("Raqqa clashed police \u2028"),
    min_size=1,
    max_size=60,
)


@st.composite
def _control_characters(draw: st.DrawFn) -> bytes:
    text = draw(_control_text)
    if draw(st.booleans()):  # escaped: valid JSON, maybe a valid article
        return _dumps(_article(id=draw(_ids), body=BODIES[0] + text))
    raw = _dumps(_article(id=draw(_ids), body="@@")).decode().replace("@@", text)
    return raw.encode()  # raw control characters inside a JSON string: not JSON


@st.composite
def _wrong_type(draw: st.DrawFn) -> bytes:
    field = draw(st.sampled_from(["id", "body", "published_at", "title", "metadata", "source"]))
    article = _article(id=draw(_ids))
    article[field] = draw(_junk)
    return _dumps(article)


@st.composite
def _missing_field(draw: st.DrawFn) -> bytes:
    article = _article(id=draw(_ids))
    del article[draw(st.sampled_from(["id", "body", "published_at"]))]
    return _dumps(article)


_empty = st.sampled_from([None, b"", b" ", b"{}", b"\n"]) | st.builds(
    lambda i, b: _dumps(_article(id=i, body=b)),
    _ids,
    st.sampled_from(["", " ", "\n\t\r ", "\u3000"]),
)
_nulls = st.sampled_from([b"null", _dumps(_article(id=None)), _dumps(_article(body=None))]) | (
    st.sampled_from(["published_at", "title", "metadata", "source", "url"]).map(
        lambda f: _dumps(_article(**{f: None}))
    )
)
_not_objects = st.one_of(
    st.lists(_scalars, max_size=4).map(_dumps),
    _scalars.map(_dumps),
    st.text(max_size=40).map(str.encode),
)
_bad_dates = st.builds(
    lambda i, d: _dumps(_article(id=i, published_at=d)),
    _ids,
    st.sampled_from(["yesterday", "2024-13-45T08:00:00Z", "2024-03-14T08:00:00", "", "2024"])
    | st.text(max_size=30),
)
_long_ids = st.integers(513, 5_000).map(lambda n: _dumps(_article(id="i" * n)))

HOSTILE_MESSAGES = st.one_of(
    _truncated(),
    _wrong_type(),
    _huge(),
    st.binary(min_size=1, max_size=300),
    _invalid_utf8(),
    _control_characters(),
    _deeply_nested(),
    _empty,
    _nulls,
    _not_objects,
    _missing_field(),
    _bad_dates,
    _long_ids,
)


def generate_hostile(count: int) -> list[Value]:
    """``count`` hostile messages from hypothesis, without ``.example()``."""
    found: list[Value] = []

    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(HOSTILE_MESSAGES)
    def collect(value: Value) -> None:
        found.append(value)

    while len(found) < count:
        collect()
    return found[:count]


def expectation(value: Value) -> str | Counter[EventKey]:
    """The DLQ error class a message must get, or the events it must yield."""
    try:
        article = decode_article(value, MAX_BODY_BYTES)
    except DeadLetter as error:
        return type(error).__name__
    try:
        events = extract_events(article)
        for event in events:
            event.model_dump_json().encode()
    except Exception:
        return "ExtractionFailed"
    return Counter((article.id, e.event_id) for e in events)


async def test_hostile_messages_go_to_the_dlq_and_valid_ones_yield_events(
    kafka_bootstrap: str, service_process: ServiceFactory, record_figures: RecordFigures
) -> None:
    hostile = generate_hostile(HOSTILE)
    valid = make_articles(VALID, "valid", seed=4)
    records: list[tuple[bytes | None, Value]] = []
    for i, value in enumerate(hostile):
        records.append((f"hostile-{i:04d}".encode(), value))
        if i % 10 == 5:
            records.append(article_record(valid[i // 10]))
    assert len(records) == HOSTILE + VALID

    expected_dlq: dict[bytes, tuple[Value, str]] = {}
    expected: Counter[EventKey] = Counter()
    for key, value in records:
        assert key is not None
        outcome = expectation(value)
        if isinstance(outcome, str):
            expected_dlq[key] = (value, outcome)
        else:
            expected.update(outcome)
    classes = Counter(error_class for _, error_class in expected_dlq.values())
    log.info("expected dead letters by class: %s", dict(classes))
    assert len(expected_dlq) >= 0.8 * HOSTILE, f"hypothesis made too few bad ones: {classes}"

    topics = await fresh_topics(kafka_bootstrap, "hostile", partitions=3)
    await produce_chunked(kafka_bootstrap, topics.articles, records, chunk=200)
    env = service_env(kafka_bootstrap, **topics.env(), workers=2, max_body_bytes=MAX_BODY_BYTES)
    service = service_process(env, "service")
    await service.start()

    await wait_for_records(
        kafka_bootstrap, topics.dlq, len(expected_dlq), DEADLINE_S, service.ensure_running
    )
    await wait_for_records(
        kafka_bootstrap, topics.events, expected.total(), DEADLINE_S / 3, service.ensure_running
    )
    dead = await read_to_end(kafka_bootstrap, topics.dlq)
    found = event_keys(await read_to_end(kafka_bootstrap, topics.events))

    dlq_keys = Counter(record.key for record in dead)
    missing = sorted(k.decode() for k in expected_dlq if k not in dlq_keys)
    doubled = sorted(k.decode() for k, n in dlq_keys.items() if n > 1)
    unexpected = sorted(
        f"{record.key!r} {header_dict(record.headers).get('error.class')}: "
        f"{header_dict(record.headers).get('error.reason', '')[:160]!r}"
        for record in dead
        if record.key not in expected_dlq
    )
    wrong: list[str] = []
    for record in dead:
        if record.key not in expected_dlq:
            continue
        value, error_class = expected_dlq[record.key]
        headers = header_dict(record.headers)
        if record.value != value:
            wrong.append(f"{record.key.decode()}: value changed")
        if headers.get("error.class") != error_class:
            wrong.append(f"{record.key.decode()}: {headers.get('error.class')} != {error_class}")
        if not headers.get("error.reason"):
            wrong.append(f"{record.key.decode()}: no error.reason")
    comparison = compare(found, expected)
    figures = {
        "messages": len(records),
        "expected_dead_letters": len(expected_dlq),
        "dead_letters": len(dead),
        "dead_letters_missing": len(missing),
        "dead_letters_doubled": len(doubled),
        "dead_letters_unexpected": len(unexpected),
        "dead_letters_wrong": len(wrong),
        "expected_events": expected.total(),
        **comparison.figures(),
    }
    record_figures("hostile", figures)

    def show(keys: list[str]) -> str:
        return ", ".join(
            f"{k} ({expected_dlq[k.encode()][1] if k.encode() in expected_dlq else '?'})"
            for k in keys[:15]
        )

    assert service.returncode is None, f"the service died:\n{service.tail()}"
    assert not missing, f"{len(missing)} hostile messages not in the DLQ: {show(missing)}\n" + (
        service.problems()
    )
    assert not doubled, f"{len(doubled)} dead-lettered more than once: {show(doubled)}"
    assert not unexpected, f"{len(unexpected)} valid messages dead-lettered:\n" + "\n".join(
        unexpected[:10]
    )
    assert not wrong, f"{len(wrong)} dead letters wrong:\n" + "\n".join(wrong[:20])
    assert comparison.exact, exactly_once_message(comparison, service.problems())
    assert await service.stop(30) == 0, service.tail()
