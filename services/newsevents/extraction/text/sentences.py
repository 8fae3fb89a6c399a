"""Sentence splitting with exact character offsets.

News bodies are short paragraphs; a sentence never crosses a paragraph break. Inside a
paragraph we split after ``.``, ``!`` or ``?`` (optionally followed by a closing quote or
bracket) when the next word starts with a capital, a digit or an opening quote, and the word
before is not a known abbreviation or two or more initials ("M.A. Jinnah Road").

A sentence is at most ``MAX_SENTENCE`` characters: a transcript without full stops, a list of
names or a table with tabs would otherwise be one sentence of the whole text, and the stages
after this one do work per sentence that grows with the square of its length. The longest
sentences of news are about 500 characters.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..document import Document, Sentence, Span

_PARAGRAPH = re.compile(r"[^\n]+")
_BOUNDARY = re.compile(r"""[.!?]["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])""")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt maj capt sgt st jr sr no vs etc inc ltd co corp u.s u.n "
    "jan feb mar apr jun jul aug sep sept oct nov dec gov sen rep brig mt ft".split()
)
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # "M.A. Jinnah Road"; one letter may end one: "Plan B."
# The word before a full stop is read within this many characters: an abbreviation or initials
# are shorter, and "Mr. Mr. Mr. ..." does not read the whole paragraph again at each stop.
_WORD_BEFORE = 64
MAX_SENTENCE = 600
# Where a sentence over MAX_SENTENCE is cut, by preference: after a clause break ("...; ", ", ",
# " - ", a tab), else after a space, in the second half of the allowed length; else anywhere.
_CLAUSE_BREAK = re.compile(r"[;,:]\s+|\s[—–-]+\s+|\t+")
_SPACE = re.compile(r"\s+")


def split_sentences(doc: Document) -> None:
    sentences: list[Sentence] = []
    for paragraph_index, paragraph in enumerate(_PARAGRAPH.finditer(doc.text)):
        start = paragraph.start()
        for boundary in _BOUNDARY.finditer(paragraph.group()):
            cut = paragraph.start() + boundary.start()
            previous_word = doc.text[max(start, cut - _WORD_BEFORE) : cut].rsplit(maxsplit=1)[-1:]
            previous_word = previous_word or [""]
            if previous_word[0].lower().rstrip(".") in _ABBREVIATIONS or _INITIALS.fullmatch(
                previous_word[0] + "."
            ):
                continue
            end = paragraph.start() + boundary.end()
            _append(doc.text, sentences, start, end, paragraph_index)
            start = end
        _append(doc.text, sentences, start, paragraph.end(), paragraph_index)
    per_paragraph = Counter(s.paragraph for s in sentences)
    doc.sentences = [
        replace(s, heading=True) if _is_heading(s, per_paragraph) else s for s in sentences
    ]


def _is_heading(sentence: Sentence, per_paragraph: Counter[int]) -> bool:
    """A paragraph of one short line without final punctuation: a subheading or photo title.

    Only beside a body: a text of one line is the report itself ("Gunmen killed two traders
    near Wukari" with its full stop lost). ``per_paragraph``: sentences per paragraph.
    """
    if len(per_paragraph) == 1:
        return False
    alone = per_paragraph[sentence.paragraph] == 1
    unpunctuated = not re.search(r"""[.!?]["'”’)\]]*$""", sentence.text)
    return alone and unpunctuated and len(sentence.text.split()) <= 14


def _append(text: str, sentences: list[Sentence], start: int, end: int, paragraph: int) -> None:
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    while end - start > MAX_SENTENCE:
        cut = _cut(text, start)
        _append(text, sentences, start, cut, paragraph)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        sentences.append(Sentence(len(sentences), Span(start, end), paragraph, text[start:end]))


def _cut(text: str, start: int) -> int:
    """Where a sentence starting at ``start`` and longer than MAX_SENTENCE ends: after its last
    clause break, else its last space, in the second half of its allowed length ("Ahmed Bello,
    Musa Okafor, Aisha Nasser, ..." is cut after a comma)."""
    low, high = start + MAX_SENTENCE // 2, start + MAX_SENTENCE
    for pattern in (_CLAUSE_BREAK, _SPACE):
        ends = [m.end() for m in pattern.finditer(text, low, high)]
        if ends:
            return ends[-1]
    return high
