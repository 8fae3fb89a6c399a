"""One person who died, told as the subject of "died" (twenty-fourth round): the injured who
later died of their wounds, as notes and reports tell them, "A youth, who was burned in
a firebomb raid on Friday, died en route to the clinic", "The driver later died at the
hospital", "A leader of the local unit died and two activists were injured", "He died on his
way to hospital".

The subject is one person, opening a sentence: "a", "an", "one" or "the" before a noun of one
person (:data:`.words.ROLE`), with the group they belong to after "of", and what befell them
told in a relative clause set off by commas or a "who was injured ..." without them; or "he" or
"she". Not "the man who died" (a death named, not reported: the relative must tell a wound),
nor "had died" (read by :mod:`.wordings`). Read by :func:`.find_deaths` after the other
wordings, so a death they already read is not read twice.
"""

from __future__ import annotations

import re

from .words import DEATH_NUMBER, NOT_A_SPAN, NOT_AFTER_PREPOSITION, NOT_BETWEEN, NUMBER_START, ROLE

# what befell the one who died, in a "who" clause without commas: "who was injured in the clash"
_WOUNDED = (
    r"(?:injured|wounded|burnt|burned|shot|hit|stabbed|attacked|beaten|tortured|hurt|"
    r"chopped|run over|arrested|abducted|kidnapped)"
)
# how the death is told after what befell them: "later died", "subsequently succumbed"
_THEN = r"(?:later\s+|subsequently\s+|also\s+|finally\s+|then\s+|eventually\s+)?"
LATER_DIED = re.compile(
    # a sentence's opening; or "he" or "she" after "but" or a comma, the clause after the act
    # (thirty-ninth round): "the police intervened, but he died shortly afterwards", "was shot in
    # Orangi town, he died in hospital"
    r"(?:(?:(?<=\bbut\s)|(?<=,\s))(?-i:he|she)"
    r"|(?:^|(?<=[.!?;]\s)|(?<=[.!?;]\s\s))"
    rf"(?P<n>(?-i:A|An|One|The)\s+(?:[\w'’-]+\s+){{0,3}}?{ROLE}\b"
    # the group they belong to: "a leader of the local unit of the youth front"
    r"(?:\s+of\s+(?:(?!(?:who|whom|died|dies|was|were|and)\b)[\w'’-]+\s+){0,5}?"
    r"(?!(?:who|whom|died|dies|was|were|and)\b)[\w'’-]+)?"
    # a relative clause set off by commas, or one telling a wound without them
    r"(?:,\s+(?:who|whom)\s+[^.;:!?]{3,200}?,"
    rf"|\s+who\s+(?:was|had been|were)\s+(?:[\w-]+\s+){{0,2}}?{_WOUNDED}\b[^.;:!?,]{{0,150}}?"
    # "a man who received injuries to the head died", "a bystander was injured and later died"
    r"|\s+who\s+(?:received|sustained|suffered)\s+[^.;:!?,]{3,150}?"
    rf"|\s+was\s+(?:[\w-]+\s+)?{_WOUNDED}\s+and)?"
    r"|(?-i:He|She)))"
    rf"\s+{_THEN}(?:died|dies|succumbed)\b",
    re.I | re.M,
)

# The wounded who later died, counted (after the lead's forty-first round, a break review62
# named): "Three policemen injured in a blast on Sunday died in hospital", "two civilians who
# were wounded in the shelling died of their wounds", "four soldiers were wounded in the ambush
# and later died". The count heads the subject; what befell them runs to "died" through no
# clause, other toll or conjunction but the "and" right before the verb.
COUNTED_LATER_DIED = re.compile(
    rf"\b{NUMBER_START}{NOT_AFTER_PREPOSITION}(?P<n>{DEATH_NUMBER})\s+{NOT_A_SPAN}"
    rf"(?:{NOT_BETWEEN}[\w'’/-]+\s+){{0,2}}?[\w'’/-]+,?\s+"
    r"(?:(?:who\s+)?(?:were|had\s+been)\s+)?(?:[\w-]+ly\s+)?"
    rf"{_WOUNDED}\s+"
    r"(?:(?!(?:and|or|but|who|which|that|killed|died|dead|injured|wounded)\b)[\w'’-]+,?\s+)"
    rf"{{1,10}}?(?:and\s+)?{_THEN}(?:died|succumbed)\b",
    re.I,
)

# One or a count shot or hurt as an object, then dead in a "who" clause (forty-second round):
# "Police shot one gang member, who died later in hospital", "gunmen wounded two guards, who
# later succumbed" (the count of the object; not "the man who died", a death named only).
SHOT_WHO_DIED = re.compile(
    r"\b(?:shot|stabbed|wounded|injured|hit|beat|hacked|attacked)\s+"
    rf"{NOT_AFTER_PREPOSITION}(?P<n>{DEATH_NUMBER})\s+{NOT_A_SPAN}"
    rf"(?:{NOT_BETWEEN}[\w'’/-]+\s+){{0,2}}?[\w'’/-]+,?\s+who\s+{_THEN}(?:died|succumbed)\b",
    re.I,
)
