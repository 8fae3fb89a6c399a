"""The closing paragraph of a story is its context.

A news story tells its incident in the headline and lead, elaborates it, and ends on the frame
it happens in: the war's toll, the group's history, the incidents before it ("the war has left over
100,000 dead", "the group's cells have staged bomb attacks in districts the SDF holds", "The
south remains in turmoil"). Whatever that last paragraph tells
is background unless it gives a fresh day of its own ("On Friday, another group stepped in",
"A drone strike on Monday killed 43", "gunmen killed two police officers Saturday") or ties
it to the news's own time ("State television, meanwhile, said three people were killed by rebel
rocket fire"; "overnight", "also reported", "were also held"), the mark of one more piece of
the news. Only stories told in paragraphs: a text
of one block (a flattened feed, a short note) has no closing paragraph to read.
"""

from __future__ import annotations

import datetime as dt
import re

from ...document import Document, Sentence
from ..draft import EventDraft
from ..link.temporal.status import NEWS_WINDOW_DAYS

# A story whose body has fewer paragraphs is a note: its last paragraph may be its news.
MIN_PARAGRAPHS = 4


def close_the_story(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Mark ``background`` the events first told in the story's closing paragraph that no
    fresh day dates, and return them. An event told before it and retold there (merged) keeps
    its status."""
    body = [s for s in doc.sentences if not s.heading]
    paragraphs = sorted({s.paragraph for s in body})
    if len(paragraphs) < MIN_PARAGRAPHS:
        return []
    closing = {s.index: s for s in body if s.paragraph == paragraphs[-1]}
    closed: list[EventDraft] = []
    for draft in drafts:
        sentence = closing.get(min(draft.sentences))
        if (
            sentence is not None
            and not gives_a_fresh_day(doc, sentence)
            and _CONCURRENT.search(sentence.text) is None
            and not _split_from_earlier(draft, drafts)
        ):
            draft.temporal_status = "background"
            closed.append(draft)
    return closed


def _split_from_earlier(draft: EventDraft, drafts: list[EventDraft]) -> bool:
    """Whether the draft is an act of the same type told in a sentence an event first told
    earlier was merged from: the earlier act at one more of the places that sentence lists
    ("They raided Jima and Pandanguo villages" closing the story of the raid on Jima is the raid
    on Pandanguo too), news as the event it was split from."""
    first = draft.sentences[0]
    return any(
        other is not draft
        and other.event_type == draft.event_type
        and other.sentences[0] < first
        and first in other.sentences
        for other in drafts
    )


# A sentence told as happening alongside the news: "Syrian state television, meanwhile, said
# ...", "air defences destroyed 40 drones overnight" (the night before the report), a source
# that "also reported" a fight, acts that "were also held" elsewhere (one more item of the
# news; not "has also claimed", a record).
_CONCURRENT = re.compile(
    r"\b(?:meanwhile|in the meantime|overnight)\b"
    r"|\balso\s+(?:reported|said|told|announced|confirmed)\b"
    r"|\b(?:was|were)\s+also\s+(?:\w+ed|held)\b",
    re.IGNORECASE,
)


def gives_a_fresh_day(doc: Document, sentence: Sentence) -> bool:
    window = doc.published - dt.timedelta(days=NEWS_WINDOW_DAYS)
    # (a weekday as agencies write it, "killed two people Saturday", is a day: text/dates.py)
    return any(
        m.precision == "day" and m.date >= window for m in doc.in_sentence(doc.dates, sentence)
    )
