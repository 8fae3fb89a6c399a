"""Acts told as kinds, fights told as going on, reports told as earlier: no occurrence of the day.

Three structures any outlet uses around its news (:mod:`.status` reads them after the lead,
unless the sentence gives an act a fresh day):
- A kind of act: the trigger is one of a bare list of nouns (two or more of them triggers, or
  three or more in all) governed by "of" or "for", directly or through a gerund: "known
  for carrying out robberies, bombings and abductions", "accuses the militia of staging raids
  and ambushes", "the gang's acts of theft, abduction and murder". A list with
  no article, number or possessive names kinds of acts, not an occurrence. (Not a gerund's
  objects alone, which describe the day's act: "firing rockets and mortars at the town".)
- A fight going on: the trigger a present progressive, "Alpha and Beta are battling the growth
  of banditry", "the coalition is fighting the rebels": what goes on, not what
  happened (a stretch of it told as news has a day: "clashes are continuing till now" is
  a noun, not read here).
- Told before: "previously" ahead of the trigger in its sentence puts the act, or the report
  of it, before the news ("The militia previously said it held the whole of Alpha"); not
  "as previously reported", a retelling, nor "Previously," opening the sentence (read with
  the lead's place by :mod:`..background.recalled`: it may retell the lead's incident).
"""

from __future__ import annotations

import re

from ....document import Document, Sentence, Span
from ....text.numbers import NUMBER_WORDS

# Words that make a list's member one occurrence, not a kind: an article, a number (every word
# of text/numbers.py), a possessive or a demonstrative before it.
_DETERMINER = "|".join(
    sorted(
        NUMBER_WORDS
        | {"the", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
        | {"my", "your", "many", "some", "each", "every", "both"},
        key=len,
        reverse=True,
    )
)
# ... and a list ends before a preposition ("bombings in the south").
_FUNCTION = r"and|or|in|on|at|by|with|from|to|against|near|across|of|for|into|as"
_WORD = rf"(?!(?:{_FUNCTION}|{_DETERMINER})\b)[a-z][a-z-]*"
_ITEM = rf"{_WORD}(?:\s+{_WORD})?"
_KIND_LIST = re.compile(
    r"\b(?:of|for)\s+(?:[a-z]+ing\s+(?:out\s+|on\s+)?)?"
    rf"(?P<list>{_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+(?:and|or)\s+{_ITEM})\b"
)
_ITEM_IN_LIST = re.compile(rf"(?:^|(?<=,)|(?<=\band)|(?<=\bor))\s*({_ITEM})")

# Right before the trigger: "are battling", "is now fighting".
# Also with an adverb of manner: "the regime is intensively attacking rural areas" (any -ly).
_PRESENT_PROGRESSIVE = re.compile(
    r"\b(?:is|are)\s+(?:still\s+|now\s+|currently\s+|also\s+)?(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# Inside the sentence, not opening it: a paragraph opening on "Previously," is read with the
# lead's place (:mod:`..background.recalled`), since it may retell the lead's incident.
_PREVIOUSLY = re.compile(r"(?<!\bas )(?<=\w )previously\b", re.IGNORECASE)


def names_a_kind(doc: Document, sentence: Sentence, trigger: Span, text: str | None = None) -> bool:
    """Whether the trigger is one of a bare list of act nouns after "of" or "for". ``text`` is
    the sentence as read (its asides blanked, offsets kept), the sentence itself by default."""
    base = sentence.span.start
    for match in _KIND_LIST.finditer(sentence.text if text is None else text):
        start, end = base + match.start("list"), base + match.end("list")
        if not (start <= trigger.start < end):
            continue
        triggers = [t.span for t in doc.in_sentence(doc.triggers, sentence)]
        items = [
            Span(base + match.start("list") + m.start(1), base + match.start("list") + m.end(1))
            for m in _ITEM_IN_LIST.finditer(match.group("list"))
        ]
        acts = [i for i in items if any(i.start < t.end and t.start < i.end for t in triggers)]
        if len(acts) >= 2 or len(items) >= 3:
            return True
    return False


def goes_on(before: str, trigger: str) -> bool:
    """Whether the trigger is a verb in the present progressive ("are battling")."""
    return trigger.lower().endswith("ing") and _PRESENT_PROGRESSIVE.search(before) is not None


def told_before(before: str) -> bool:
    """Whether "previously" stands ahead of the trigger in its sentence."""
    return _PREVIOUSLY.search(before) is not None
