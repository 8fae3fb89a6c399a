"""Places a sentence names bare that no reader took: "Clashes also erupted in Latamneh",
"two rebels were killed near Kafr Halab".

Wire copy names the villages of a front by their name alone, with no word of settlement ("the
village of X") and none the gazetteer knows, so neither the place readers nor
:func:`.localities.locality_names` read them. The name is still a fact: a capitalised name
after a locative word ("in", "near", "around", "on the outskirts of") that is no place, people,
side or day the article's readers took, and that the sentences of an earlier act never name,
tells an act at another settlement (the folding passes' tests of another place,
:func:`...story_cues.told_new_elsewhere` and :func:`...merge.incidents.identity.act_identity
.at_another_place`; forty-second round, fold62).

The name must close its phrase (a comma, the sentence's end, or a word that goes on with the
act: "in Latamneh, killing four", "near Kafr Halab on Monday"): a capitalised word that
modifies a noun after it ("in Kurdish positions", "in Nusra Front strongholds") is no place.
"""

from __future__ import annotations

import re

from ....document import Document, Sentence, Span
from ....places.reading.words import STOPWORDS
from ..name_shapes import NAME
from ..spellings import spelling_key

# The words that tell a place bare after them: "in X", "In X, ...", "near X", "on the
# outskirts of X".
_LOCATIVE = (
    r"\b(?:[Ii]n|[Nn]ear|[Aa]round|[Oo]utside|(?:on\s+)?the\s+(?:outskirts|edges?|frontlines?|"
    r"vicinity|surroundings|environs)\s+of)\s+"
)
# What may follow a place's name in its phrase: punctuation, the sentence's end, or a word that
# goes on with the act or places it further ("in X in Hama province", "near X, killing").
_CLOSE = (
    r"(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|near|and|where|after|amid|as|while|killing|leaving|"
    r"west|east|north|south|to|with|during|since|for|overnight|early|late)\b)"
)
_BARE = re.compile(rf"{_LOCATIVE}(?P<name>{NAME}){_CLOSE}")


def bare_place_spans(doc: Document, sentence: Sentence) -> list[Span]:
    """Where ``sentence`` names a place bare after a locative word (see the module) that no
    reader of the article took as a place, a people, a side or a body. A headline in title
    case ("Clashes in Hama Breaks Siege") names none: its every word is capitalised."""
    if _title_case(sentence.text):
        return []
    taken = [
        *(m.span for m in doc.in_sentence(doc.places, sentence)),
        *(m.span for m in doc.in_sentence(doc.place_references, sentence)),
        *(m.span for m in doc.in_sentence(doc.body_places, sentence)),
        *(m.span for m in doc.in_sentence(doc.actors, sentence)),
    ]
    spans: list[Span] = []
    for found in _BARE.finditer(sentence.text):
        start = sentence.span.start + found.start("name")
        span = Span(start, start + len(found.group("name")))
        # a name opened or closed by a word no place is named by alone is a day, a body, an
        # office ("in March 2015", "near District Administration Office", "in Ramadan")
        words = found.group("name").lower().split()
        if {words[0], words[-1]} & STOPWORDS or any(span.overlaps(s) for s in taken):
            continue
        spans.append(span)
    return spans


def bare_place_names(doc: Document, sentence: Sentence) -> frozenset[str]:
    """The spelling keys of the names :func:`bare_place_spans` finds in ``sentence``."""
    keys = (spelling_key(doc.text[s.start : s.end]) for s in bare_place_spans(doc, sentence))
    return frozenset(k for k in keys if k)


def names_a_bare_place_anew(doc: Document, told_in: list[int], index: int) -> bool:
    """Whether sentence ``index`` names a place bare (:func:`bare_place_names`) that none of
    the sentences ``told_in`` names, in any spelling."""
    said = bare_place_names(doc, doc.sentences[index])
    if not said:
        return False
    told = " " + " ".join(spelling_key(doc.sentences[i].text) for i in told_in) + " "
    return any(f" {name} " not in told for name in said)


_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _title_case(text: str) -> bool:
    """Whether most of the words of ``text`` (three or more letters) open on a capital."""
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) * 2 > len(words)
