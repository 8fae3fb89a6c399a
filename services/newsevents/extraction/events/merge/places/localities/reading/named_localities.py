"""Which localities a sentence names that the gazetteer lacks (:func:`named_localities`).

A name is a locality when the sentence tells it as one: a locality noun ("X neighbourhood", "the
village of X", "the neighbourhoods of X, Y and Z"), or a known place right after it that locates
it (:mod:`.framed_names`), or a list in a place's position (:mod:`.open_lists`). Where the fire
came from or people left and the far end of a stretch are no locality of the act
(:mod:`.locality_checks`). :mod:`..placing.unknown_places` places events at them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ......document import Document, Sentence, Span, per_document
from .....geography.lists.list_glue import coordinated
from .....geography.names.localities import locality_names
from ..locality import Locality, province_told_after
from .axes import axis_ends, told_axis
from .framed_names import framed_names
from .fronted import fronted_localities, heading_province
from .locality_checks import is_locality, is_origin
from .open_lists import open_list


@per_document
def named_localities(doc: Document, sentence: Sentence) -> list[Locality]:
    """The localities the sentence names that no known place covers, in text order, origins
    left out."""
    found = []
    origin_end: int | None = None  # where the last name told as an origin ends
    for name in locality_names(sentence.text):
        span = Span(sentence.span.start + name.start, sentence.span.start + name.end)
        # the names listed after an origin are origins too: "from the towns of Fuaa and Kafraya"
        if origin_end is not None and coordinated(doc.text[origin_end : span.start]):
            origin_end = span.end
            continue
        origin_end = span.end if is_origin(doc, span) else None
        if is_locality(doc, span):
            told_in = province_told_after(doc, span, name.precision)
            if told_in is None and name.precision == "town":
                told_in = heading_province(doc, sentence, span)  # a roundup item's province
            found.append(Locality(span, name.name, name.precision, told_in=told_in))
    taken = [m.span for m in doc.actors] + [m.span for m in doc.dates]
    taken_or_furniture = taken + [f.span for f in doc.furniture]
    framed = framed_names(doc, sentence, taken_or_furniture)
    framed += open_list(doc, sentence, framed, taken_or_furniture)
    # One name read by both ("in Barangay X in Y town": the unit's title and the frame) is
    # one locality, the one its noun tells.
    found += [f for f in framed if not any(f.span.overlaps(n.span) for n in found)]
    found += [
        Locality(span, doc.text[span.start : span.end], "town")
        for span in told_axis(doc, sentence)
        if not any(span.overlaps(f.span) for f in found)
    ]
    found = [end for locality in found for end in axis_ends(doc, locality)]
    # a roundup's item fronted by its province: "In Daraa countryside, ... in Busra al-Harir"
    fronted = fronted_localities(doc, sentence, taken)
    found += [f for f in fronted if not any(f.span.overlaps(n.span) for n in found)]
    return _list_provinces(doc, sorted(found, key=lambda locality: locality.span.start))


# The words between two names of one list: ", ", " and ", ", and ".
_LIST_GLUE = re.compile(r"\s*(?:,|,?\s*and|,?\s*as\s+well\s+as)?\s*")


def _list_provinces(doc: Document, found: list[Locality]) -> list[Locality]:
    """The localities, each name of a list told in the province told after its last name:
    "the villages of A, B and C in the southern countryside of Idlib" are all in Idlib, though
    a namesake elsewhere was read for one of them."""
    told_in = None
    kept: list[Locality] = []
    for locality, after in zip(reversed(found), [None, *reversed(found)], strict=False):
        if after is None or not _LIST_GLUE.fullmatch(
            doc.text[locality.span.end : after.span.start]
        ):
            told_in = locality.told_in
        elif locality.told_in is None and told_in is not None:
            locality = replace(locality, told_in=told_in)
        else:
            told_in = locality.told_in
        kept.append(locality)
    return kept[::-1]
