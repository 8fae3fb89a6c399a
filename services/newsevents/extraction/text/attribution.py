"""Attribution: who the article says each statement comes from.

A sentence is credited to a source when a reporting construction names one: "X said", "said X",
"according to X", "X reported", a "[Source]" credit closing a caption. Pronouns ("he said",
"it said") go to the last named source of the matching kind. A sentence without its own source
takes the source of the next sentence of its paragraph, where news puts the attribution
("... per month, Deir Ezzor media activist Ammar Saleh said.").
"""

from __future__ import annotations

import re

from ..document import ActorMention, Document, Sentence, SourceMention, Span

_VERB = (
    r"said|says|noted|added|told|explained|stated|claimed|reported|confirmed|denied|warned|"
    r"insisted|wrote|announced|alleged|observed|recounted"
)
_BEFORE_VERB = re.compile(rf"^[\s,]*(?:also\s+|further\s+)?(?:{_VERB})\b")
_AFTER_VERB = re.compile(rf"(?:{_VERB})\s+(?:that\s+)?$")
_ACCORDING_TO = re.compile(r"according to\s+(?:the\s+)?$", re.IGNORECASE)
_PRONOUN = re.compile(rf"\b(?P<pronoun>he|she|it|they)\s+(?:also\s+)?(?P<verb>{_VERB})\b", re.I)
_CREDIT = re.compile(r"\[(?P<name>[^\[\]]{2,60})\]\s*$")
_GROUP_SOURCE = re.compile(
    rf"\b(?P<who>(?:local\s+)?(?:activists|residents|sources|witnesses|officials|monitors))\s+"
    rf"(?:{_VERB}|say)\b",
    re.IGNORECASE,
)
_SOURCE_KINDS = frozenset({"person", "monitor", "media", "organisation", "government"})


def find_attribution(doc: Document) -> None:
    own: dict[int, SourceMention] = {}
    last_by_kind: dict[str, SourceMention] = {}
    for sentence in doc.sentences:
        source = _own_source(doc, sentence, last_by_kind)
        if source is not None:
            own[sentence.index] = source
            last_by_kind["person" if source.kind == "person" else "other"] = source
    sources: dict[int, SourceMention] = {}
    for sentence in doc.sentences:
        if sentence.index in own:
            sources[sentence.index] = own[sentence.index]
            continue
        following = _next_in_paragraph(doc, sentence, own)
        if following is not None:
            sources[sentence.index] = following
    doc.sources = sources


def _own_source(
    doc: Document, sentence: Sentence, last_by_kind: dict[str, SourceMention]
) -> SourceMention | None:
    text = doc.text
    credit = _CREDIT.search(sentence.text)
    for actor in doc.in_sentence(doc.actors, sentence):
        if actor.kind not in _SOURCE_KINDS:
            continue
        before = text[sentence.span.start : actor.span.start]
        after = text[actor.span.end : sentence.span.end]
        if _BEFORE_VERB.search(after) or _AFTER_VERB.search(before[-40:]):
            return _from_actor(actor)
        if _ACCORDING_TO.search(before[-25:]):
            return _from_actor(actor)
    according = re.search(
        r"[Aa]ccording to\s+(?:the\s+)?(?P<name>[A-Z][\w\s]{2,40}?)\s+sources", sentence.text
    )
    if according:
        return _named(doc, sentence, according, "name")
    pronoun = _PRONOUN.search(sentence.text)
    if pronoun:
        kind = "person" if pronoun.group("pronoun").lower() in {"he", "she"} else "other"
        previous = last_by_kind.get(kind)
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


def _from_actor(actor: ActorMention) -> SourceMention:
    return SourceMention(actor.span, actor.text, actor.name, actor.description, actor.kind)


def _named(doc: Document, sentence: Sentence, match: re.Match[str], group: str) -> SourceMention:
    start = sentence.span.start + match.start(group)
    name = match.group(group).strip()
    span = Span(start, start + len(name))
    for actor in doc.actors:
        if span.overlaps(actor.span) and actor.kind in _SOURCE_KINDS:
            return SourceMention(span, name, actor.name, actor.description, actor.kind)
    return SourceMention(span, name, name, None, "organisation")


def _next_in_paragraph(
    doc: Document, sentence: Sentence, own: dict[int, SourceMention]
) -> SourceMention | None:
    for later in doc.sentences[sentence.index + 1 :]:
        if later.paragraph != sentence.paragraph:
            return None
        if later.index in own:
            return own[later.index]
    return None
