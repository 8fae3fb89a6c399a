"""An incident named in a clause of responsibility is referred to, not told.

Who did it is argued over an incident the reader already knows: "Officials blamed Ansaru and Boko
Haram for the attack in Kaduna", "The group appeared to admit carrying out the attack", "Pompeo
claimed Iran-backed groups were behind the attack", "the group denied any role in the bombing". The
act is the object of the blame, the denial or the admission, named by a noun as a known thing; the
clause tells a claim about it, not that it happened. When the article's incident is meant, its
mention merged into the incident told before (this runs after the news is merged, like
:mod:`.closing` and :mod:`.recalled`); what such a clause alone names after the lead is an incident
recalled for its author, and is background, unless its sentence gives a fresh day ("the group
claimed responsibility for a bombing in Kabul on Monday"). An act told by a bare verb straight
after the clause is what its author does, not an incident named as known: "has played a prominent
role in recruiting militiamen" stays what it was. So is an act named as the topic of an inquiry
or as a point in place or time ("monitors allowed into the site of a suspected chlorine attack",
"evidence about the three raids"; :mod:`..merge.incidents.retold.topic`, fifty-first round), when no
other sentence tells the act.
"""

from __future__ import annotations

import datetime as dt
import re

from ...document import Document, Sentence
from ..draft import EventDraft
from ..link.temporal.dated import NEWS_WINDOW_DAYS
from ..link.temporal.status import tells_the_news
from ..merge.incidents.retold.topic import named_as_topic

# Up to four words of a noun phrase between the clause and the act's noun ("the attack", "a 28
# March attack on", "Thursday's bombings in"): no clause break, no verb of a new clause.
_PHRASE = r"(?:[\w'’-]+\s+){0,4}$"
RESPONSIBILITY = re.compile(
    # blame and accusation: "blamed X for the attack", "blame the bloodshed on fighting",
    # "accused the army of the massacre", "held the group responsible for the bombing"
    r"\b(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing))\b[^.;:]{0,80}?\b(?:for|on|of)\s+"
    + _PHRASE
    # the accusation as a noun, what it says in a clause: "claims by local officials that
    # the militia had shot 12 detainees", "allegations that troops had burned the village"
    + r"|\b(?:accusations?|allegations?)\b[^.;:]{0,60}?\bthat\s+"
    + _PHRASE
    # the author's part in it: "were behind the attack", "responsible for the bombing", "denied
    # any role in / connection with the raid"
    # ("behind" only after a linking verb: "militants hiding behind a truck" is a position)
    + r"|\b(?:(?:was|were|is|are|be|been|being)\s+(?:\w+\s+)?behind|"
    r"responsib(?:le|ility) for|(?:role|involvement|hand) in|"
    r"(?:connection|link|links) (?:with|to))\s+"
    + _PHRASE
    # an admission or a denial of the doing: "appeared to admit carrying out the attack"
    + r"|\b(?:admit(?:s|ted|ting)?|den(?:y|ies|ied|ying))\s+(?:to\s+)?(?:having\s+)?"
    r"(?:carr(?:y|ying|ied) out|conduct(?:ing|ed)?|stag(?:e|ing|ed)|launch(?:ing|ed)?)\s+"
    + _PHRASE,
    re.IGNORECASE,
)


def refer_to_known_incidents(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Mark ``background`` the news drafts first told, after the lead, as the object of a
    clause of responsibility, and return them."""
    marked: list[EventDraft] = []
    for draft in drafts:
        sentence = doc.sentences[min(draft.sentences)]
        if not sentence.span.contains(draft.trigger.span) or tells_the_news(doc, sentence):
            continue
        before = doc.text[sentence.span.start : draft.trigger.span.start]
        found = RESPONSIBILITY.search(before)
        if found is not None and _an_activity(found, draft):
            continue
        if found is None and not (len(set(draft.sentences)) == 1 and named_as_topic(doc, draft)):
            # nor the topic of an inquiry, a place or a time told in that sentence alone
            # (fifty-first round): "called for an investigation of the reported chlorine attack"
            # then "On March 12 the attack killed 35 people" tells the act, whose news it is
            continue
        if dates_the_act(doc, sentence, draft):
            continue
        draft.temporal_status = "background"
        marked.append(draft)
    return marked


def dates_the_act(doc: Document, sentence: Sentence, draft: EventDraft) -> bool:
    """Whether the sentence gives the named act a fresh day: after its noun, in its own phrase
    ("claimed responsibility for a bombing in Homs on Monday"), or as its possessive
    ("Monday's bombing"); not the day of the claim ("On Tuesday, the group denied ...") nor of
    another clause ("admit carrying out the bombing - which killed 30 - in a statement that was
    put out on Saturday")."""
    window = doc.published - dt.timedelta(days=NEWS_WINDOW_DAYS)
    trigger = draft.trigger.span
    for date in doc.in_sentence(doc.dates, sentence):
        if date.precision != "day" or date.date < window:
            continue
        if 0 <= trigger.start - date.span.end <= 3:
            return True  # "Monday's bombing"
        between = doc.text[trigger.end : date.span.start]
        if (
            date.span.start >= trigger.end
            and len(between) < 80
            and not _ANOTHER_CLAUSE.search(between)
        ):
            return True
    return False


# Between the act's noun and a day, a word that opens another clause: the day is not the act's.
_ANOTHER_CLAUSE = re.compile(
    r"[-–—;:()]|\b(?:which|who|whom|that|when|where|while|said|says|posted|published|released|"
    r"reported|announced|added)\b",
    re.IGNORECASE,
)


def _an_activity(found: re.Match[str], draft: EventDraft) -> bool:
    """The act is a bare "-ing" verb right after the clause ("a role in recruiting"), not a noun
    phrase naming a known incident ("a role in the bombing", "behind Thursday's killings")."""
    last_word = found.group().split()[-1].lower()
    return last_word in _CLAUSE_ENDS and draft.trigger.text.lower().endswith("ing")


# The words a clause of responsibility ends on when no noun phrase follows it.
_CLAUSE_ENDS = frozenset({"for", "on", "of", "in", "behind", "with", "to"})
