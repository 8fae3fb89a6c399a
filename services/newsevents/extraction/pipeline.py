"""The extraction pipeline: article in, events out, no I/O.

Components run in the order of ``COMPONENTS``; each reads what the ones before it filled in the
``Document`` and fills its own part, as it declares (:class:`~.component.Component`). Swap or
add a component by building a ``Pipeline`` with a different tuple: the order is checked when
the pipeline is built. Then the event stages link, merge and settle the document's events
(:mod:`.events.stages`) and they are written as messages (:mod:`.output`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..contracts import Article, EventMessage
from .actors import ACTORS
from .actors.country.note_places import NOTE_PLACES
from .component import Component, check_order
from .document import Document
from .events import TRIGGERS
from .events.draft import OCCURRED, EventDraft
from .events.stages import draft_events
from .events.story_kind import reports_violence, strong_alone
from .output.confidence import Telling
from .output.message import to_message
from .output.siblings import share_fields
from .output.tolls.counted_once.lead_retold import lead_count_retold
from .output.tolls.counted_once.lead_summed import lead_count_summed
from .output.tolls.counted_once.one_owner import count_once
from .output.tolls.counted_once.summary_count import summary_count_spread
from .output.tolls.headline import headline_toll
from .output.tolls.toll_folds import fold_toll_siblings
from .places import PLACES
from .places.gazetteer import use_import
from .text import ATTRIBUTION, DATES, FURNITURE, QUANTITIES, SENTENCES
from .text.line_wraps import unwrap_lines

COMPONENTS: tuple[Component, ...] = (
    SENTENCES,
    FURNITURE,
    PLACES,
    ACTORS,
    NOTE_PLACES,
    DATES,
    QUANTITIES,
    ATTRIBUTION,
    TRIGGERS,
)


# How much of a body is read by default: news articles are a few KB and long reports tens of
# KB; a transcript or a pasted page of megabytes is read up to here (time is linear in the
# text, about 35 ms per KB on 2 cores: 200,000 characters take some 7 s).
MAX_TEXT_CHARS = 200_000


# Spaces other than the plain one, as web pages and copied notes carry them ("to&nbsp;protest
# the killing"): read as plain spaces, one for one, so that every wording written with a
# space reads them and offsets stay those of the body. (Not zero-width marks: no space.)
# The line and paragraph separators (U+2028, U+2029), as some editors and feeds write their
# breaks, are read as the newline they stand for: a sentence never runs across one (a line
# separator that wraps a sentence going on is read before, with the newlines that do:
# text/line_wraps.py).
_PLAIN_SPACES_AND_BREAKS = str.maketrans(
    {
        **dict.fromkeys(
            "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004"
            "\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000",
            " ",
        ),
        **dict.fromkeys("\u2028\u2029", "\n"),
    }
)


def examined_text(body: str, limit: int = MAX_TEXT_CHARS) -> str:
    """The part of ``body`` that is read: all of it up to ``limit`` characters, else up to the
    last paragraph break (or sentence end, or space) in the limit's last tenth, so that no
    sentence is cut in two when it can be helped; a newline or a line separator that wraps a
    sentence going on a space, other line separators newlines
    (:func:`~.text.line_wraps.unwrap_lines`); its spaces plain and its paragraph separators
    newlines (:data:`_PLAIN_SPACES_AND_BREAKS`).
    A prefix of the same length: offsets stay those of the body."""
    body = unwrap_lines(body)
    body = body.translate(_PLAIN_SPACES_AND_BREAKS)
    if len(body) <= limit:
        return body
    floor = limit - limit // 10
    for breaks in (("\n",), (". ", "! ", "? "), (" ",)):
        cut = max(body.rfind(b, floor, limit) for b in breaks)
        if cut >= floor:
            return body[: cut + 1]
    return body[:limit]


@dataclass(frozen=True, slots=True)
class Reading:
    """What the pipeline read in one article: its document, the events it publishes (as
    drafts, in text order) and whether the article reports one event only (``sole``, a clue
    of confidence, counted over news events whatever is published)."""

    doc: Document
    drafts: list[EventDraft]
    sole: bool


@dataclass(frozen=True, slots=True)
class Pipeline:
    """``include_background``: publish also background events (history, standing situations),
    planned and denied ones, each marked by its ``temporal_status`` and ``modality``; by
    default only current events that happened are published. ``max_text_chars``: how much of
    a body is read (:func:`examined_text`)."""

    components: tuple[Component, ...] = COMPONENTS
    include_background: bool = False
    max_text_chars: int = MAX_TEXT_CHARS

    def __post_init__(self) -> None:
        check_order(self.components)

    def annotate(self, article: Article) -> Document:
        doc = Document(
            article_id=article.id,
            text=examined_text(article.body, self.max_text_chars),
            published=article.published_at.date(),
            title=article.title,
            country_hints=tuple(article.countries),
        )
        for component in self.components:
            component.run(doc)
        return doc

    def read(self, article: Article) -> Reading:
        """The article annotated and its events linked, before they are written as messages."""
        doc = self.annotate(article)
        # Drafts carry their temporal status from linking (news and background never merge).
        drafts = draft_events(doc)
        # An article about something else (a match, a trial, a company's results) publishes
        # only the events that stand on their own (events/story_kind.py); the article is read
        # only when some event would not stand on its own.
        alone = [strong_alone(doc, d) for d in drafts]
        if not all(alone) and not reports_violence(doc):
            drafts = [d for d, stands in zip(drafts, alone, strict=True) if stands]
        sole = sum(map(is_news, drafts)) == 1  # what the article reports, whatever is published
        return Reading(doc, [d for d in drafts if self._publishes(d)], sole)

    def extract(self, article: Article) -> list[EventMessage]:
        reading = self.read(article)
        # a user adds up the published events' dead: one count is one event's toll
        lost = {id(d) for d in count_once(reading.doc, reading.drafts)}
        # the lead's figure retold in the body at the act it counts: the body's act keeps it
        lost |= {id(d) for d in lead_count_retold(reading.doc, reading.drafts)}
        # ... or told again in parts, one at each act: the acts keep their own
        lost |= {id(d) for d in lead_count_summed(reading.doc, reading.drafts)}
        # ... or a summary's count over a city left on a quarter that counts none of its own
        lost |= {id(d) for d in summary_count_spread(reading.doc, reading.drafts)}
        telling = Telling(reading.doc, reading.drafts, reading.sole)
        messages = [to_message(article, reading.doc, d, telling=telling) for d in reading.drafts]
        apart = {m.event_id for d, m in zip(reading.drafts, messages, strict=True) if id(d) in lost}
        folded = fold_toll_siblings(share_fields(messages), apart)
        return headline_toll(folded, reading.doc.title)

    def _publishes(self, draft: EventDraft) -> bool:
        return self.include_background or is_news(draft)


def is_news(draft: EventDraft) -> bool:
    """A current event that happened (or is claimed): not background, planned nor denied."""
    return draft.temporal_status == "current" and draft.modality in OCCURRED


_DEFAULT = Pipeline()


def configure(
    *,
    include_background: bool = False,
    gazetteer_dir: str | None = None,
    max_text_chars: int = MAX_TEXT_CHARS,
) -> None:
    """Set the options of ``extract_events`` (the service's workers call this with the
    settings before their first article): ``gazetteer_dir`` is a GeoNames import to use
    beside the embedded places (raises ``ImportMissing`` when it holds none)."""
    global _DEFAULT
    use_import(Path(gazetteer_dir) if gazetteer_dir else None)
    _DEFAULT = Pipeline(include_background=include_background, max_text_chars=max_text_chars)


def extract_events(article: Article) -> list[EventMessage]:
    """All events of one article, in text order."""
    return _DEFAULT.extract(article)


def warm_up() -> None:
    """Load dictionaries and the gazetteer now rather than on the first article."""
    _DEFAULT.extract(
        Article.model_validate(
            {
                "id": "warm-up",
                "body": "Troops arrived in Damascus.",
                "published_at": "2024-01-01T00:00:00Z",
            }
        )
    )
