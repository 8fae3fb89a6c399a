"""Shorter later references to a named actor: "the al-Haj Qassem Soleimani" for the regiment of
that name, "the cultural centre" for the Iranian Cultural Centre named before. Each becomes a
mention of the actor and wins over what it overlaps (:func:`.relabel.relabel`).
"""

from __future__ import annotations

import re

from ...document import ActorMention, Document
from ...prefilter import folded
from ...vocabulary import DEFINITE_ARTICLES
from ..relabel import relabel
from .units import UNIT_NOUNS

_UNIT_SUFFIX = re.compile(rf"\s+(?:{UNIT_NOUNS})$")
_LEADING_ARTICLE = re.compile(rf"^(?:the|{'|'.join(DEFINITE_ARTICLES)})[-\s]", re.IGNORECASE)


# Distinct short forms searched per article: each is a search of the whole text, and a text of
# many names ("Deir Ezzor Albu Kamal Militia Forces Raqqa Islamic ...") makes one per name.
MAX_SHORT_FORMS = 32


def add_short_forms(doc: Document, found: list[ActorMention]) -> None:
    """Shorter later references to a named actor, which win over overlapping matches.

    "the al-Haj Qassem Soleimani" or "al-Haj Qassem Soleimani elements" for the regiment of that
    name; "the cultural centre" for the Iranian Cultural Centre named before. An actor named
    again with the same words searches nothing new; the first MAX_SHORT_FORMS forms are searched.
    """
    searched: set[tuple[str, str]] = set()
    lowered = folded(doc.text)
    for actor in list(found):
        if actor.kind == "person" or actor.generic:
            continue
        # each form with the words every match of it holds (lowered, for a text in ASCII)
        forms: list[tuple[str, list[str]]] = []
        without_noun = _UNIT_SUFFIX.sub("", actor.text)
        if without_noun != actor.text and len(without_noun.split()) >= 2:
            short = _LEADING_ARTICLE.sub("", without_noun)
            forms.append((re.escape(short), [short.lower()]))
        words = actor.name.split()
        if len(words) >= 3 and words[-1][0].isupper():
            last = words[-2:]
            forms.append(
                (
                    r"(?<=\bthe )" + r"\s+".join(re.escape(w) for w in last),
                    [w.lower() for w in last],
                )
            )
        for form, needles in forms:
            if (form, actor.name) in searched or len(searched) >= MAX_SHORT_FORMS:
                continue
            searched.add((form, actor.name))
            if _absent(needles, lowered):
                continue  # no match: a search of the whole text for nothing
            relabel(found, actor, _references(form, doc.text))


def _absent(needles: list[str], lowered: str | None) -> bool:
    """Whether a word every match holds is missing from the text (:func:`.prefilter.folded`
    form ``lowered``): sure only of words in ASCII, which match case-insensitively only the
    ASCII letters a text without the characters ``folded`` rules out lowers to."""
    if lowered is None:
        return False
    return any(needle.isascii() and needle not in lowered for needle in needles)


def _references(form: str, text: str) -> list[re.Match[str]]:
    """The matches of ``form`` as a reference: after "the ", "al-", a space or at the text's
    start, as ``finditer`` of the whole pattern gives them. The bare form is searched first and
    the openings checked only where it is found: the four lookbehinds tried at every character
    of the text cost more than the whole search (an article reads up to MAX_SHORT_FORMS forms)."""
    bare = re.compile(rf"(?:{form})(?![\w-])", re.I)
    whole = re.compile(rf"(?:(?<=\b[Tt]he )|(?<=\b[Aa]l-)|(?<=\s)|^)(?:{form})(?![\w-])", re.I)
    found: list[re.Match[str]] = []
    position = 0
    # (the whole pattern matches where its opening holds and the bare form matches, with the
    # bare form's match: the leftmost such place from ``position`` is among the bare form's)
    while (candidate := bare.search(text, position)) is not None:
        match = whole.match(text, candidate.start())
        if match is None:
            position = candidate.start() + 1
            continue
        found.append(match)
        position = max(match.end(), match.start() + 1)
    return found
