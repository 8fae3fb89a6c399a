"""A pipeline component: one function over the ``Document`` and what it reads and assigns.

Like spaCy's factories (``assigns=[...]``), each stage declares the document layers it reads
and the ones it fills, so :class:`~.pipeline.Pipeline` can check an order instead of trusting
it, and a test can check the declarations against what each function really touches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal, get_args

from .document import Document

# The document's layers: what the article gives, then what components fill in.
Layer = Literal[
    "text",
    "title",
    "published",
    "sentences",
    "furniture",
    "places",
    "place_references",
    "body_places",
    "actors",
    "dates",
    "quantities",
    "sources",
    "triggers",
]
LAYERS: frozenset[Layer] = frozenset(get_args(Layer))
# Filled from the article before any component runs.
INPUT_LAYERS: frozenset[Layer] = frozenset({"text", "title", "published"})


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    run: Callable[[Document], None]
    reads: frozenset[Layer]
    assigns: frozenset[Layer]

    @classmethod
    def of(
        cls,
        name: str,
        run: Callable[[Document], None],
        *,
        reads: Iterable[Layer],
        assigns: Iterable[Layer],
    ) -> Component:
        return cls(name, run, frozenset(reads), frozenset(assigns))

    def __call__(self, doc: Document) -> None:
        self.run(doc)


class PipelineOrderError(ValueError):
    """A component reads a layer that no earlier component assigns."""


def check_order(components: Iterable[Component]) -> None:
    """Raise :class:`PipelineOrderError` unless every read layer is filled before it is read."""
    filled: set[Layer] = set(INPUT_LAYERS)
    for component in components:
        missing = sorted(component.reads - filled)
        if missing:
            raise PipelineOrderError(
                f"component {component.name!r} reads {', '.join(missing)} "
                "before any component assigns it"
            )
        filled |= component.assigns
