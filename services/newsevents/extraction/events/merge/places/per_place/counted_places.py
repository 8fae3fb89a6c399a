"""One event per place a counted act went on at: "gunmen torched houses in two villages on
Monday. The villages, Dunka and Marwa, lie ..." is two events, as monitors code them (one per
location and day).

A sentence that counts the places of its act ("in two villages", "across three districts",
"in several provinces", "in both towns") and names them in a list in the same sentence or in
one of the two after it tells one act per place. ``split_listed_places`` reads a list inside
a violent act's own sentence; this pass reads the list the count announces wherever it is
told next, for any act a monitor codes per place (a protest in several towns is a protest in
each). The list must hold as many places as the count says (at least two for "several"); the
toll stays with the first place's event (the text rarely says where the dead were), and each
other place's event is told in the list's sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .....document import LOCAL_PRECISIONS, Document, PlaceMention
from .....ontology import is_violent
from .....prefilter import quick_search
from .....text.numbers import FEW, exact_count
from ....draft import EventDraft
from ....geography.lists.list_glue import coordinated

_WIDE = r"provinces|regions|states|governorates|counties"
_PLACES = (
    r"villages|towns|cities|districts|islands|localities|neighbou?rhoods|suburbs|camps|"
    r"communities|settlements|" + _WIDE
)
# "in two villages", "both the towns", "several Iraqi provinces", "four villages in the
# outskirts of": a count, up to two words, a plural place noun. The words are no preposition:
# "two farmers in villages near X" counts farmers. "two other villages" (after a town named)
# counts places besides the one named.
_COUNT = re.compile(
    r"\b(?P<count>" + FEW + r"|both|several|multiple)"
    r"\s+(?:the\s+)?(?:(?!(?:in|at|from|near|across|on|by|to|with|for|and)\s)[\w-]+\s+){0,2}?"
    r"(?P<kind>" + _PLACES + r")\b",
    re.IGNORECASE,
)


def counts_places(text: str) -> bool:
    """Whether the text counts places ("in three towns of the north"): a summary of several."""
    return quick_search(_COUNT, text) is not None


# A town the counted places are placed by, right after the count: "two villages near Dunka",
# "three camps outside the town of Marwa" (a landmark, no place of the act's own).
_LANDMARK = re.compile(
    r"\s+(?:(?:near|outside|around|close\s+to)|(?:north|south|east|west)\w*\s+of)\s+"
    r"(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?",
    re.IGNORECASE,
)
_WIDE_KIND = re.compile(_WIDE, re.IGNORECASE)

# The deaths or acts of the sentence before, told back before the places they were at.
_TOLD_BACK = re.compile(
    r"\bthe (?:deaths|dead|victims|casualties|attacks|strikes|raids|shelling|bombings|killings)"
    r"\s+(?:\w+\s+){0,2}?(?:in|at)\b",
    re.IGNORECASE,
)

# How many sentences after the count its list may be told in.
_REACH = 2


def split_counted_places(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each draft whose sentence counts the places of its act, split over the places listed."""
    result: list[EventDraft] = []
    for draft in drafts:
        result.append(draft)
        found = _counted_list(doc, draft)
        if found is None:
            continue
        index, listed, landmark = found
        if is_violent(draft.event_type) and _split_already(draft, index):
            continue
        own = doc.sentences[draft.sentences[0]].span
        # "attacked Dunka and two other villages, Marwa and Kelo": the town named is a place
        # of its own; "attacked two villages near Dunka" names no third place.
        held = {
            p.name
            for p in draft.places
            if p.precision in LOCAL_PRECISIONS
            and own.contains(p.span)
            and p not in listed
            and not (landmark >= 0 and _LANDMARK.fullmatch(doc.text[landmark : p.span.start]))
        }
        new = [p for p in listed if p.name not in held]
        if not held:  # the count's sentence names no town: the first listed place is the act's
            first, new = new[0], new[1:]
            draft.places = [first, *[p for p in draft.places if p is not first]]
        for place in new:
            result.append(replace(draft.at([place]), sentences=[index]))
    return result


def _split_already(draft: EventDraft, index: int) -> bool:
    """Whether ``split_listed_places`` split the list already: a violent act's list in its
    own sentence, or in the next when it was merged into the act."""
    own = draft.sentences[0]
    return index == own or (index == own + 1 and index in draft.sentences)


def _counted_list(doc: Document, draft: EventDraft) -> tuple[int, list[PlaceMention], int] | None:
    """The sentence that lists the places the draft's sentence counts, its list, and where
    the count ends in the text (-1 for a toll told back)."""
    own = draft.sentences[0]
    match = _COUNT.search(doc.sentences[own].text)
    if match is None:
        told = _told_back(doc, draft)
        return None if told is None else (*told, -1)
    exact = exact_count(match.group("count"))
    wide = _WIDE_KIND.fullmatch(match.group("kind")) is not None
    kinds = LOCAL_PRECISIONS | {"admin1"} if wide else LOCAL_PRECISIONS
    for index in range(own, min(own + 1 + _REACH, len(doc.sentences))):
        listed = _list_in(doc, index, kinds)
        if (len(listed) == exact) if exact is not None else len(listed) >= 2:
            return index, listed, doc.sentences[own].span.start + match.end()
    return None


def _told_back(doc: Document, draft: EventDraft) -> tuple[int, list[PlaceMention]] | None:
    """A violent act's toll told again with the places it was counted at, in the next
    sentence and with no act of its own: "shelling killed six civilians over the past day",
    then "the deaths were in Lyman, Siversk and Bakhmut"."""
    index = draft.sentences[0] + 1
    if not is_violent(draft.event_type) or index >= len(doc.sentences):
        return None
    sentence = doc.sentences[index]
    if _TOLD_BACK.search(sentence.text) is None or doc.in_sentence(doc.triggers, sentence):
        return None
    listed = _list_in(doc, index, LOCAL_PRECISIONS)
    return (index, listed) if len(listed) >= 2 else None


def _list_in(doc: Document, index: int, kinds: frozenset[str]) -> list[PlaceMention]:
    """The longest run of places of the sentence joined as one list."""
    sentence = doc.sentences[index]
    places = [p for p in doc.in_sentence(doc.places, sentence) if p.precision in kinds]
    best: list[PlaceMention] = []
    run: list[PlaceMention] = []
    for place in places:
        if run and coordinated(doc.text[run[-1].span.end : place.span.start]):
            run.append(place)
        else:
            run = [place]
        if len(run) > len(best):
            best = list(run)
    return best if len({p.name for p in best}) == len(best) else []
