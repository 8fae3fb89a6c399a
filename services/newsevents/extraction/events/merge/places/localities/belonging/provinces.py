"""Whether a locality is told in another province's item than the event's place
(:func:`of_another_province`, forty-eighth round, place68).

A roundup's headline tells several acts in several provinces ("28 terrorists killed in Idleb,
army regains several towns in Hama"), and the lead retelling one of them names its villages
("the army regained Khatab town and Kherbat Hajam in Hama countryside"). The villages are the
places of the act of their own province: an event placed in Idlib that the headline merged with
that lead took Khatab, placed it in Idlib, and lost the killing's place.
"""

from __future__ import annotations

import re

from ......document import LOCAL_PRECISIONS, Document, PlaceMention, Span, sentence_at
from ..locality import Locality


def of_another_province(doc: Document, locality: Locality, around: PlaceMention) -> bool:
    """Whether the locality's sentence names a province (or its countryside) and none of them
    is the province of the event's place ``around``, nor names any other place of it: the
    sentence tells another province's act; or its own phrase puts it in another province
    (:func:`told_in_another_province`)."""
    if told_in_another_province(doc, locality, around):
        return True
    province = around.province
    if province is None or around.precision == "country":
        return False
    sentence = sentence_at(doc.sentences, locality.span)
    if sentence is None:
        return False
    places = [p for p in doc.in_sentence(doc.places, sentence) if p.precision != "country"]
    named = {p.province for p in places if p.precision == "admin1" or p.feature == "admin1"}
    if not named or province in named:
        return False
    return not any(p.province == province for p in places)


# "al-Fouaa town in Idleb", "the village of X in Daraa": the known place the locality's own phrase
# puts it in, right after its name
_TOLD_IN = re.compile(
    r"\s+(?:(?:town|village|city|area|neighbou?rhood|district)\s+)?(?:in|of)\s+(?:the\s+)?"
    r"(?:rural\s+)?",  # "Latmin in rural Hama", as the opposition's releases write it
    re.IGNORECASE,
)


def told_in_another_province(doc: Document, locality: Locality, around: PlaceMention) -> bool:
    """Whether the locality's own phrase puts it in a known town or province ("al-Fouaa town in
    Idleb") of another province than the event's place ``around``, told in the same sentence:
    a lead's copy at Damascus is not at the besieged town its list ("the cities of Damascus and
    Aleppo and al-Fouaa town in Idleb") tells in Idleb (forty-ninth round, shell69)."""
    if around.province is None or around.precision == "country":
        return False
    sentence = sentence_at(doc.sentences, locality.span)
    if sentence is None or not any(
        p.name == around.name for p in doc.in_sentence(doc.places, sentence)
    ):
        return False
    told = _TOLD_IN.match(doc.text, locality.span.end)
    if told is None:
        return False
    place = next((p for p in doc.places if p.span.start == told.end()), None)
    if not (
        place is not None
        and (place.precision in ("town", "admin1") or place.feature == "admin1")
        and place.country_code == around.country_code
        and place.province is not None
        and place.province != around.province
    ):
        return False
    if around.feature == "admin1" or _told_again(doc, locality, sentence.span):
        # (an event at a province its sentence names is at no village put in another one:
        # "destroyed vehicles in the X valley in Homs countryside and a depot in Hama
        # countryside", the act's copy at Hama; fifty-fourth round, air74)
        return True
    # (only a release's "in rural X": "the villages of A and B in Lattakia" after al-Fouaa in
    # Idleb lost B where the known A took no event of its own; FA-KES, measured)
    return "rural" in told.group().lower() and _list_mate(doc, locality, place, sentence.span)


def _list_mate(doc: Document, locality: Locality, province: PlaceMention, sentence: Span) -> bool:
    """Whether a known town of the locality's province is told before it in its sentence, the
    town the list that closes on that province holds with it: "struck A and B in rural Idlib
    and the towns of Kafr Zita and Latmin in rural Hama" has Latmin struck with Kafr Zita, the
    act's copy in Hama, not with A (fiftieth round, raid70)."""
    return any(
        p.precision in LOCAL_PRECISIONS
        and p.province == province.province
        and sentence.start <= p.span.start
        and p.span.end <= locality.span.start
        for p in doc.places
    )


def _told_again(doc: Document, locality: Locality, sentence: Span) -> bool:
    """Whether the article names the locality again outside its sentence: a lead's list the body
    tells again town by town, each with its own act. A body's item over towns of several
    provinces ("... while other shells fell on A village in Lattakia and B town in Damascus
    Countryside"), told once, tells an act at each (lead, at the merge of the forty-ninth round:
    without this a blind part lost three such towns)."""
    name = doc.text[locality.span.start : locality.span.end]
    at = doc.text.find(name)
    while at != -1:
        if not sentence.start <= at < sentence.end:
            return True
        at = doc.text.find(name, at + 1)
    return False
