"""Raw Kafka value -> validated ArticleMessage, or the DeadLetter that says why not."""

from __future__ import annotations

import json

from pydantic import ValidationError

from ..contracts import ArticleMessage
from ..errors import EmptyMessage, InvalidJson, InvalidUtf8, OversizedMessage, SchemaViolation

# Deeper JSON cannot be re-serialised for the extraction workers (pydantic stops at ~255
# levels, its parser earlier); no real article needs more than a few levels.
MAX_NESTING = 32


def _raw_depth(text: str) -> int:
    """Bracket depth of JSON text outside strings, measured before parsing: whether json.loads
    hits its recursion limit depends on the process (stack in use), so deep nesting is told
    apart from bad JSON here, the same way in every process."""
    if text.count("[") + text.count("{") <= MAX_NESTING:
        return 0  # cannot be deeper; the common case costs two counts
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def decode_article(value: bytes | None, max_bytes: int) -> ArticleMessage:
    if not value:
        raise EmptyMessage("message has no value")
    if len(value) > max_bytes:
        raise OversizedMessage(f"message is {len(value)} bytes, the limit is {max_bytes}")
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidUtf8(f"value is not UTF-8: {error}") from None
    # Measured before parsing (so deep but broken JSON is a SchemaViolation too): what reaches
    # json.loads is at most MAX_NESTING deep, far from its recursion limit.
    depth = _raw_depth(text)
    if depth > MAX_NESTING:
        raise SchemaViolation(f"JSON nested {depth} levels deep, the limit is {MAX_NESTING}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidJson(f"value is not JSON: {error}") from None
    if not isinstance(data, dict):
        raise InvalidJson(f"value is JSON {type(data).__name__}, not an object")
    body = data.get("body")
    if isinstance(body, str) and not body.strip():
        url = data.get("url")
        if not (isinstance(url, str) and url.strip()):
            raise EmptyMessage("article body is empty")
        del data["body"]  # an empty body beside a url: the page is fetched
    try:
        return ArticleMessage.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '(root)'}: {e['msg']}" for e in error.errors()
        )
        raise SchemaViolation(f"not an article: {problems}") from None
