"""The death toll of one event, from the counts of deaths its sentences report.

Within a sentence, separate tolls add up (:mod:`.sentence_totals`). Across
sentences, an article mostly retells one toll: the headline's "Kill 22", the lead's "at least 22
people killed", the body's "six civilians were among the dead" are 22, not 50. So the sentences'
totals add up only when each names its own kind of victim ("Two soldiers were killed. Three
militants died.": :mod:`.victims`); otherwise the first told is the toll (the headline's or the
lead's; another source's figure further down is not), unless a later sentence updates it ("the
death toll rose to 27": :mod:`.retold`). A stated total ("3 fatalities") wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ...document import QuantityMention, Sentence, sentence_at
from ...text.periods import counts_a_period
from ...text.several_acts import TOLL_OVER_SEVERAL_ACTS
from .attackers import STATED as _STATED
from .attackers import attackers_dead
from .counted_once.period_tallies import tallies_a_period
from .others import answered, others_added
from .retold import counting_the_first, figures_inside, figures_once, updates
from .roundups import roundup_sentences
from .sentence_totals import sentence_total
from .victims import disjoint, victim_words

_CODED = re.compile(r"\bcoded as\b", re.IGNORECASE)


def fatalities(
    quantities: Iterable[QuantityMention],
    sentences: Sequence[Sentence] = (),
    *,
    from_afar: bool = False,
) -> int:
    """Deaths the event reports (counts with unit ``fatalities``), else 0. ``from_afar``: an
    air or artillery strike, whose dead are all its victims (the militants it kills are no
    attackers killed apart)."""
    counts = [q for q in quantities if q.kind == "count" and q.unit == "fatalities"]
    by_index = {s.index: s for s in sentences}
    # a tally counted "since" a day or an act is a period's, not this act's toll; nor are
    # deaths an act answered ("revenge for the killing of three other people")
    counts = [q for q in counts if not _since(q, sentences) and not answered(q, sentences)]
    # a stretch's running total beside the act's own count is not the act's toll (nor its
    # update); told alone, the report is of the stretch, counted as a monitor codes it
    counts = [
        q for q in counts if not tallies_a_period(q, sentence_at(sentences, q.span))
    ] or counts
    stated = [q.value for q in counts if "fatalit" in q.text.lower()]
    # a note's coded total beats the figure a source reported beside it: "Fatalities coded as
    # 3 (VoJ reported 6 fatalities)" is 3 (twenty-fourth round)
    coded = [q.value for q in counts if _CODED.search(q.text)]
    if coded:
        return int(max(coded))
    if stated:
        return int(max(stated))
    groups: dict[int, list[QuantityMention]] = {}
    for count in counts:
        sentence = sentence_at(sentences, count.span)
        groups.setdefault(sentence.index if sentence is not None else -1, []).append(count)
    # A retelling's tally of a war or a month is not this act's toll.
    groups = {
        i: g
        for i, g in groups.items()
        if not (0 <= i < len(sentences) and counts_a_period(sentences[i].text))
    } or groups
    # A toll over several acts ("Eleven people were killed in two separate attacks") is not
    # this act's when a sentence of its own tells the act's toll.
    several = {
        i for i in groups if i in by_index and TOLL_OVER_SEVERAL_ACTS.search(by_index[i].text)
    }
    if several and len(several) < len(groups):
        groups = {i: g for i, g in groups.items() if i not in several}
    totals = {i: sentence_total(group, by_index.get(i)) for i, group in groups.items()}
    # a roundup of several acts broken down to this act's dead later: the act's toll
    rounded = roundup_sentences(totals, by_index)
    groups = {i: g for i, g in groups.items() if i not in rounded}
    totals = {i: t for i, t in totals.items() if i not in rounded}
    if not totals:
        return 0
    victims = [victim_words(group) for group in groups.values()]
    distinct = all(victims) and disjoint(victims)
    if distinct:
        return int(sum(figures_once(totals, by_index, figures_inside(groups))))
    updated = updates(totals, by_index) + counting_the_first(groups, totals, by_index)
    if updated:
        return int(max(totals[i] for i in updated))
    # (not after a summary of several acts: "three more" there is the next act's dead)
    others = others_added(groups, totals, by_index) if not (several or rounded) else set()
    retold = totals[min(totals)] + sum(totals[i] for i in others)
    if from_afar:
        return int(retold)
    groups = {i: g for i, g in groups.items() if i not in others}
    totals = {i: t for i, t in totals.items() if i not in others}
    attackers = attackers_dead(groups, totals, by_index)
    return int(retold + sum(figures_once(attackers, by_index)))


_SINCE = re.compile(r"[\s\w'’-]{0,20}?\bsince\b", re.IGNORECASE)


def _since(quantity: QuantityMention, sentences: Sequence[Sentence]) -> bool:
    """Whether a tally ("the number of protesters killed", "the toll") goes on with "since":
    "These deaths bring to 12 the number of protesters killed since Monday's coup" counts the
    days since, not the act the sentence tells."""
    if not _STATED.search(quantity.text):
        return False
    sentence = sentence_at(sentences, quantity.span)
    if sentence is None:
        return False
    return _SINCE.match(sentence.text, quantity.span.end - sentence.span.start) is not None
