"""A front told by its two ends joined by a hyphen (:func:`told_axis`, :func:`axis_ends`): each
end is a locality of the act."""

from __future__ import annotations

import re
from dataclasses import replace

from ......document import Document, Sentence, Span
from .....geography.name_shapes import NAME
from ..locality import Locality

# A front told by its two ends joined by a hyphen: "on the axis of Kafr Zita-Latamna", "on
# Kafr Zita-Tal Sawda axis" (forty-eighth round, clash68). The state outlets' bulletins tell the
# fighting along a line between two villages so; their gold codes a clash at each end. Only
# with "axis" right before or after the name: "the Aleppo-Damascus highway" is one road, and
# a hyphen inside a name ("Deir ez-Zor", "Tal al-Mal") joins no two capitalised names.
_AXIS_BEFORE = re.compile(r"\baxis\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_AXIS_AFTER = re.compile(r"\s+axis\b", re.IGNORECASE)
_TWO_ENDS = re.compile(r"(?<=[a-z])-(?=[A-Z])")


# The axis named by its two ends before its noun as where the posts hit stood, no other frame
# locating it: "foiled an attack on military posts on Kafr Zita-Latamna axis" (not an offensive's
# aim, "preparing an offensive on the A-B axis": measured, two background events on `tune`).
_AXIS_NAMED = re.compile(
    r"\b(?:posts?|positions?|points?|checkpoints?|sites?)\s+(?:on|along)\s+(?:the\s+)?"
    rf"(?P<name>{NAME})(?=\s+axis\b)"
)


def told_axis(doc: Document, sentence: Sentence) -> list[Span]:
    """The spans of axes told by their two ends before the word "axis"."""
    if "axis" not in sentence.text:
        return []
    start = sentence.span.start
    return [
        Span(start + m.start("name"), start + m.end("name"))
        for m in _AXIS_NAMED.finditer(sentence.text)
        if _TWO_ENDS.search(m.group("name"))
    ]


def axis_ends(doc: Document, locality: Locality) -> list[Locality]:
    """The locality, or its two ends when it names an axis's two villages joined by a hyphen."""
    cut = _TWO_ENDS.search(locality.name)
    if cut is None or locality.name[: cut.start()].split()[-1][:1].islower():
        return [locality]
    start, end = locality.span.start, locality.span.end
    if not (
        _AXIS_BEFORE.search(doc.text[max(0, start - 20) : start])
        or _AXIS_AFTER.match(doc.text, end)
    ):
        return [locality]
    first = locality.name[: cut.start()]
    second = locality.name[cut.end() :]
    return [
        replace(locality, span=Span(start, start + len(first)), name=first),
        replace(locality, span=Span(start + cut.end(), end), name=second),
    ]
