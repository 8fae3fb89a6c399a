"""What an article's words say about the incident a draft tells: a new-incident cue, its day,
the places its own sentences name.

A writer who moves on to another incident says so: a new-incident word before the act
("another", "meanwhile", "elsewhere"), a frame opening the sentence on a place or a day ("In
Aleppo, ...", "On Sunday, ..."), another explicit day. The merging passes read these cues to
keep incidents apart, the background passes to tell a paragraph that turns back, and the
confidence of an event to weigh a retelling.
"""

from __future__ import annotations

import re

from ..document import Document, PlaceMention, Sentence, sentence_at
from ..ontology import EventTypeName
from ..prefilter import quick_search
from ..vocabulary import STATEMENT_VERBS
from .draft import EventDraft, another_cue, opens_on_another_time, told_as_another
from .geography.names.bare_names import names_a_bare_place_anew
from .geography.names.other_localities import localities
from .geography.nesting import nested_either

# The new-incident words that set an act beside another, not in time: "also", "meanwhile",
# "in a separate attack" ("In another incident, gunmen shot dead a farmer": "another" with the
# noun alone, set off from the act by a comma; not "killed in another attack", the act's own
# word).
_BESIDE_WORDS = (
    r"meanwhile|elsewhere|separately|also|in (?:a|another) (?:separate|similar|different|"
    r"related) (?:incident|attack|development)|in another (?:incident|attack|development|"
    r"operation|raid)\s*,"
)
# Words before the act that tell a new incident: those and the words of another time
# ("meanwhile, two gunmen opened fire", "militants also attacked", "earlier in the day, the
# coalition launched airstrikes").
NEW_INCIDENT = re.compile(rf"\b(?:{_BESIDE_WORDS}|earlier|later|previously)", re.IGNORECASE)


# A sentence that opens on another act: "Elsewhere, ...", "Separately, ...", "In another
# attack", "In a separate incident", "Meanwhile in Idlib province": it neither merges with the
# act before (merge/incidents/identity/two_acts.py) nor takes its agent (link/linking.py).
OPENS_APART = re.compile(
    r"\s*(?:elsewhere\b|separately\b|meanwhile,?\s+in\s|in\s+(?:another|a\s+(?:separate|second|"
    r"third|further))\s+(?:[\w-]+\s+){0,2}?(?:attacks?|incidents?|strikes?|raids?|blasts?|"
    r"explosions?|bombings?|clash(?:es)?|shootings?|developments?|ambush))",
    re.IGNORECASE,
)


def told_apart(doc: Document, draft: EventDraft) -> bool:
    """Whether the draft's first sentence opens on another act (:data:`OPENS_APART`): "In a
    separate incident, a roadside bomb killed three" is no act of the headline's author nor of
    a claimant told before it (merge/parties/attackers/)."""
    return OPENS_APART.match(doc.sentences[min(draft.sentences)].text) is not None


# A mention that points back at an act already told: "the raids", "this attack", "the
# death toll rose to 22". The words between are the act's own ("the Russian air strikes"), not
# a speaker's ("The monitor said airstrikes also killed ...": no act told back).
REFERS_BACK = re.compile(
    r"\b(?:the|this|that|these|those|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]?s)\s+"
    rf"(?:(?!(?:{STATEMENT_VERBS})\b)[\w-]+\s+){{0,2}}?"
    r"(?:attacks?|strikes?|air ?strikes?|raids?|shelling|bombings?|"
    r"explosions?|blasts?|massacre|assault|clash(?:es)?|fighting|shells|rockets|incident|"
    r"operation|bombardment|ambush(?:es)?|encounters?|firefight|gun ?fight|gun ?battle|"
    r"skirmish(?:es)?)\b|\b(?:death )?toll (?:has )?(?:rose|risen|climbed|reached)",
    re.IGNORECASE,
)


def names_back_by(text: str, nouns: re.Pattern[str]) -> bool:
    """Whether ``text`` names an act back (:data:`REFERS_BACK`) by one of ``nouns``, its last
    word: "the raids", "Tuesday's air strike" for a strike's nouns."""
    return any(nouns.fullmatch(m.group(0).split()[-1]) for m in REFERS_BACK.finditer(text))


# A sentence opening on a place or a day, the frame of a roundup's item: "In Aleppo, ...",
# "On Sunday, ...", "Near the town of Dael, ...".
FRAME = re.compile(
    r"^(?:In|At|On|Near|Outside|Around|Across|North|South|East|West)\s+(?:the\s+)?"
    r"(?:[A-Z0-9][\w'’-]*)(?:\s+[\w'’-]+){0,5}?\s*,"
)


def told_as_new(doc: Document, sentence: Sentence, draft: EventDraft) -> bool:
    """Whether the draft's sentence tells a new incident: "another", a new-incident word
    before the act ("meanwhile", "in a separate attack"), or a sentence opening on another
    place or day. The cue is read in the sentence of the act's word: an event an earlier pass
    merged from several sentences ("The attack on Khuafo village also wounded 20 people", then
    "media reported the aerial bombardment") is not told as new by the words of another one
    ("also wounded": a toll added to the act, after it)."""
    if not sentence.span.contains(draft.trigger.span):
        sentence = sentence_at(doc.sentences, draft.trigger.span) or sentence
    before = doc.text[sentence.span.start : draft.trigger.span.start]
    return (
        told_as_another(doc.text, draft.trigger, sentence.span.start)
        or quick_search(NEW_INCIDENT, before) is not None
        or FRAME.match(sentence.text) is not None
    )


def act_told_as_another(doc: Document, draft: EventDraft) -> bool:
    """Whether the draft's own sentence tells an act of its type as a new occurrence, at any of
    the type's words and not only the one the draft was linked on: "two soldiers were wounded
    in a separate clash" is linked on "were wounded", and the clash is another one. The cue is
    the word's own: in "another airstrike targeted a house" it is the strike's, not the
    targeting's. "A new" is no such cue here: "committed a new massacre", "a new breach" set
    the act beside the war's earlier ones, not beside the story's first."""
    sentence = doc.sentences[draft.sentences[0]]
    triggers = doc.in_sentence(doc.triggers, sentence)
    for trigger in triggers:
        if trigger.event_type != draft.event_type:
            continue
        cue = another_cue(doc.text, trigger, sentence.span.start)
        if (
            cue is not None
            and _A_NEW.match(doc.text, cue) is None
            and not any(cue <= other.span.start < trigger.span.start for other in triggers)
        ):
            return True
    return False


_A_NEW = re.compile(r"a new\b", re.IGNORECASE)


def same_day(lead: EventDraft, later: EventDraft) -> bool:
    """No two different explicit days; a lead told without its day is of the report's day or
    the day before ("overnight", "late Saturday"), not of a day the later mention names
    further back."""
    a, b = lead.date, later.date
    if a is None or b is None or b.precision == "vague":
        return True
    if a.precision == "vague":
        return abs((a.date - b.date).days) <= 1
    return a.date == b.date


def told_places(doc: Document, draft: EventDraft) -> list[PlaceMention]:
    """The event's places named in its own sentences, not carried over from the sentence
    before ("killed in the airstrike" after a sentence about Gaza)."""
    spans = [doc.sentences[i].span for i in draft.sentences]
    return [p for p in draft.places if any(span.contains(p.span) for span in spans)]


def told_new_elsewhere(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Whether the later act is told as new ("also", "meanwhile", "later", "elsewhere", a
    frame: :func:`told_as_new`) at a place of its own that the earlier event does not hold: a
    place of its own sentence neither among the earlier's places nor around or inside one
    ("terrorists also fired rocket shells on X neighbourhood", "They also pounded the village
    of Y, killing five"), or a locality the earlier's sentences do not name, by its word of
    settlement or bare ("Clashes also erupted in Latamneh"). A new-incident word
    with no place of its own ("the gunmen also burned houses") goes on with the same act."""
    index = later.sentences[0]
    sentence = doc.sentences[index]
    if index in earlier.sentences or not (
        told_as_new(doc, sentence, later) or _ALSO_AFTER.match(doc.text, later.trigger.span.end)
    ):
        return False
    own = [p for p in later.places if sentence.span.contains(p.span) and p.precision != "country"]
    if any(not any(nested_either(p, at) for at in earlier.places) for p in own):
        return bool(earlier.places)
    if own:
        return also_somewhere_finer(doc, earlier, later)
    if _unnamed_locality_after(doc, later, sentence):
        return True  # "were also killed in a nearby village"
    said = localities(sentence.text)
    told = frozenset().union(*(localities(doc.sentences[i].text) for i in earlier.sentences))
    # "Clashes also erupted in Latamneh": a village told bare, that no reader took (fold62)
    return bool(said - told) or names_a_bare_place_anew(doc, earlier.sentences, index)


def first_sentence_on_another_time(doc: Document, draft: EventDraft) -> bool:
    """Whether the first sentence the draft was told in opens on another time than the story's
    (:func:`.draft.opens_on_another_time`: "Also Thursday, gunmen killed an official", "The
    previous day, ..."), read up to the draft's act in it or else its first act: an earlier
    pass may have named the draft by an act of a later sentence ("And two roadside bombs blew
    up"), and the frame still opens the draft's own telling."""
    sentence = doc.sentences[draft.sentences[0]]
    trigger = draft.trigger
    if not sentence.span.contains(trigger.span):
        told = doc.in_sentence(doc.triggers, sentence)
        if not told:
            return False
        trigger = told[0]
    return opens_on_another_time(doc.text, trigger, sentence.span.start)


def also_somewhere_finer(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """ "Troops slew scores of militants in Hama countryside" then "Troops also
    fought the militants in Kafr Zita": an act told with a new-incident word
    ("also", "meanwhile", "elsewhere") at a place of its own inside the earlier's that the
    earlier's sentences never name (a town of its province, a neighbourhood of its city, a
    locality the gazetteer lacks) is another act there. Told with a definite reference back
    ("the strikes also hit a hospital in X") it is the same act (eighteenth round); "earlier"
    and "later" may date the telling ("Earlier, residents said a drone had killed two people
    near Kafra": the lead's strike) and are left to :func:`.draft.opens_on_another_time`."""
    index = later.sentences[0]
    sentence = doc.sentences[index]
    if index in earlier.sentences or not sentence.span.contains(later.trigger.span):
        return False
    before = doc.text[sentence.span.start : later.trigger.span.start]
    beside = _BESIDE.search(before) or _ALSO_AFTER.match(doc.text, later.trigger.span.end)
    if beside is None or REFERS_BACK.search(sentence.text) is not None:
        return False
    told = " ".join(doc.sentences[i].text for i in earlier.sentences)
    names = {p.name for p in earlier.places}
    own = [p for p in later.places if sentence.span.contains(p.span) and p.precision != "country"]
    if any(p.name not in names and p.text not in told for p in own):
        return True
    return bool(localities(sentence.text) - localities(told)) or _unnamed_locality_after(
        doc, later, sentence
    )


def _unnamed_locality_after(doc: Document, draft: EventDraft, sentence: Sentence) -> bool:
    """Whether the act is told, after its word, at a locality left unnamed and told as another
    ("in another town", "in a nearby village"): one the earlier act's sentences cannot hold."""
    return _UNNAMED_LOCALITY.search(doc.text, draft.trigger.span.end, sentence.span.end) is not None


# "Airstrikes also killed seven civilians in the town of X": the new-incident word right after
# the act's own noun (told beside the earlier act when the sentence names a place of its own).
_ALSO_AFTER = re.compile(r"\s+also\b", re.IGNORECASE)

# A locality told as another than the first one, unnamed, after the act: "were also killed in
# another town", "in a nearby village", "in the neighbouring district" (as in repeats'
# _ANOTHER_PLACE; a bare "in a besieged neighbourhood" may be the earlier act's own, and "in
# the same town" is).
_UNNAMED_LOCALITY = re.compile(
    r"\b(?:in|on|at)\s+(?:(?:an?|the)\s+)?(?:another|other|adjacent|nearby|neighbou?ring|next)\s+"
    r"(?:(?!(?:in|on|at|of|a|an|the)\b)[\w-]+\s+){0,3}?"
    r"(?:villages?|towns?|cit(?:y|ies)|neighbou?rhoods?|districts?|suburbs?|camps?|quarters?)\b",
    re.IGNORECASE,
)

_BESIDE = re.compile(rf"\b(?:{_BESIDE_WORDS})", re.IGNORECASE)


# A strike told as the answer to an act: "responded with artillery fire", "in retaliation for",
# "to (try to) repel the assault", "to drive them back" (merge/incidents/replies.py; the
# output's toll siblings). A retaliation vowed, threatened or warned of is still to come: the act
# told beside it is no answer ("shelled the town, and the army vowed to retaliate").
_NOT_YET = "".join(
    f"(?<!{words} )"
    for words in (
        "vow to",
        "vows to",
        "vowed to",
        "threaten to",
        "threatens to",
        "threatened to",
        "threaten",
        "threatens",
        "threatened",
        "promise to",
        "promises to",
        "promised to",
        "pledge to",
        "pledges to",
        "pledged to",
        "warn of",
        "warns of",
        "warned of",
        "will",
        "would",
        "could",
        "might",
    )
)
REPLY = re.compile(
    r"\b(?:respond(?:ed|s|ing)?\s+(?:with|by)|" + _NOT_YET + r"retaliat\w*|"
    r"in\s+(?:response|reply|retaliation)\s+"
    r"(?:to|for)|to\s+(?:try\s+to\s+)?(?:repel|repulse|drive\s+(?:\w+\s+)?back|push\s+(?:\w+\s+)?"
    r"back|fend\s+off))\b",
    re.IGNORECASE,
)
# The kinds of act told as a reply: strikes from the air and artillery fire.
REPLY_KINDS: frozenset[EventTypeName] = frozenset({"airstrike", "shelling"})


_WORDS = re.compile(r"[a-z0-9]+")
# A title of fewer words is no headline a sentence can be told to retell.
_TITLE_WORDS = 4


def retells_title(doc: Document, index: int) -> bool:
    """Whether sentence ``index`` holds the article's title, word for word (a date or a
    dateline before it)."""
    title = _WORDS.findall(doc.title.lower())
    if len(title) < _TITLE_WORDS:
        return False
    words = _WORDS.findall(doc.sentences[index].text.lower())
    return any(words[at : at + len(title)] == title for at in range(len(words) - len(title) + 1))
