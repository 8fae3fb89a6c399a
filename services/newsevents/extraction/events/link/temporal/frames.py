"""Acts named inside a frame that tells no occurrence: a kind, a hardship, a cause, a past rule,
a policy.

Around its news an article names acts as the words of a larger statement, in constructions of
English any outlet uses (:mod:`.status` reads them after the lead):
- a kind, a bare list after "such as": "emerging threats such as farmers' clashes and armed
  banditry" (no article, number or possessive before the list);
- a hardship borne, a bare noun after "face", "resist", "withstand", "endure": "villagers who
  face attacks in their own backyard", "the forests allowed the rebels to resist heavy
  army shelling" (not "resisted the assault", one act with its article);
- a violent act as a cause told by a bare noun: "food production has fallen due to fighting and
  insecurity" ("because of", "owing to", "as a result of"; not after a toll: "two were injured
  due to shelling" tells the day's casualties; not a protest: "shops were shut for hours due
  to protests" is the day's news);
- a group's founding told in a relative clause about the group: "the association, which was
  formed by an opposition body, reviewed the photos" (thirty-sixth round);
- a past rule that frames the sentence: "When it controlled the city, the group carried out
  public beheadings" (the acts of a period of rule, not of the news);
- a tenure: an act in the perfect counted over a tenure named before it: "under President X,
  3,000 guards had been hired into the army" (a tally of a period);
- a policy: the act named by a decision, or by a document's demand or permission: "the
  decision to deploy troops", "issued a proclamation on Friday to allow a deployment",
  "the draft resolution demands that the authorities put an end to air strikes and shelling"
  (not an act the demand answers: "urges an inquiry into the attack", "after the raid"). The
  document's day is its own, not the act's: the frame holds whatever day the sentence tells.
"""

from __future__ import annotations

import re

from ....text.numbers import counting

# An article, a number, a possessive or a demonstrative: a noun phrase that names one occurrence.
_DETERMINER = (
    r"(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|"
    rf"{counting(1, 10)}|\d[\d,]*|several|some|many|each|every|both|another|last|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b"
)
_BARE = rf"(?!{_DETERMINER})[\w/'’-]+\s+"

# Right before the trigger, a bare list after "such as": up to four words, "and" or "or" between.
_SUCH_AS = re.compile(rf"\bsuch as\s+(?:{_BARE}(?:(?:and|or)\s+)?){{0,4}}$", re.IGNORECASE)
# A hardship borne, its object a bare noun phrase (not "faced", a past that may tell one act).
_BORNE = re.compile(
    r"\b(?:fac(?:e|es|ing)|resist(?:s|ed|ing)?|withst(?:and|ands|anding|ood)|"
    rf"endur(?:e|es|ed|ing))\s+(?:{_BARE}){{0,3}}$",
    re.IGNORECASE,
)
# A cause told as a bare noun: "due to fighting", "because of heavy shelling", or a means of
# a practice: "they are being forced to relocate through bombardment and siege".
_CAUSE = re.compile(
    rf"\b(?:due to|because of|owing to|as a result of|through)\s+(?:{_BARE})?$", re.IGNORECASE
)
# A past rule opening the sentence: "When it controlled the city", "While the rebels held X".
_PAST_RULE = re.compile(
    r"^\W*(?:when|while|as long as)\s+(?:[\w'’-]+\s+){1,5}?"
    r"(?:controlled|held|ruled|occupied|governed)\b",
    re.IGNORECASE,
)
# A tenure, before an act in the perfect: "under President X, 20,000 personnel had been
# recruited", "under the new government hundreds have been arrested": a tally of a period.
_TENURE = re.compile(
    r"\bunder\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:(?:former|late|current|new|outgoing|previous|"
    r"present)\s+)?(?:president|prime minister|premier|king|governor|administration|government|"
    r"presidency|tenure|leadership|rule)\b",
    re.IGNORECASE,
)
_PERFECT_RIGHT_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:also|already|so far|now)\s+)?(?:been\s+)?$", re.IGNORECASE
)
# A decision to act: "the governor's decision to send reserve troops".
_DECISION = re.compile(r"\bdecision\s+to\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# A document that demands, urges or allows, anywhere before the trigger in its sentence ("calls
# for", read this far, cost a FA-KES holdout article its only event in its governorate: the
# short reach of ``modality._PLANNED`` reads it).
_DOCUMENT = (
    r"\b(?:resolution|proclamation|decree|executive order|motion|bill|declaration|"
    r"communiqu[eé])s?\s+(?:[\w'’-]+\s+){0,6}?"
)
_POLICY = re.compile(
    rf"{_DOCUMENT}(?:demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|"
    r"(?:to\s+)?(?:allow|authori[sz]e|permit)(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
# What ends the policy's reach before the act: a full stop or a semicolon; an act the demand
# answers ("urges an inquiry into the attack", "after the raid"); a clause of its own that tells
# an act later (", but warplanes bombed", "hours before rebels attacked").
_POLICY_ENDS = re.compile(
    r"[.;]|\b(?:investigat\w*|inquiry|inquest|probe|into|after|following|over|since|condemn\w*|"
    r"accountab\w*|responsib\w*|punish\w*|perpetrators?|victims?|killed|who|which|but|yet|"
    r"while|whereas|as|when|before|later|then|meanwhile)\b",
    re.IGNORECASE,
)


def _asked_by_a_document(before: str) -> bool:
    """Whether a document demands, urges or allows, anywhere before, and nothing ends its reach
    after it. (The last document's words are read: a reach an earlier one has holds its tail;
    one pass, where a pattern read to the end from each document was quadratic.)"""
    documents = list(_POLICY.finditer(before))
    return bool(documents) and _POLICY_ENDS.search(before, documents[-1].end()) is None


def named_in_a_setting(told: str, trigger_at: int) -> bool:
    """Whether the act (at ``trigger_at`` in ``told``, the sentence with its asides blanked) is
    named as a kind or a hardship borne."""
    before = told[:trigger_at]
    return _SUCH_AS.search(before) is not None or _BORNE.search(before) is not None


# A toll or hurt before the cause: "two people were injured due to shelling" tells the day's
# casualties and their cause, as SANA writes them.
_HURT = re.compile(r"\b(?:kill|wound|injur|die[ds]?\b|dead|hurt|martyr|casualt)", re.IGNORECASE)


def told_as_a_cause(told: str, trigger_at: int) -> bool:
    """Whether a violent act is named as a bare cause ("fell due to fighting and insecurity"),
    with no toll or hurt before it. (Of a protest it tells the day's news: "shops were
    shut for hours due to protests".)"""
    before = told[:trigger_at]
    return _CAUSE.search(before) is not None and _HURT.search(before) is None


# A group's founding told in a relative clause about it: "the association, which was formed
# by an opposition body, reviewed the photos", "a coalition that had been formed in 2015" (the
# group's past, not the day's news).
_FOUNDED_IN_A_CLAUSE = re.compile(r"\b(?:which|that)\s+(?:had\s+)?$", re.IGNORECASE)


def founded_in_a_clause(told: str, trigger_at: int) -> bool:
    """Whether a group's founding (its trigger at ``trigger_at``) is told in a relative clause
    about the group ("which was formed by an opposition body")."""
    return _FOUNDED_IN_A_CLAUSE.search(told[:trigger_at]) is not None


def in_a_past_rule(told: str) -> bool:
    """Whether the sentence opens on a past rule ("When it controlled the city, ...")."""
    return _PAST_RULE.search(told) is not None


def tallies_a_tenure(told: str, trigger_at: int) -> bool:
    """Whether an act in the perfect is counted over a tenure named before it ("under President
    X, 3,000 guards had been hired")."""
    before = told[:trigger_at]
    return _PERFECT_RIGHT_BEFORE.search(before) is not None and _TENURE.search(before) is not None


def told_as_policy(told: str, trigger_at: int) -> bool:
    """Whether the act is what a decision is to do, or what a document demands, urges or allows."""
    before = told[:trigger_at]
    return _DECISION.search(before) is not None or _asked_by_a_document(before)
