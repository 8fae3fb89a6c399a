"""Words that count several acts: "two separate attacks", "a series of bombings", "several
kidnappings", "killed across the country".

Four readings of one wording, kept apart because each stage asks a different question and each
was tuned for it; their names say how they differ:

- ``COUNTED_ACTS``: a sentence counts acts of violence anywhere in it ("two deadly raids",
  "both attacks"), with the count in the group ``count``. The merging passes keep the acts of
  such a sentence apart and a summary's parts together (:mod:`..events.merge.outcomes.counted`).
- ``COUNTED_ABDUCTIONS``: the same reading for abductions, with a narrower count (two to five,
  "several", "separate"; not "both"): an article that counts kidnappings tells each apart.
- ``HEADLINE_SUMS_ACTS``: a headline whose toll sums several acts, or one spread over the
  country ("11 killed in two separate attacks", "deaths nationwide"); it also takes "encounters"
  and "operations", the words of an army's tally.
- ``TOLL_OVER_SEVERAL_ACTS``: a body sentence whose toll spans several acts or places. The count
  must follow the preposition the dead were killed in ("in two separate attacks", not "two
  attacks were foiled"), and the country-wide words count only after the dead ("killed across
  the country", not "sparking nationwide outrage").

``ONE_OF_COUNTED`` is the other side of a count: an act told as one of those counted ("the
second raid", "one of these attacks").
"""

from __future__ import annotations

import re

from .numbers import FEW, ORDINALS, counting

# A count of two or more acts of violence: a number, "both", "twin", "several", "a series of",
# "separate", then up to two words ("two deadly raids", "several coordinated suicide attacks").
_COUNTED_NOUNS = (
    r"attacks|assaults|raids|air ?strikes|airstrikes|drone strikes|strikes|bombings|blasts|"
    r"explosions|ambushes|shootings|incidents|clashes|killings|massacres"
)
COUNTED_ACTS = re.compile(
    r"\b(?P<count>" + FEW + r"|both|twin|several|multiple|"
    r"a (?:series|string|spate|wave) of|separate)\s+"
    # who carried them out, named before the words of kind: "three Russian and Syrian
    # government air strikes", "two Saudi-led coalition air raids" (dup61)
    r"(?:(?-i:[A-Z])[\w'’.-]*\s+(?:and\s+(?-i:[A-Z])[\w'’.-]*\s+)?)?"
    r"(?:[a-z-]+\s+){0,2}?(?:" + _COUNTED_NOUNS + r")\b",
    re.IGNORECASE,
)

# An act told as one of those counted: "the first", "the second raid", "the other",
# "one of these attacks".
ONE_OF_COUNTED = re.compile(
    rf"\b(?:the (?:{'|'.join(ORDINALS[:4])}|other|latter|former)|one of (?:these|those|the))\b",
    re.IGNORECASE,
)

# Abductions counted: "two kidnappings", "several abductions", "separate kidnappings".
COUNTED_ABDUCTIONS = re.compile(
    rf"\b(?:{counting(2, 5)}|several|multiple|separate|series of|spate of|wave of)\s+"
    r"(?:[a-z-]+\s+)?(?:abductions|kidnappings)\b",
    re.IGNORECASE,
)

# A headline whose toll sums several acts: "11 killed in two separate attacks", "a series of
# bombings", "strikes across the country".
HEADLINE_SUMS_ACTS = re.compile(
    rf"\b(?:{counting(2, 5)}|several|multiple|separate|series of|string of|spate of|wave of)"
    r"\s+(?:[\w'’-]+\s+)?(?:attacks|raids|strikes|airstrikes|incidents|assaults|ambushes|"
    r"bombings|explosions|blasts|clashes|encounters|operations)\b"
    r"|\b(?:across|throughout)\s+(?:the\s+)?(?:country|nation|region)\b|\bnationwide\b",
    re.IGNORECASE,
)

# A sentence whose toll spans several acts or places: "in two separate attacks", "killed across
# the country", "deaths nationwide". The country-wide words count only after the dead: a
# reaction told of the act ("sparking nationwide outrage", "condemned across the country")
# spans no places.
TOLL_OVER_SEVERAL_ACTS = re.compile(
    rf"\b(?:in|across|during|from)\s+(?:{counting(2, 5)}|several|multiple|a series of|a string "
    r"of|a spate of|a wave of|separate)\s+(?:(?:separate|different|distinct|simultaneous|"
    r"coordinated|parallel|related)\s+)?(?:[\w'’-]+\s+)?(?:attacks|raids|strikes|incidents|"
    r"assaults|ambushes|bombings|explosions|blasts)\b"
    r"|\b(?:killed|dead|died|deaths?|lives|fatalities)\s+(?:[\w'’,-]+\s+){0,3}?"
    r"(?:(?:across|throughout|around) the (?:country|nation)\b|nationwide\b)"
    r"|\bnationwide (?:death )?toll\b",
    re.IGNORECASE,
)
