"""Shorter later references to a named actor: "the al-Haj Qassem Soleimani" for the regiment of
that name, "the cultural centre" for the Iranian Cultural Centre named before. Each becomes a
mention of the actor and wins over what it overlaps (:func:`.relabel.relabel`).
"""

from __future__ import annotations

import re

from ...document import ActorMention, Document
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
    for actor in list(found):
        if actor.kind == "person" or actor.generic:
            continue
        forms = []
        without_noun = _UNIT_SUFFIX.sub("", actor.text)
        if without_noun != actor.text and len(without_noun.split()) >= 2:
            forms.append(re.escape(_LEADING_ARTICLE.sub("", without_noun)))
        words = actor.name.split()
        if len(words) >= 3 and words[-1][0].isupper():
            forms.append(r"(?<=\bthe )" + r"\s+".join(re.escape(w) for w in words[-2:]))
        for form in forms:
            if (form, actor.name) in searched or len(searched) >= MAX_SHORT_FORMS:
                continue
            searched.add((form, actor.name))
            pattern = re.compile(
                rf"(?:(?<=\b[Tt]he )|(?<=\b[Aa]l-)|(?<=\s)|^)(?:{form})(?![\w-])", re.I
            )
            relabel(found, actor, list(pattern.finditer(doc.text)))
