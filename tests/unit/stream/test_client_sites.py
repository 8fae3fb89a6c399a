"""Every Kafka client the project creates gets the security settings (issue 12): each
construction passes ``**`` connection arguments, and each call of a helper that takes
``connection=`` passes it on. Read from the source, so that a new client cannot forget."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import newsevents

PACKAGE = Path(newsevents.__file__).parent
CLIENTS = frozenset({"AIOKafkaConsumer", "AIOKafkaProducer", "AIOKafkaAdminClient"})
# The local broker's readiness probe talks to its PLAINTEXT listener, whatever the settings.
EXEMPT = frozenset({"local_kafka/readiness.py"})


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative not in EXEMPT:
            yield relative, ast.parse(path.read_text("utf-8"))


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def _calls(names: frozenset[str]) -> list[tuple[str, ast.Call]]:
    return [
        (f"{relative}:{node.lineno}", node)
        for relative, tree in _modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _name(node) in names
    ]


def test_every_client_construction_passes_the_connection_arguments() -> None:
    sites = _calls(CLIENTS)
    # service (consumer, producer), publishers, topics (2 admins, consumer), dlq, demo (2)
    assert len(sites) >= 9, sites
    without = [where for where, call in sites if not any(k.arg is None for k in call.keywords)]
    assert without == []


def test_every_call_of_a_helper_taking_a_connection_passes_one() -> None:
    helpers = frozenset(
        node.name
        for _, tree in _modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.AsyncFunctionDef | ast.FunctionDef)
        and any(arg.arg == "connection" for arg in node.args.kwonlyargs)
    )
    assert {"ensure_topics", "read_to_end", "topic_partitions", "replay"} <= helpers
    sites = _calls(helpers)
    assert len(sites) >= 8, sites
    without = [
        where
        for where, call in sites
        if not any(k.arg in ("connection", None) for k in call.keywords)
    ]
    assert without == []
