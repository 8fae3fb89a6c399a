"""Attribution: who the article says each statement comes from.

A sentence is credited to a source when a reporting construction names one: "X said", "said X",
"according to X", "X reported", a "[Source]" credit closing a caption. Pronouns ("he said",
"it said") go to the last named source of the matching kind. A sentence without its own source
takes the source of the next sentence of its paragraph, where news puts the attribution
("... per month, Deir Ezzor media activist Ammar Saleh said.").
"""

from __future__ import annotations

import re
from typing import Literal, TypeGuard

from ..document import ActorMention, Document, Sentence, SourceKind, SourceMention, Span
from ..vocabulary import STATEMENT_VERBS

_BEFORE_VERB = re.compile(rf"^[\s,]*(?:also\s+|further\s+)?(?:{STATEMENT_VERBS})\b")
_AFTER_VERB = re.compile(rf"(?:{STATEMENT_VERBS})\s+(?:that\s+)?$")
_ACCORDING_TO = re.compile(r"according to\s+(?:the\s+)?$", re.IGNORECASE)
_PRONOUN = re.compile(
    rf"\b(?P<pronoun>he|she|it|they)\s+(?:also\s+)?(?P<verb>{STATEMENT_VERBS})\b", re.I
)
_CREDIT = re.compile(r"\[(?P<name>[^\[\]]{2,60})\]\s*$")
_GROUP_SOURCE = re.compile(
    rf"\b(?P<who>(?:local\s+)?(?:activists|residents|sources|witnesses|officials|monitors))\s+"
    rf"(?:{STATEMENT_VERBS})\b",
    re.IGNORECASE,
)
# Whom a pronoun can stand for: "he said" a person, "it said" / "they said" anyone else.
_Speaker = Literal["person", "other"]
_SOURCE_KINDS = frozenset({"person", "monitor", "media", "organisation", "government"})


def _speaks(kind: str) -> TypeGuard[SourceKind]:
    """Actors of these kinds are quoted; militias and crowds are not sources."""
    return kind in _SOURCE_KINDS


def find_attribution(doc: Document) -> None:
    own: dict[int, SourceMention] = {}
    last_by_kind: dict[_Speaker, SourceMention] = {}
    for sentence in doc.sentences:
        source = _own_source(doc, sentence, last_by_kind)
        if source is not None:
            own[sentence.index] = source
            last_by_kind["person" if source.kind == "person" else "other"] = source
    sources: dict[int, SourceMention] = {}
    following_of = _next_in_paragraph(doc, own)
    for sentence in doc.sentences:
        if sentence.index in own:
            sources[sentence.index] = own[sentence.index]
            continue
        following = following_of.get(sentence.index)
        if following is not None:
            sources[sentence.index] = following
    doc.sources = sources


def _own_source(
    doc: Document, sentence: Sentence, last_by_kind: dict[_Speaker, SourceMention]
) -> SourceMention | None:
    text = doc.text
    credit = _CREDIT.search(sentence.text)
    for actor in doc.in_sentence(doc.actors, sentence):
        kind = actor.kind
        if not _speaks(kind):
            continue
        before = text[sentence.span.start : actor.span.start]
        after = text[actor.span.end : sentence.span.end]
        if _BEFORE_VERB.search(after) or _AFTER_VERB.search(before[-40:]):
            return _from_actor(actor, kind)
        if _ACCORDING_TO.search(before[-25:]):
            return _from_actor(actor, kind)
    according = re.search(
        r"[Aa]ccording to\s+(?:the\s+)?(?P<name>[A-Z][\w\s]{2,40}?)\s+sources", sentence.text
    )
    if according:
        return _named(doc, sentence, according, "name")
    pronoun = _PRONOUN.search(sentence.text)
    if pronoun:
        person = pronoun.group("pronoun").lower() in {"he", "she"}
        previous = last_by_kind.get("person" if person else "other")
        if previous is not None:
            start = sentence.span.start + pronoun.start()
            return SourceMention(
                Span(start, start + len(pronoun.group("pronoun"))),
                pronoun.group("pronoun"),
                previous.name,
                previous.description,
                previous.kind,
            )
    if credit:
        return _named(doc, sentence, credit, "name")
    group = _GROUP_SOURCE.search(sentence.text)
    if group:
        start = sentence.span.start + group.start("who")
        who = group.group("who")
        return SourceMention(Span(start, start + len(who)), who, who.lower(), None, "group")
    return None


def _from_actor(actor: ActorMention, kind: SourceKind) -> SourceMention:
    return SourceMention(actor.span, actor.text, actor.name, actor.description, kind)


def _named(doc: Document, sentence: Sentence, match: re.Match[str], group: str) -> SourceMention:
    start = sentence.span.start + match.start(group)
    name = match.group(group).strip()
    span = Span(start, start + len(name))
    for actor in doc.in_sentence(doc.actors, sentence):
        kind = actor.kind
        if span.overlaps(actor.span) and _speaks(kind):
            return SourceMention(span, name, actor.name, actor.description, kind)
    return SourceMention(span, name, name, None, "organisation")


def _next_in_paragraph(doc: Document, own: dict[int, SourceMention]) -> dict[int, SourceMention]:
    """Per sentence, the source of the next sentence of its paragraph that has one: read
    backwards once, not forwards from each sentence (a paragraph of a thousand sentences)."""
    following: dict[int, SourceMention] = {}
    ahead: SourceMention | None = None
    paragraph = -1
    for sentence in reversed(doc.sentences):
        if sentence.paragraph != paragraph:
            ahead, paragraph = None, sentence.paragraph
        if ahead is not None:
            following[sentence.index] = ahead
        if sentence.index in own:
            ahead = own[sentence.index]
    return following
