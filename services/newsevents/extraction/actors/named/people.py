"""People named in the article: a name beside a reporting verb, "according to", "known as" or a
role noun ("Ahmed Saleh said", "commander Ahmed Saleh"), with the description the text gives
them ("a local activist"), and their later mentions by surname only ("Saleh said").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...document import ActorMention, Document, Span
from ...vocabulary import DEFINITE_ARTICLES, REPORTING_VERBS, SURNAME_ARTICLES
from ..dictionary import NOT_A_NAME, ActorMatcher, capitalisable
from ..relabel import taken_spans
from .units import NAME_WORD

_PERSON = rf"{NAME_WORD}(?:\s+(?:bin\s+|ibn\s+|abu\s+)?{NAME_WORD}){{1,3}}"
_ROLE_NOUN = (
    r"activist|commander|spokesman|spokeswoman|spokesperson|official|journalist|correspondent|"
    r"resident|analyst|researcher|director|minister|leader|member|chief|head|governor|mayor|"
    r"general|colonel|officer|source|expert|witness|elder|sheikh|cleric|president"
)
_PERSON_CONTEXTS = (
    re.compile(rf"(?P<p>{_PERSON}),?\s+(?:{REPORTING_VERBS})\b"),
    re.compile(rf"\b(?:{REPORTING_VERBS})\s+(?P<p>{_PERSON})"),
    re.compile(rf"\b[Aa]ccording to\s+(?P<p>{_PERSON})"),
    re.compile(rf"\b(?:known as|by the name of|named|called)\s+(?P<p>{_PERSON})"),
    re.compile(rf"\b(?:{_ROLE_NOUN}),?\s+(?P<p>{_PERSON})"),
)


def add_people(doc: Document, found: list[ActorMention], matcher: ActorMatcher) -> None:
    """People named beside a reporting verb, "according to", "known as" or a role noun."""
    taken = taken_spans(doc, found)
    for pattern in _PERSON_CONTEXTS:
        for match in pattern.finditer(doc.text):
            name = match.group("p")
            if name.split()[0] in NOT_A_NAME or matcher.lookup(name) is not None:
                continue
            span = Span(match.start("p"), match.end("p"))
            if not taken.overlaps(span):
                found.append(_person(doc, span, name))
                taken.add(span)


def _person(doc: Document, span: Span, name: str) -> ActorMention:
    return ActorMention(span, name, name, "person", description=_describe(doc.text, span))


_DESCRIPTION_BEFORE = re.compile(rf"(?P<d>(?:[\w-]+\s+){{0,4}}(?:{_ROLE_NOUN}))\s+$")
_DESCRIPTION_AFTER = re.compile(rf"^,\s+(?:a|an|the)\s+(?P<d>[^,.;]{{3,80}}?\b(?:{_ROLE_NOUN}))\b")


def _describe(text: str, span: Span) -> str | None:
    after = _DESCRIPTION_AFTER.search(text[span.end : span.end + 100])
    if after:
        return after.group("d")
    before = _DESCRIPTION_BEFORE.search(text[max(0, span.start - 60) : span.start])
    if before:
        words = before.group("d").split()
        # Keep the descriptive words of the noun phrase only ("Deir Ezzor media activist").
        while words and words[0].islower() and words[0] not in {"media", "political", "local"}:
            words.pop(0)
        return " ".join(words) or None
    return None


_DEFINITE = capitalisable(DEFINITE_ARTICLES)
_SURNAME_ARTICLE = re.compile(rf"^(?:{'|'.join(SURNAME_ARTICLES)})-", re.IGNORECASE)


def add_surname_mentions(doc: Document, found: list[ActorMention]) -> None:
    """Later mentions of a person by surname only ("Saleh said", "al-Jammal noted")."""
    people = [m for m in found if m.kind == "person" and len(m.name.split()) > 1]
    taken = taken_spans(doc, found)
    searched: set[str] = set()
    for person in people:
        surname = person.name.split()[-1]
        bare = _SURNAME_ARTICLE.sub("", surname)
        if bare in searched:
            continue  # another person of that surname finds only what the first took
        searched.add(bare)
        pattern = re.compile(rf"(?<![\w-])(?:(?:{_DEFINITE})-)?{re.escape(bare)}(?![\w-])")
        for match in pattern.finditer(doc.text):
            span = Span(match.start(), match.end())
            if not taken.overlaps(span):
                found.append(replace(person, span=span, text=match.group()))
                taken.add(span)
