"""The extraction pipeline: article in, events out, no I/O.

Components run in the order of ``COMPONENTS``; each reads what the ones before it filled in the
``Document`` and fills its own part. Swap or add a component by building a ``Pipeline`` with a
different tuple.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..contracts import ArticleMessage, EventMessage
from .actors.find import find_actors
from .document import Document
from .events.linking import link_events
from .events.triggers import find_triggers
from .output.message import to_message
from .places.find import find_places
from .text.attribution import find_attribution
from .text.dates import find_dates
from .text.quantities import find_quantities
from .text.sentences import split_sentences

Component = Callable[[Document], None]

COMPONENTS: tuple[Component, ...] = (
    split_sentences,
    find_places,
    find_actors,
    find_dates,
    find_quantities,
    find_attribution,
    find_triggers,
)


@dataclass(frozen=True, slots=True)
class Pipeline:
    components: tuple[Component, ...] = COMPONENTS

    def annotate(self, article: ArticleMessage) -> Document:
        doc = Document(
            article_id=article.id,
            text=article.body,
            published=article.published_at.date(),
            title=article.title,
        )
        for component in self.components:
            component(doc)
        return doc

    def extract(self, article: ArticleMessage) -> list[EventMessage]:
        doc = self.annotate(article)
        return [to_message(article, doc, draft) for draft in link_events(doc)]


_DEFAULT = Pipeline()


def extract_events(article: ArticleMessage) -> list[EventMessage]:
    """All events of one article, in text order."""
    return _DEFAULT.extract(article)


def warm_up() -> None:
    """Load dictionaries and the gazetteer now rather than on the first article."""
    _DEFAULT.extract(
        ArticleMessage.model_validate(
            {
                "id": "warm-up",
                "body": "Troops arrived in Damascus.",
                "published_at": "2024-01-01T00:00:00Z",
            }
        )
    )
