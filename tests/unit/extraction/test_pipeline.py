"""The pipeline's components: their declared reads and assigns are what they really touch, and
an order that reads a layer before it is filled is refused."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.contracts import ArticleMessage
from newsevents.extraction.component import (
    INPUT_LAYERS,
    LAYERS,
    Component,
    Layer,
    PipelineOrderError,
    check_order,
)
from newsevents.extraction.document import Document
from newsevents.extraction.pipeline import COMPONENTS, Pipeline

BODY = (
    "Government troops shelled the village of Kafr Nabl in Idlib province on Monday, killing "
    "three civilians, a monitoring group said.\n\n"
    "Protesters gathered in Sanaa the next day, local media reported."
)


class _Recording:
    """A document that notes which layers a component reads and which it assigns."""

    def __init__(self, doc: Document) -> None:
        object.__setattr__(self, "_doc", doc)
        object.__setattr__(self, "reads", set())
        object.__setattr__(self, "assigns", set())

    def __getattr__(self, name: str) -> Any:
        if name in LAYERS and name not in self.assigns:
            self.reads.add(name)
        return getattr(self._doc, name)

    def __setattr__(self, name: str, value: Any) -> None:
        self.assigns.add(name)
        setattr(self._doc, name, value)


def _document() -> Document:
    return Document(
        article_id="t", text=BODY, published=dt.date(2024, 3, 6), title="Shelling in Idlib"
    )


def test_each_component_touches_exactly_the_layers_it_declares() -> None:
    doc = _document()
    for component in COMPONENTS:
        recording = _Recording(doc)
        component.run(recording)  # type: ignore[arg-type]
        assert recording.assigns == component.assigns, component.name
        # Both ways: an undeclared read breaks the order check, a stale one hides a real order.
        assert recording.reads == component.reads, component.name


def test_the_default_order_fills_every_layer_before_it_is_read() -> None:
    check_order(COMPONENTS)
    assigned = set(INPUT_LAYERS).union(*(c.assigns for c in COMPONENTS))
    assert assigned == set(LAYERS)


def test_a_component_moved_before_what_it_reads_is_refused() -> None:
    names = [c.name for c in COMPONENTS]
    triggers = COMPONENTS[names.index("triggers")]
    reordered = (triggers, *(c for c in COMPONENTS if c is not triggers))
    with pytest.raises(PipelineOrderError, match="'triggers' reads places, sentences"):
        Pipeline(reordered)


def test_a_custom_component_runs_in_its_place() -> None:
    seen: list[int] = []

    def count_triggers(doc: Document) -> None:
        seen.append(len(doc.triggers))

    reads: tuple[Layer, ...] = ("triggers",)
    extra = Component.of("count", count_triggers, reads=reads, assigns=())
    article = ArticleMessage.model_validate(
        {"id": "t", "body": BODY, "published_at": "2024-03-06T08:00:00Z"}
    )
    events = Pipeline((*COMPONENTS, extra)).extract(article)
    assert seen and seen[0] >= 1
    assert {e.event_type for e in events} >= {"protest"}
