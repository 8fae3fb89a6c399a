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
from ..geography.headings import province_heading
from ..link.temporal.dated import NEWS_WINDOW_DAYS

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
    if _last_item(doc, body, paragraphs):
        return []
    closed: list[EventDraft] = []
    split_off = _split_off(drafts)
    for draft in drafts:
        sentence = closing.get(min(draft.sentences))
        if (
            sentence is not None
            and not gives_a_fresh_day(doc, sentence)
            and _CONCURRENT.search(sentence.text) is None
            and (draft.event_type, draft.sentences[0]) not in split_off
        ):
            draft.temporal_status = "background"
            closed.append(draft)
    return closed


def _last_item(doc: Document, body: list[Sentence], paragraphs: list[int]) -> bool:
    """Whether the closing paragraph is a roundup's last item: it opens on a province as its
    heading, and so does an earlier paragraph, on another ("In Deir Ezzor, army units ...
    In Daraa countryside, ... In Hama countryside, army units killed nine terrorists near
    Morek": the last province's act is news like the others; forty-eighth round, place68)."""
    firsts: dict[int, Sentence] = {}
    for sentence in body:
        firsts.setdefault(sentence.paragraph, sentence)
    last = province_heading(doc, firsts[paragraphs[-1]])
    if last is None:
        return False
    return any(
        heading is not None and heading.province != last.province
        for heading in (province_heading(doc, firsts[p]) for p in paragraphs[:-1])
    )


def _split_off(drafts: list[EventDraft]) -> set[tuple[str, int]]:
    """The (type, sentence) of the acts split off an event first told earlier: a sentence an
    event was merged from, after its first, is news with it for a draft of the same type that
    begins there ("They raided Jima and Pandanguo villages" ending the story of the raid on Jima
    is the raid on Pandanguo too)."""
    return {
        (draft.event_type, index)
        for draft in drafts
        for index in draft.sentences[1:]
        if index > draft.sentences[0]
    }


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
