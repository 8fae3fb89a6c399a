"""Sentence splitting with exact character offsets.

News bodies are short paragraphs; a sentence never crosses a paragraph break. Inside a
paragraph we split after ``.``, ``!`` or ``?`` (optionally followed by a closing quote or
bracket) when the next word starts with a capital, a digit or an opening quote, and the word
before is not a known abbreviation or two or more initials ("M.A. Jinnah Road").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..document import Document, Sentence, Span

_PARAGRAPH = re.compile(r"[^\n]+")
_BOUNDARY = re.compile(r"""[.!?]["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])""")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt maj capt sgt st jr sr no vs etc inc ltd co corp u.s u.n "
    "jan feb mar apr jun jul aug sep sept oct nov dec gov sen rep brig mt ft".split()
)
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # "M.A. Jinnah Road"; one letter may end one: "Plan B."


def split_sentences(doc: Document) -> None:
    sentences: list[Sentence] = []
    for paragraph_index, paragraph in enumerate(_PARAGRAPH.finditer(doc.text)):
        start = paragraph.start()
        for boundary in _BOUNDARY.finditer(paragraph.group()):
            cut = paragraph.start() + boundary.start()
            previous_word = doc.text[start:cut].rsplit(maxsplit=1)[-1:] or [""]
            if previous_word[0].lower().rstrip(".") in _ABBREVIATIONS or _INITIALS.fullmatch(
                previous_word[0] + "."
            ):
                continue
            end = paragraph.start() + boundary.end()
            _append(doc.text, sentences, start, end, paragraph_index)
            start = end
        _append(doc.text, sentences, start, paragraph.end(), paragraph_index)
    doc.sentences = [
        replace(s, heading=True) if _is_heading(doc.text, s, sentences) else s for s in sentences
    ]


def _is_heading(text: str, sentence: Sentence, sentences: list[Sentence]) -> bool:
    """A paragraph of one short line without final punctuation: a subheading or photo title.

    Only beside a body: a text of one line is the report itself ("Gunmen killed two traders
    near Wukari" with its full stop lost).
    """
    if all(s.paragraph == sentence.paragraph for s in sentences):
        return False
    alone = sum(1 for s in sentences if s.paragraph == sentence.paragraph) == 1
    unpunctuated = not re.search(r"""[.!?]["'”’)\]]*$""", sentence.text)
    return alone and unpunctuated and len(sentence.text.split()) <= 14


def _append(text: str, sentences: list[Sentence], start: int, end: int, paragraph: int) -> None:
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if start < end:
        sentences.append(Sentence(len(sentences), Span(start, end), paragraph, text[start:end]))
