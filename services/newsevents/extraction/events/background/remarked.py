"""An act named to tell what it has done to people, or how it is judged, is remarked on, not told.

Around its news a story describes the campaigns it happens in by naming their acts as nouns, in
a clause that tells not the act but its effect or a reaction to it: "Russian air raids on the
province have forced thousands of families to flee", "the bombardment of the eastern districts
has drawn international condemnation", "the air raids had made life impossible", "rights groups
have criticised the air raids". The noun names a known campaign or incident; the clause's verb
is a state it brought about (in the perfect or the present) or a judgement of it, not that it
happened on a day. When the article's incident is meant, its mention merged into the incident
told before (this runs after the news is merged, like :mod:`.referred` and :mod:`.framed`);
what such a clause alone names after the lead is the setting of the news, and is background,
unless its sentence gives the act a fresh day in its own phrase or as its possessive ("the air
raids on the town on Monday have forced", "Monday's shelling has driven"). Not: an act told by
its own verb ("air raids hit the town"), a toll or a harm to people ("the shelling has left
12 dead", "the raids have caused casualties": the day's news whatever the tense), an act of
force an effect verb names ("have destroyed homes"), nor an effect in the simple past ("the
bombardment forced hundreds to flee" is as often the day's).
"""

from __future__ import annotations

import re

from ...document import Document
from ..draft import EventDraft
from ..link.temporal.status import tells_the_news
from .recalled import PLURAL
from .referred import dates_the_act

# Before the trigger, the clause opens on the act's noun phrase: at the sentence's start or
# after a report's verb or "and/but", a determiner or a possessive at most and up to four words
# ("Continued Russian air raids", "The regime's daily bombardment", "aid groups say the").
_OPENS_ON_IT = re.compile(
    r"\s*(?:(?:but|and)\s+)?(?:[^.;:]*?\b(?:said|says|say|added|noted|warned)\s+(?:that\s+)?)?"
    r"(?:(?:the|these|those|this|such|its|their|[\w-]+['’]s)\s+)?"
    r"(?:(?!(?:who|which|that|when|where|after|as|while)\b)[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# After the trigger, its target or place (at most six words, no clause word: "on rebel-held
# areas of the province") and then the effect's verb in the perfect or the present.
_TAIL = (
    r"(?:\s+(?:of|on|in|against|across|around|by|near|at|from|targeting)\s+"
    r"(?:(?!(?:and|but|which|who|that|as|after|when|while|since)\b)[\w'’-]+\s+){0,5}?"
    r"[\w'’-]+)?"
)
_EFFECTS = (
    r"forced|driven|left|made|drawn|prompted|sparked|caused|raised|fu?elled|fueled|deepened|"
    r"hampered|disrupted|crippled|strained|emptied|devastated|worsened|overwhelmed|sent|"
    r"pushed|uprooted|paralys?z?ed|compounded|exacerbated|stoked|heightened|angered|terrified|"
    r"traumati[sz]ed|trapped|cut off|kept|prevented|stopped|halted"
)
_EFFECT = re.compile(
    _TAIL + r",?\s+(?:(?:has|have|had)\s+(?:(?:also|already|now|since|further|effectively)\s+)?"
    rf"(?:{_EFFECTS})"
    # ... or in the present: "the raids force families to flee", "the shelling keeps
    # children out of school"
    r"|(?:forces?|leaves?|makes?|drives?|keeps?|prevents?)(?=\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:to|from|out|unable|in)\b)"
    # ... or a judgement drawn: "drew international condemnation"
    r"|drew\s+(?:[\w-]+\s+)?(?:condemnation|criticism|outrage|protests?|concern|rebukes?))\b",
    re.IGNORECASE,
)
# A toll or a harm to people right after the effect's verb: the day's news ("has left 12 dead",
# "have caused casualties", "had left many injured").
_HARM = re.compile(
    r"^(?:\s+[\w,'’-]+){0,6}?\s+(?:dead|deaths?|killed|injur\w*|wounded|casualt\w*|lives|"
    r"bodies)\b",
    re.IGNORECASE,
)
# Right before the act's noun, a judgement of it: "rights groups have criticised the air
# raids", "the UN condemned Israeli air raids on Gaza" (a determiner, a possessive and up to
# three words between).
_JUDGED = re.compile(
    r"\b(?:condemn|criticis|criticiz|denounc|deplor|decr(?:y|ie)|lambast|slamm?|"
    r"protest(?:s|ed|ing)?\s+against|outrage\s+(?:at|over))\w*\s+"
    r"(?:(?:the|these|those|this|such|its|their|[\w-]+['’]s)\s+)?"
    r"(?:(?!(?:who|which|that|when|where|after|as|while|for)\b)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def remark_on_known_acts(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Mark ``background`` the news drafts told only, after the lead, as the noun whose effect
    or judgement a clause tells, and return them."""
    marked: list[EventDraft] = []
    for draft in drafts:
        sentence = doc.sentences[min(draft.sentences)]
        if (
            len(draft.sentences) > 1  # told again elsewhere: an incident of its own
            or not sentence.span.contains(draft.trigger.span)
            or tells_the_news(doc, sentence)
        ):
            continue
        before = doc.text[sentence.span.start : draft.trigger.span.start]
        if not (_told_by_its_effect(doc, draft, before) or _judged_campaign(draft, before)):
            continue
        if dates_the_act(doc, sentence, draft):
            continue
        draft.temporal_status = "background"
        marked.append(draft)
    return marked


def _told_by_its_effect(doc: Document, draft: EventDraft, before: str) -> bool:
    """The act's noun opens its clause and a verb of effect follows it ("Russian air raids on
    the province have forced thousands to flee"), no toll or harm to people after it."""
    if _OPENS_ON_IT.fullmatch(before) is None:
        return False
    sentence_end = doc.sentences[min(draft.sentences)].span.end
    effect = _EFFECT.match(doc.text, draft.trigger.span.end, sentence_end)
    return effect is not None and _HARM.match(doc.text[effect.end() : sentence_end]) is None


def _judged_campaign(draft: EventDraft, before: str) -> bool:
    """A judgement of the acts of a campaign, named by a plural noun ("rights groups have
    criticised the air raids"); a single act judged ("condemned the attack") is the news's
    incident named again, as often under another type."""
    return PLURAL.search(draft.trigger.text) is not None and _JUDGED.search(before) is not None
