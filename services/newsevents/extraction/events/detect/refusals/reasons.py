"""The violence a deployment is told for: its reason or its aim, no event of the day.

"extra officers were rushed to Isiolo to help contain fighting between herders", "Uganda has
deployed troops along its northern border for fear of raids by armed herders", "patrols were
intensified in Moyale after the murder of two traders": the news is the forces
sent or the security raised (ACLED's change to group/activity, a "Movement of forces"); the
clashes, attacks or killing it answers were coded when they happened, or are only feared. So a
violent word told after a deployment's verb and a word of reason or aim, with no clause of its
own between (no auxiliary, no relative pronoun, no comma before a clause), is no trigger; nor is
what those the forces hunt have been doing ("to track down bandits who have been raiding
villages").
Issue 11, fiftieth round, type70. What the forces did once there is their act: "troops were
deployed and clashed with the militants" (no word of reason), "police sent to the farm shot two
men" (none either); and an act told with a verb of its own after it is news the deployment
follows ("soldiers were deployed after clashes between two clans killed five people").
"""

from __future__ import annotations

import re

from ....prefilter import quick_search

# The deployment's verb: forces sent, rushed, stationed; security or patrols raised.
_DEPLOYED = re.compile(
    r"\b(?:deploy(?:s|ed|ing)?|redeploy(?:s|ed|ing)?|dispatch(?:ed|es|ing)?|stationed|"
    # forces rushed, not a crowd ("residents rushed to the scene after the shooting")
    r"(?:troops|soldiers|officers|police|policemen|personnel|reinforcements|units|forces) "
    r"(?:[\w-]+ ){0,5}?rushed|"
    r"sent (?:more |extra |additional |in )?(?:troops|soldiers|officers|police|policemen|"
    r"security|personnel|reinforcements|units|forces)|"
    r"(?:beef(?:ed|s|ing)? up|heighten(?:ed|s|ing)?|tighten(?:ed|s|ing)?|step(?:ped|s|ping)? up|"
    r"intensif(?:y|ied|ies|ying)|increas(?:e|ed|es|ing)|boost(?:ed|s|ing)?) (?:the )?"
    r"(?:security|patrols|surveillance|vigilance)|"
    r"(?:security|patrols|surveillance) (?:(?:has|have|had) been |was |were |is |are )?"
    r"(?:beefed up|heightened|tightened|stepped up|intensified|increased|boosted))\b",
    re.IGNORECASE,
)
# The word of reason or aim right before the violent word, at most six words between (an
# article, a count, an adjective: "following the killing of", "to help quell the clashes",
# "because of fears over possible attacks"); no auxiliary nor relative pronoun between, which
# would tell a clause of its own ("after gunmen who had attacked ...").
_REASON = re.compile(
    r"\b(?:to (?:help )?(?:quell|contain|stop|end|curb|stem|hunt(?: for| down)?|pursue|"
    r"flush out|look for|track down|fight|combat|prevent|counter|deter|forestall|calm|restore "
    r"(?:order|calm|peace) (?:after|following|amid))|because of|due to|following|after|"
    r"in the wake of|in (?:response|reaction) to|amid|over fears? (?:of|over)|for fear of|"
    r"fears? (?:of|over))\s+"
    r"(?:(?!(?:was|were|is|are|had|has|have|been|who|whom|which|that|when|while|but|and)\b)"
    r"[\w'’()-]+\s+){0,10}$",
    re.IGNORECASE,
)
# ... or what those the forces hunt have been doing: "sent troops to Baringo to track down
# bandits who have been raiding villages" (a relative clause of a perfect or a past progressive,
# after a word of search).
_HUNTED = re.compile(
    r"\bto (?:hunt(?: for| down)?|pursue|flush out|look for|search for|track down|find)\s+"
    r"(?:[\w'’()-]+\s+){1,6}?(?:who|that|which)\s+(?:have|has|had|were|was)\s+(?:been\s+)?$",
    re.IGNORECASE,
)
# What ends the deployment's clause before the violent word: a semicolon, a colon, a comma
# before a clause of its own (not a place's country: "rushed to Isiolo, Kenya, to help").
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:and|but|while|as|which|who|whom|where|when|then|killing|leaving)\b",
    re.IGNORECASE,
)
# The violent act told with a verb of its own after it, its dead above all: "after clashes
# between two clans killed five people" is news the deployment follows, not only its reason.
_OWN_VERB_AFTER = re.compile(
    r"^[^,;:.]*?\b(?:killed|killing|left|leaving|claimed|erupted|broke out|wounded|injured)\b",
    re.IGNORECASE,
)


def reason_of_a_deployment(before: str, after: str = "") -> bool:
    """Whether a violent word told after ``before`` (its sentence up to the word; ``after``, the
    sentence after it) is what a deployment told before it answers or aims at: "officers were
    rushed to the area to help contain the fighting"; not "troops deployed to the area clashed with
    militants", nor "soldiers were deployed after clashes between clans killed five people"."""
    if not quick_search(_DEPLOYED, before) or _OWN_VERB_AFTER.search(after[:120]):
        return False
    reason = _REASON.search(before[-160:]) or _HUNTED.search(before[-160:])
    if reason is None:
        return False
    opening = before[: max(0, len(before) - 160) + reason.start()]
    ends = [deployed.end() for deployed in _DEPLOYED.finditer(opening)]
    return bool(ends) and not _CLAUSE_BREAK.search(opening[ends[-1] :])
