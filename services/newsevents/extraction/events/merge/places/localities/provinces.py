"""Whether a locality is told in another province's item than the event's place
(:func:`of_another_province`, forty-eighth round, place68).

A roundup's headline tells several acts in several provinces ("28 terrorists killed in Idleb,
army regains several towns in Hama"), and the lead retelling one of them names its villages
("the army regained Khatab town and Kherbat Hajam in Hama countryside"). The villages are the
places of the act of their own province: an event placed in Idlib that the headline merged with
that lead took Khatab, placed it in Idlib, and lost the killing's place.
"""

from __future__ import annotations

from .....document import Document, PlaceMention, sentence_at
from .locality import Locality


def of_another_province(doc: Document, locality: Locality, around: PlaceMention) -> bool:
    """Whether the locality's sentence names a province (or its countryside) and none of them
    is the province of the event's place ``around``, nor names any other place of it: the
    sentence tells another province's act."""
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
