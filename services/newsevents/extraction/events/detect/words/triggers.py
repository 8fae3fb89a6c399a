"""Event triggers: the words that report that something happened, and how surely.

The lexicon is ``data/triggers.tsv`` (:mod:`.lexicon`). Each match is read in its sentence: what did
not happen as an event is dropped ("for fear of airstrikes", "arrested for the kidnapping":
:mod:`..refusals.non_events`; the violent act a protest is about: :mod:`..refusals.grievances`), and
the clause sets its modality ("reportedly" is claimed, "would"/"will"/"plans to" is planned,
"denied" is denied: :mod:`.modality`). :mod:`..refusals.gates` holds the contexts a wording may need
(an agent, object or aim; the lexicon names them beside the wording), and :mod:`..refine.refinement`
the type of a generic violence word by who acts and who is hit.
"""

from __future__ import annotations

import re

from ....document import Document, Sentence, Span, SpanIndex, Trigger
from ....ontology import is_violent
from ....prefilter import NeedleIndex, folded, identity_cache
from ..refine.crowds.retold_crowd import crowd_retold
from ..refine.means.after_a_strike import raid_after_strike, strike_told_before
from ..refine.refinement import refine_type
from ..refusals.grievances import (
    HARM,
    KIN_HARM,
    far_grievance,
    kin_of_the_victims,
    occasion_of_a_protest,
    victims_of_a_protest,
)
from ..refusals.non_events import not_an_occurrence
from ..refusals.people import people_of
from ..refusals.punished import crime_of_the_punished
from ..refusals.reasons import reason_of_a_deployment
from ..refusals.who_acts import private_act
from ..sides.aircraft import strike_told_in
from .lexicon import TriggerRule, default_rules
from .modality import modality
from .struck_lists import struck_list

# Trigger words read per sentence: news tells a handful in one sentence; "killed killed killed
# ..." or a list of attacks without a full stop would read the whole sentence at each one.
MAX_TRIGGERS_PER_SENTENCE = 24


def find_triggers(doc: Document, rules: tuple[TriggerRule, ...] | None = None) -> None:
    found: list[Trigger] = []
    previous = ""
    rules = rules or default_rules()
    index = wording_index(rules)
    people = people_of(doc.text)
    places = doc.places  # what a list of places struck names (:mod:`.struck_lists`)
    for sentence in doc.sentences:
        if sentence.heading:
            continue
        own = _sentence_triggers(doc, sentence, rules, index, previous, people)
        found.extend(struck_list(doc, sentence, own, found, places))
        previous = sentence.text
    doc.triggers = sorted(found, key=lambda t: t.span.start)


@identity_cache
def wording_index(rules: tuple[TriggerRule, ...]) -> NeedleIndex:
    """The :class:`NeedleIndex` of every wording of ``rules``, rule after rule: which wordings
    may match a sentence, from one pass over it (a rule of many wordings is tried with those
    only: most of a rule's dozens of wordings share no word with a sentence it is run on)."""
    return NeedleIndex(
        tuple(re.compile(wording, re.IGNORECASE) for rule in rules for wording in rule.wordings)
    )


def _sentence_triggers(
    doc: Document,
    sentence: Sentence,
    rules: tuple[TriggerRule, ...],
    index: NeedleIndex,
    previous: str,
    people: frozenset[str],
) -> list[Trigger]:
    """The triggers of one sentence: rule by rule, a match overlapping an earlier one's span
    is dropped; ``previous`` is the sentence before, for the gates; ``people`` the article's
    persons, for who acts (:func:`..refusals.who_acts.private_act`). At most
    MAX_TRIGGERS_PER_SENTENCE matches are read in full (each reads the sentence around it)."""
    found: list[Trigger] = []
    taken = SpanIndex()
    read = 0
    may_match = index.may_match(folded(sentence.text))
    first = 0
    for whole in rules:
        kept = tuple(may_match[first : first + len(whole.wordings)])
        first += len(whole.wordings)
        if not any(kept):
            continue  # none of the rule's words is in the sentence
        rule = whole.only(kept)  # the wordings whose words are (the same matches, sooner)
        for match in rule.pattern.finditer(sentence.text):
            start = sentence.span.start + match.start()
            span = Span(start, start + len(match.group()))
            if taken.overlaps(span):
                continue
            if read == MAX_TRIGGERS_PER_SENTENCE:
                return found
            read += 1
            before = doc.text[sentence.span.start : span.start]
            if not_an_occurrence(
                before, match.group(), doc.text[span.end : span.end + 20], rule.event_type
            ):
                continue
            if rule.event_type in HARM and (
                victims_of_a_protest(before, sentence.text, match.group())
                or far_grievance(before, match.group())
                or occasion_of_a_protest(before, sentence.text[match.end() :])
                or crime_of_the_punished(before, sentence.text)
            ):
                continue
            if (
                rule.event_type in KIN_HARM
                and (
                    kin_of_the_victims(before, sentence.text[match.end() :])
                    # "troops were rushed there to quell clashes"
                    or reason_of_a_deployment(before, sentence.text[match.end() :])
                )
            ):
                continue
            taken.add(span)
            gate = rule.gate_of(match)
            if gate and not gate(sentence.text, match.start(), match.end(), previous):
                continue  # the words are there, the event is not ("the storm hit two men")
            kind = refine_type(
                rule.event_type,
                sentence.text,
                match.start(),
                match.end(),
                lambda: _next_sentence(doc, sentence),
            )
            kind = strike_told_before(kind, sentence.text, match.start(), match.end(), previous)
            kind = crowd_retold(kind, sentence.text, match.start(), match.end(), previous)
            kind = raid_after_strike(
                kind,
                sentence.text,
                match.start(),
                match.end(),
                previous,
                lambda: _aircraft_struck_before(doc, sentence),
            )
            if private_act(sentence.text, match.start(), match.end(), kind, people, previous):
                continue  # a private person's act: "Hobbs stabbed him", "Kelly clashed with"
            after = sentence.text[match.end() :]
            found.append(
                Trigger(
                    span,
                    match.group(),
                    kind,
                    modality(before, after, violent=is_violent(kind), kind=kind),
                )
            )
    return found


def _aircraft_struck_before(doc: Document, sentence: Sentence) -> bool:
    """Whether a sentence before ``sentence`` (a heading too) tells aircraft striking: raids
    told back after it are its strikes (read only for such raids)."""
    return any(
        strike_told_in(other.text)
        for other in doc.sentences
        if other.span.end <= sentence.span.start
    )


def _next_sentence(doc: Document, sentence: Sentence) -> str:
    """The text of the sentence after ``sentence`` ("" at the end)."""
    after = sentence.index + 1
    return doc.sentences[after].text if after < len(doc.sentences) else ""
