"""An act told in a clause of setting after another act in its sentence: the war or campaign it
is part of, what it answered, what it is measured against ("killed in a strike ... as fighting
between Israel and Hezbollah intensified", "in response to the enemy's attacks", "in one of the
worst ambushes in a decade"), what the place had witnessed ("killed in an area that witnessed
fighting between ...") or what the victims were doing ("killed by a bomb while battling the
militants"). The clause tells no incident of its own: the act it qualifies is kept and takes its
sentence (:func:`fold_setting`).
"""

from __future__ import annotations

import re

from .....document import LOCAL_PRECISIONS, Document, PlaceMention
from .....ontology import is_violent
from ....draft import OCCURRED, EventDraft
from ....geography.nesting import place_fits
from ....link.temporal.status import GOES_ON
from ....story_cues import same_day

# The setting an act is told in, after it in its sentence: the war or campaign it is part of
# ("killed in a strike ... as fighting between Israel and Hezbollah intensified", "seized a
# port town following days of attacks"), what it answered ("launched rockets in response to
# the enemy's attacks") or what it is measured against ("in one of the worst ambushes in
# a decade"). The clause tells no
# incident of its own: the sentence's news is the act it qualifies. Not "despite" or "amid":
# "captured the town despite heavy government air raids" tells strikes of that night
# (measured: web lost an occurrence).
_SETTING_BEFORE = re.compile(
    r"\b(?:in (?:response|retaliation|reply) (?:to|for)"
    r"|(?:following|after) (?:days|weeks|months|years) of"
    # the campaign's span or its centre: "since the start of a week-long offensive", "in a
    # district at the epicentre of the clashes"
    r"|(?:since|from) the (?:start|beginning|outset|launch) of"
    r"|(?:at|in) the (?:epicent(?:er|re)|heart|cent(?:er|re)) of"
    r"|one of the (?:deadliest|worst|bloodiest|biggest|largest|most [\w-]+)"
    # what the place is known for: "killed in an area that witnessed fighting between ...",
    # "in a region which has seen heavy clashes" (forty-first round, dup61)
    r"|(?:area|region|district|zone|town|city|village|province|countryside|neighbou?rhood)s?"
    r"\s+(?:that|which)\s+(?:(?:has|have|had)\s+)?(?:long\s+|often\s+|recently\s+)?"
    r"(?:witnessed|seen|saw|experienced))"
    r"\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# What was being done when the act hit, a participle right after "while": "a soldier was killed
# by a roadside bomb while battling the militants", "troops shot two men while raiding the village"
# (forty-first round, dup61).
_WHILE_BEFORE = re.compile(r"\bwhile\s+$", re.IGNORECASE)
# The gerund used as a noun, the subject of a verb of its own ("while shelling killed two in
# Binnish", "while fighting raged"): an act of its own clause, no participle.
_SUBJECT_OF = re.compile(
    r"\s+(?:[\w'’-]+ed|was|were|is|are|has|have|had|hit|hits|continues|rages|goes|went|left|"
    r"kills)\b",
    re.IGNORECASE,
)
# A campaign named by how long it has lasted: "during a two-day offensive", "the months-long
# war" (one incident is not told by its span in days).
_SPAN_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|this|that)\s+(?:[\w'’]+\s+)?[\w]+-(?:day|week|month|year)s?"
    r"(?:-long|-old)?\s+$",
    re.IGNORECASE,
)
# A campaign told as going on, in the present: "adding that 'the offensive continues'".
_GOES_ON_AFTER = re.compile(rf"[\"”’']?\s*(?:{GOES_ON})\b", re.IGNORECASE)
# "as <the violence> <grew>": a change of pace of the violence around the act.
_AS_BEFORE = re.compile(r"\bas\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_PACE_AFTER = re.compile(
    r"[^,;:.()\"“”]{0,80}?\b(?:intensified|intensifies|escalated|escalates|raged|rages|"
    r"continued|continues|grew|grows|mounted|mounts|spread|spreads|flared|flares|worsened|"
    r"worsens|widened|widens)\b",
    re.IGNORECASE,
)


def fold_setting(
    doc: Document, kept: list[EventDraft], recent: list[EventDraft], draft: EventDraft
) -> bool:
    """Whether ``draft`` and an event kept so far are an act and the setting it is told in,
    in one sentence: the act is kept (in the setting's place in ``kept`` when the setting was
    kept first), the setting adds nothing but its sentence."""
    for k in reversed(recent):
        if told_as_setting(doc, k, draft):
            k.add_sentences(draft)
            return True
        if told_as_setting(doc, draft, k):
            draft.add_sentences(k)
            kept[next(i for i, x in enumerate(kept) if x is k)] = draft
            return True
    return False


def told_as_setting(doc: Document, incident: EventDraft, draft: EventDraft) -> bool:
    """Whether the draft's act is told only in a clause of setting after the incident's act in
    its sentence (``_SETTING_BEFORE``, ``_AS_BEFORE`` with ``_PACE_AFTER``), naming no day of
    its own and no place outside the incident's."""
    first, then = incident.trigger.span, draft.trigger.span
    if len(draft.sentences) != 1:
        return False  # told again elsewhere: an incident of its own
    sentence = doc.sentences[draft.sentences[0]].span
    if not sentence.contains(first) or then.start <= first.end:
        return False
    before = doc.text[first.end : then.start]
    # The clause must start after the incident's act: "as" or "amid" right before the trigger.
    setting = (
        _SETTING_BEFORE.search(before) is not None
        or _doing_while(doc, before, draft)
        or _SPAN_BEFORE.search(before) is not None
        or _GOES_ON_AFTER.match(doc.text, then.end, sentence.end) is not None
        or (
            _AS_BEFORE.search(before) is not None
            and _PACE_AFTER.match(doc.text, then.end, sentence.end) is not None
        )
    )
    return (
        setting
        and incident.modality in OCCURRED
        and is_violent(incident.event_type)
        and same_day(incident, draft)
        and place_fits(incident.places[:1], _clause_places(doc, then.start, sentence.end))
    )


def _doing_while(doc: Document, before: str, draft: EventDraft) -> bool:
    """Whether the draft's trigger is a participle right after "while", its clause telling what
    the victims of the act before were doing ("while battling the militants"), not a gerund that
    is the subject of a verb of its own ("while shelling killed two")."""
    trigger = draft.trigger
    return (
        _WHILE_BEFORE.search(before) is not None
        and trigger.text.split()[0].lower().endswith("ing")
        and _SUBJECT_OF.match(doc.text, trigger.span.end) is None
    )


def _clause_places(doc: Document, start: int, end: int) -> list[PlaceMention]:
    """The places named in the clause that begins at ``start`` (up to its comma or the
    sentence's end): "amid clashes in the city of Saraqib" tells clashes in another town. A
    country there names a side ("fighting between Israel and Hezbollah"), not a place."""
    match = re.search(r"[,;:]", doc.text[start:end])
    stop = start + match.start() if match else end
    return [
        p
        for p in doc.places
        if start <= p.span.start and p.span.end <= stop and p.precision in LOCAL_PRECISIONS
    ]
