"""A summary's count of the dead over a city left on one of its quarters (forty-ninth round,
shell69).

A state outlet's bulletin counts a city's dead in one sentence ("A woman was killed and 20
others were injured in terrorist attacks with rocket shells on residential neighbourhoods in
Aleppo city"; "A child and a man were killed by rocket attacks that targeted Aleppo city and Kafr
Hamra town") and then tells each quarter's or town's act with its own dead ("rocket shells on
al-Sukari neighbourhood, killing a woman") or its injured only ("twelve other civilians were
injured in al-Kallaseh neighbourhood"). Where the merges leave the summary's figure on a quarter
whose own sentence counts no dead, that quarter is given the dead of another: the figure counts
the city's acts, and the act that tells its own dead counts them.

A published event whose counts of the dead are one figure, all told in one sentence or in
the lead (the headline repeated, then the lead), loses it when that telling names no place
finer than a town and the event's own place is finer than a town and not named there, or the
telling names two towns or quarters outside each other (not countries), and another published
event at one of the telling's places or inside them counts dead of its own, no more than the
figure, in the later sentence of its own act (after the lead, or a smaller figure: not the lead
told again), not told as another ("separately", "elsewhere") nor on another day, nor as a part
of the dead ("five children were among those killed").
:mod:`.lead_summed` and :mod:`.lead_retold` take a lead's figure the body tells again whole or
in parts; this one a figure the body tells a part of, from a quarter that counts none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ....document import LOCAL_PRECISIONS, Document, PlaceMention, QuantityMention, Sentence
from ....events.draft import EventDraft, on_other_days
from ....events.geography.nesting import inside_lead_place, nested_either
from ....events.story_cues import retells_title
from .among_dead import parts_after_the_dead
from .lead_retold import counts_by_sentence, told_at_act

_LEAD = 1  # the index of the lead's last sentence (a headline repeated, then the lead)

# A later act told as another than the summary's: "Separately, shelling killed 4 in Ariha".
_APART = re.compile(r"\b(?:separate(?:ly)?|elsewhere)\b", re.IGNORECASE)


def summary_count_spread(doc: Document, drafts: Sequence[EventDraft]) -> list[EventDraft]:
    """The ``drafts`` (published events) that lose a summary's count (see the module), in
    place; returns those that lost one."""
    told = {id(d): counts_by_sentence(doc, d) for d in drafts}
    lost: list[EventDraft] = []
    for draft in drafts:
        counts = told[id(draft)]
        sentences = set(counts.values())
        # (a count of the title has no sentence: -1, told before the lead)
        if not counts or (len(sentences) > 1 and max(sentences) > _LEAD):
            continue
        if len({q.value for q in counts}) != 1:
            continue  # the summary's figure beside the event's own: its own stays with it
        told_in = [doc.sentences[i] for i in sorted(sentences) if i >= 0]
        named = [p for sentence in told_in for p in doc.in_sentence(doc.places, sentence)]
        if not named or not draft.places or not _summary_of(named, draft.places[0], told_in):
            continue
        figure = max(q.value for q in counts)
        last = max(sentences)
        if any(
            other is not draft
            and bool(other.places)
            and inside_lead_place(named, other.places[:1])
            # ("On Friday 86 people were killed" after Saturday's 92: the day before's toll)
            and not on_other_days(draft, other)
            and _own_dead(doc, other, told[id(other)], last, figure)
            for other in drafts
        ):
            draft.quantities = [q for q in draft.quantities if q not in counts]
            lost.append(draft)
    return lost


def _summary_of(named: list[PlaceMention], place: PlaceMention, told_in: list[Sentence]) -> bool:
    """Whether the count's telling names several towns or quarters outside each other (not
    countries: "Syrian militants ... on the border with Iraq"); or names only towns
    and coarser places and not ``place``, a quarter (a telling that names the quarter is its
    toll: "killed 20 in the Bab al-Nairab neighbourhood of Aleppo")."""
    local = [p for p in named if p.precision in LOCAL_PRECISIONS]
    if any(not nested_either(a, b) for i, a in enumerate(local) for b in local[i + 1 :]):
        return True
    return (
        place.precision in LOCAL_PRECISIONS
        and place.precision != "town"
        and all(p.precision not in LOCAL_PRECISIONS or p.precision == "town" for p in named)
        and not any(s.span.contains(place.span) or place.text in s.text for s in told_in)
    )


def _own_dead(
    doc: Document,
    other: EventDraft,
    counts: dict[QuantityMention, int],
    last: int,
    figure: float,
) -> bool:
    """Whether ``other`` counts dead of its own, no more than ``figure``, in the sentence of its
    own act after ``last``, not told as another act."""
    headline = _headline_act(doc, other)
    own = [
        q.value
        for q, i in counts.items()
        if i > last
        and told_at_act(doc, other, i, headline=headline)
        and not _APART.search(doc.sentences[i].text)
        and parts_after_the_dead(doc, [q])
        # (the lead told again: "ISIS executed three persons" after "executes three people")
        and (i > _LEAD or q.value < figure)
    ]
    return bool(own) and 0 < max(own) <= figure


def _headline_act(doc: Document, draft: EventDraft) -> bool:
    """Whether the draft's act is told in the headline the body's first sentence retells ("6
    Civilians Killed in Mortar Attacks on Hama and Latakia"), its own dead in a later sentence
    it took in ("Five civilians were killed when gunmen fired mortar rounds at A"):
    those are its own, though its trigger is the headline's (fifty-first round, toll71)."""
    return (
        bool(doc.sentences)
        and doc.sentences[0].span.contains(draft.trigger.span)
        and retells_title(doc, 0)
    )
