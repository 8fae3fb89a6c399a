"""Temporal status: whether an event is news of the day or background the article recalls.

News articles retell history and standing situations around the news: "In September 2015, a
Houthi missile attack killed 50 soldiers", "more than 170000 people have been killed in the
conflict since March 2011", "the army has repeatedly targeted the north". Such
events are ``background``; the rest are ``current``. The pipeline publishes only current
events unless configured (``Pipeline.include_background``).

The rules read the sentence of the event's trigger (each has a why, see ``background_reason``):
- ``dated``: the date nearest the trigger is before the news window: a day more than
  ``NEWS_WINDOW_DAYS`` before publication ("on September 17" in a December article), an
  earlier month ("last month", "in July"), an earlier year ("in 2013", "last year"). A date
  beyond a report verb is the report's, unless it opens the sentence and so frames it all;
- ``since``: the sentence counts from a start ("since the beginning of the war", "since
  2011", "since March 2014", "since last October"; not "since Friday"), over a period ("so far
  this year") or tallies a campaign ("the bombardment has killed more than 2,200"): a tally
  or a standing situation (:mod:`.time_frame`);
- ``war_toll``: the toll of the whole conflict ("killed in Syria's 30-month war", "the
  conflict has claimed the lives of ...");
- ``habitual``: repeated or ongoing rather than one occurrence ("has repeatedly targeted",
  "have been shelling the city", "is under continued shelling", "in recent weeks");
- ``earlier``: an earlier incident recalled by comparison ("a similar bombing", "another car
  bomb killed", "the second such attack"), or told as earlier or recent (:mod:`.earlier`);
- kinds of acts ("known for carrying out robberies, bombings and abductions"), a fight
  in the present progressive ("are battling the growth of banditry") and "previously" ahead of
  the trigger (:mod:`.kinds`), as ``habitual`` and ``earlier``;
- ``standing``: a state the news happens in, not an act of the day: an agreement or a
  presence told after the lead ("The governor, whose officials are negotiating a ceasefire
  with the rebels, condemned the raid", "The rebels still have a presence in rural areas"),
  unless the act's own date is a fresh day ("On Monday evening, the two sides signed a truce";
  not a report's: "an official said on Tuesday the group had accepted a ceasefire"), or the
  story's news is itself a situation (its headings and lead tell states and moves, no violent
  act and no demonstration: a story about a build-up of forces).
  A restriction (a curfew, a blockade, a closure) is such a state when told as one ("towns
  remain under curfew", "due to the blockade", "roads closed by protesters"), not when told as
  the act that set it up or ended it ("the militia imposed a curfew on three towns").
- ``habitual`` too: a non-violent act told as a practice ("Iran funds and recruits local
  fighters", "the militias have seized the homes of displaced families", "there are about 30
  recruiting centers"; :mod:`.practices`), in a story about a situation as well.
"""

from __future__ import annotations

import re
from typing import Literal

from ....document import Document, Sentence, once_per_document, sentence_at
from ....ontology import EventTypeName, is_violent
from ....prefilter import quick_search
from ....text.numbers import counting
from ...draft import EventDraft, TemporalStatus
from .continuing import going_on, without_going_on
from .dated import fresh_days, has_own_date, made_on_a_fresh_day, nearest_date_is_old
from .earlier import at_the_same_place, compares_similar, tells_earlier, told_as_recent
from .frames import (
    founded_in_a_clause,
    in_a_past_rule,
    named_in_a_setting,
    tallies_a_tenure,
    told_as_a_cause,
    told_as_policy,
)
from .kinds import goes_on, names_a_kind, told_before
from .practices import told_as_a_practice
from .recurring import recurs
from .standing import narrates_in_present, told_as_standing, without_one_act_repeats
from .time_frame import counts_a_period_or_tally, without_asides

BackgroundReason = Literal["dated", "since", "war_toll", "habitual", "earlier", "standing"]

# The reasons that name an earlier incident, not a standing situation or a tally.
EARLIER_INCIDENT: frozenset[BackgroundReason] = frozenset({"dated", "earlier"})


# States rather than acts: told after the lead they are the frame the news happens in (talks
# on a truce, a ceasefire one side breaks, a group's presence), news only on a day of their own.
STANDING_TYPES: frozenset[EventTypeName] = frozenset({"agreement", "presence"})
# A restriction is a standing state too when told as one ("towns remain under curfew", "no
# food has entered due to the blockade", "roads closed by protesters"), not when told as the
# act that set it up or ended it ("the militia imposed a curfew on three towns").
_RESTRICTION: EventTypeName = "movement_restricted"
_SETS_UP = re.compile(
    r"\b(?:impos|declar|announc|order|set(?:ting)? up|erect|establish|enforc|extend|lift|"
    r"tighten|ease|introduc|slap)\w*\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# Non-violent acts that make a day's news as violence does: a lead telling one is about an act.
_ACTS_OF_THE_DAY: frozenset[EventTypeName] = frozenset(
    {"protest", "arrest", "release", "property_destroyed", "weapons_disrupted"}
)

_CONFLICT = r"(?:war|conflict|crisis|uprising|militancy|insurgency|unrest|revolution)"
_WAR_TOLL = re.compile(
    # "killed in Syria's 30-month war", "displaced during the conflict"
    r"\b(?:killed|died|dead|displaced|lives)\s+(?:\w+\s+){0,3}(?:in|during|since)\s+"
    rf"(?:the\s+|this\s+|its\s+|\w+['’]?s\s+)(?:[\w'’-]+\s+){{0,2}}{_CONFLICT}\b"
    # "the conflict has claimed the lives of", "militancy which has so far killed"
    rf"|\b{_CONFLICT}\s+(?:\w+\s+){{0,3}}(?:has|have|had)\s+(?:so far\s+|already\s+)?"
    r"(?:killed|claimed|cost|left|displaced|forced)"
    # ... or in the simple past, the conflict itself the subject: "the war also uprooted nearly
    # two million people", "the conflict killed more than 300,000" (a war does not act on a day)
    rf"|\bthe\s+(?:[\w'’-]+\s+){{0,2}}{_CONFLICT}\s+(?:(?:also|so far|already)\s+)?"
    r"(?:killed|claimed|displaced|uprooted|forced)\b",
    re.IGNORECASE,
)
# Anywhere in the sentence: the events it tells are repeated or ongoing.
_HABITUAL = re.compile(
    r"\b(?:repeatedly|so far|in the past|over the (?:past|last) (?:few )?(?:years|months)|"
    r"for (?:years|months)|in recent (?:weeks|months|years)|constantly|routinely|regularly|"
    r"frequently|(?:is|are) under (?:continued|continuous|constant|daily|heavy))\b"
    # a frequency: "on a near-daily basis", "almost daily", "every day", "nightly"
    r"|\bon an? (?:[\w-]+\s+)?(?:daily|weekly|regular|routine) basis\b"
    r"|\b(?:almost|nearly|near-?)\s?daily\b|\b(?:every|each) (?:day|night|week)\b"
    # "the volunteers have often been targeted by airstrikes" (not "an often-violent town")
    r"|(?<!-)\boften\b(?!-)"
    # a weekday that recurs: "protests have been held every Monday"
    r"|\bevery (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    # a span of time the acts fill: "battling the rebels for more than four years", "fired
    # mortars over the past few weeks" (but "killed over the past two days" is the news)
    r"|\bfor (?:more than |over |nearly |almost |about |around |the (?:past|last) )?"
    rf"(?:a|{counting(1, 10)}|several|many|\d+) "
    r"(?:years?|months?|weeks)\b"
    r"|\bover the (?:past|last) (?:few |several |couple of |\w+ )?(?:weeks|months|years)\b"
    # a change of pace, not one act: "has recently intensified its shelling", "shells have
    # increasingly hit" (but "two detachments have recently been formed" is news)
    r"|\bincreasingly\b|\brecently\s+(?:intensified|escalated|stepped up|ramped up|increased)\b"
    # a place's state over a stretch of time: "the city has been the scene of fierce fighting"
    r"|\b(?:has|have) been the (?:scene|site|theatre|theater) of\b"
    # a tally of acts in the perfect: "has carried out thousands of airstrikes", "have killed
    # and injured thousands of people", "have ambushed several army convoys", "has called for
    # action against a number of attacks" (not a toll: "the blast has killed several people";
    # nor a report's past perfect: "the army said they had killed several terrorists")
    r"|\b(?:has|have|had)\s+(?:\w+\s+){0,3}(?:thousands|hundreds) of\b"
    r"|\b(?:has|have)\s+(?:[\w-]+\s+){0,5}?(?:several|numerous|multiple|"
    r"a (?:number|series|string|spate) of)(?!(?:\s+[\w-]+)?\s+(?:people|persons|"
    r"civilians|soldiers|troops|members|fighters|militants|children|women|men|others|police))\b",
    re.IGNORECASE,
)
# Right before the trigger: "has been conducting airstrikes", or "have been shelling the city"
# with the trigger's own -ing (not the passive "have been killed", today's toll).
_PROGRESSIVE_PERFECT = re.compile(r"\b(?:has|have|had) been (?:\w+ing\s+)?$", re.IGNORECASE)
_CONDUCTING = re.compile(r"\w+ing\s+$")
# Right after the trigger, in the present and ending its clause: what goes on, not one act
# ("as the fighting in Alpha continues", "the fight continues."; not "clashes continued on
# Monday", nor "clashes are still going on today in the Beta area").
# The present of going on, singular (shared with merge/incidents/retold/setting.py: "the offensive
# continues") and plural.
GOES_ON = r"continues|is continuing|goes on|is ongoing|rages on"
_GO_ON = r"continue|are continuing|go on|are ongoing|rage on"
_ONGOING = re.compile(
    r"(?:\s+(?:in|around|near|on|at)\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
    rf"\s+(?:{GOES_ON}|{_GO_ON})\b(?=\s*(?:[.,;:!?\"”]|$))",
    re.IGNORECASE,
)
# Right before the trigger: a trend ("a rise in Palestinian attacks", "the sharp increase in
# militant violence", "due to the intensification of ethnic clashes") or what a situation lets a
# group do ("allows ISIS to stage attacks", "limiting their capacity to launch coordinated
# attacks"), not one occurrence.
_TREND_OR_CAPACITY = re.compile(
    r"\b(?:(?:an?|the) (?:wave|spate|series|string|(?:[\w-]+ )?(?:rise|surge|increase|spike|"
    r"intensification|escalation|upsurge|resurgence|uptick)) (?:in|of)"
    r"|(?:allows?|allowed|allowing|enables?|enabled|enabling|able|capacity|ability|capabilit(?:y|ies))"
    r"\s+(?:[\w-]+\s+){0,3}?to"
    r"\s+(?:stage|carry out|launch|conduct|mount))\s+(?:[\w-]+\s+){0,2}$"
    # the setting the news happens in: "amid a deadly Israeli offensive", "against a backdrop
    # of escalating hostilities", "follows a series of strikes, including airstrikes"
    r"|\bamid\s+(?:[\w-]+\s+){0,4}$|\bbackdrop of\b"
    r"|\b(?:comes?|came|follows?|followed)\s+(?:a|an|the)\s+(?:series|string|spate|wave|number)"
    r"\s+of\b",
    re.IGNORECASE,
)


def temporal_status(doc: Document, draft: EventDraft) -> TemporalStatus:
    return "current" if background_reason(doc, draft) is None else "background"


def background_reason(doc: Document, draft: EventDraft) -> BackgroundReason | None:
    """Why the draft's event is background, or None when it is current."""
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    if sentence is None:
        return None
    trigger_at = draft.trigger.span.start - sentence.span.start
    told = without_asides(sentence.text, trigger_at)  # the act's own clauses, not its actors' past
    # what a decision or a document asks for or allows is no act, in the lead too; the
    # document's day is its own, not the act's
    if told_as_policy(told, trigger_at):
        return "standing"
    if tells_the_news(doc, sentence):
        return None
    if nearest_date_is_old(doc, sentence, trigger_at):
        return "dated"
    text, before = sentence.text, sentence.text[:trigger_at]
    if counts_a_period_or_tally(sentence, told) or tallies_a_tenure(told, trigger_at):
        return "since"
    if quick_search(_WAR_TOLL, told):
        return "war_toll"
    if (
        quick_search(_HABITUAL, without_one_act_repeats(told))
        or _progressive_perfect(before, draft.trigger.text)
        or _TREND_OR_CAPACITY.search(before)
    ):
        return "habitual"
    if _ONGOING.match(text, trigger_at + len(draft.trigger.text)):
        return "habitual"
    fresh = fresh_days(doc, sentence)
    if not fresh and (
        named_in_a_setting(told, trigger_at)
        or (is_violent(draft.event_type) and told_as_a_cause(told, trigger_at))
    ):
        return "habitual"
    if not fresh and (
        in_a_past_rule(told)
        or (draft.event_type == "group_formed" and founded_in_a_clause(told, trigger_at))
    ):
        return "earlier"
    # the act's own words up to it: a relative clause about its actor ("The army, which had
    # previously controlled the area, said rebels attacked") tells no kind, fight or earlier act
    told_before_it = told[:trigger_at]
    # an act told as going on at the places its clause names is the day's act there; told so
    # by its agent's trigger ("the air force continues to hit") at no place named, a state
    # (continuing.py; before the trigger, the state is read by the rules below)
    told_on = (
        None
        if fresh or not is_violent(draft.event_type)
        else going_on(doc, sentence, draft, told, trigger_at)
    )
    if told_on == "at_no_place":
        return "habitual"
    named_on = told_on == "at_places"
    # a fight going on is the setting; a protest going on is news ("residents are protesting")
    if not fresh and (
        (
            is_violent(draft.event_type)
            and not named_on
            and goes_on(told_before_it, draft.trigger.text)
        )
        or names_a_kind(doc, sentence, draft.trigger.span, told)
        or recurs(without_going_on(told) if named_on else told, before)
        # (unless the story's news is itself a situation: a build-up told in the present)
        or (
            not named_on
            and told_as_standing(
                told, trigger_at, draft.trigger.text, in_present=narrates_in_present(doc)
            )
            and not _news_is_a_standing_state(doc)
        )
        # a practice is no act of the day, in a story about a situation too
        or told_as_a_practice(
            told,
            trigger_at,
            draft.trigger.text,
            draft.event_type,
            in_present=narrates_in_present(doc),
        )
    ):
        return "habitual"
    if tells_earlier(text, before, trigger_at, fresh):
        return "earlier"
    if (
        not fresh
        and (told_before(told_before_it) or told_as_recent(before, text))
        # a build-up told as news: what was done before or came recently is part of it
        and not _news_is_a_standing_state(doc)
    ):
        return "earlier"
    if compares_similar(text) and (has_own_date(doc, sentence) or at_the_same_place(text)):
        return "earlier"
    if (
        (
            draft.event_type in STANDING_TYPES
            or (draft.event_type == _RESTRICTION and not _SETS_UP.search(before))
        )
        and not made_on_a_fresh_day(doc, draft)
        and not _news_is_a_standing_state(doc)
    ):
        return "standing"
    return None


@once_per_document
def _news_is_a_standing_state(doc: Document) -> bool:
    """Whether the story's news is itself a situation: its headings and lead tell no violent act
    and no demonstration, only states and moves ("Militias have increased their presence in
    the province by new recruitment and deployment, activists say"). Then the presences told
    after the lead are the news's elaboration, not the setting of an act of the day."""
    telling = [
        trigger.event_type
        for trigger in doc.triggers
        if (sentence := sentence_at(doc.sentences, trigger.span)) is not None
        and tells_the_news(doc, sentence)
    ]
    return bool(telling) and not any(
        is_violent(kind) or kind in _ACTS_OF_THE_DAY for kind in telling
    )


def _progressive_perfect(before: str, trigger: str) -> bool:
    match = _PROGRESSIVE_PERFECT.search(before)
    if match is None:
        return False
    return _CONDUCTING.search(match.group()) is not None or trigger.lower().endswith("ing")


def tells_the_news(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence is a heading or the lead (the first sentence that is not a
    heading): they tell the article's news even when it is weeks old ("A UN report released
    on Monday said the August 21 chemical attack killed 1,400 people")."""
    if sentence.heading:
        return True
    lead = next((s for s in doc.sentences if not s.heading), None)
    return lead is not None and lead.index == sentence.index
