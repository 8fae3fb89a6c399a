"""Who acts and who is hit: the type of a generic violence word from its agent and target.

Generic violence words ("attacked", "killed", "clashed", "vandalised") take their type from who
acts and who is hit, as conflict monitors code them: armed or state forces hit = an armed
clash; a crowd or villagers acting = mob violence; demonstrators acting = a riot. Noun phrases
are read by pattern (protesters, crowd, armed, civilian: :mod:`..sides.parties`), the nearest to the
trigger first; people told as a fight's dead are read in :mod:`.fights.dead_not_sides`. The sides
read here are settled, then typed in :mod:`.type_of_sides` (for :func:`.refinement.refine_type`).
"""

from __future__ import annotations

import re

from ....ontology import EventTypeName
from ..sides.agents import agent_and_hit, clause_before
from ..sides.between import BETWEEN_SIDES
from ..sides.bystanders import place_not_hit, witness_before
from ..sides.parties import PROTESTERS, armed_group_named
from .crowds.entries import stormed_to_protest
from .crowds.protest_victims import HARMED, harm_to_demonstrators
from .fights.communal_fights import MOB_JUSTICE, communal_agent
from .fights.dead_not_sides import armed_dead_fought, dead_of_the_fight, people_befallen
from .fights.fight_sides import crowd_joined_with_police, told_where
from .fights.unknown_doers import unknown_doer
from .type_of_sides import type_of_sides

# A crowd acting over a grievance is a demonstration turned violent, not mob violence.
_DEMANDS = re.compile(
    r"\b(?:demand(?:ing|ed|s)?|to (?:protest|reject|denounce|demand|demonstrate)|in protest|"
    r"rioters|complain(?:ing|ed)|demonstrations?|"
    # a rampage, a strike or a walkout told with what it is over: "students went on rampage
    # over a fee", "strike over test grades, vandalise school property" (kenya61)
    r"(?:rampage|strike|walkout)[\"”]?\s+(?:[\w'’-]+\s+){0,4}?(?:over|against)\b)",
    re.IGNORECASE,
)
# Demonstrations told as the background or the occasion of a crowd's violence, and demands that
# are no grievance, make no riot: "a crowd set fire to offices amid violence following
# anti-government demonstrations", "assaulted two members on their way to join a rally",
# "assaulted a trader, demanding money".
_BACKGROUND = re.compile(
    r"\b(?:(?:following|after|amid|in the wake of|ahead of|before|since|returning from|"
    r"coming (?:back )?from|(?:for|while|when|after) (?:not )?"
    r"(?:joining|participating in|attending|taking part in|supporting)|"
    r"(?:on (?:their|his|her|the) way|going|heading) to(?: join| attend| participate in)?|"
    r"to join|(?:(?:trying|tried|attempt(?:ing|ed)) )?to (?:disrupt|foil|obstruct|thwart))"
    r"\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:demonstrations?|protests?|rall(?:y|ies)|blockades?|movements?|hartals?|strikes?|"
    r"marche?s?|processions?|programmes?)\b"
    # the background demonstration's own demand is its crowd's, not the one acting now:
    # "assaulted BNP members on their way to join a rally demanding the government's resignation"
    r"[^,;.()]*|"
    r"amid (?:[\w'’-]+ ){1,3}?demanding\b[^,;.()]*|"
    r"demand(?:ing|ed|s)? (?:\w+ )?(?:money|ransom|extortion|bribes?|tolls?|a share)\b)",
    re.IGNORECASE,
)


def type_by_sides(event_type: EventTypeName, sentence: str, start: int, end: int) -> EventTypeName:
    """The type of a generic violence trigger given its agent and target."""
    before = clause_before(sentence, start)
    after = _STEPPING_IN.sub("", re.split(r"[,;:.(]", sentence[end:])[0][:70])
    agent, hit, target, hit_words = agent_and_hit(sentence, start, end, before, after)
    if (
        event_type != "armed_clash"
        and agent is None
        and hit_words is not before
        and armed_group_named(sentence[:start])
    ):
        # "Jewish settlers torched 20 cars": a group the dictionary knows acts armed (its
        # brawl, "Imbonerakure and CNL clashed with machetes", stays read by its weapons)
        agent = "armed"
    if event_type in HARMED and (
        intervention := harm_to_demonstrators(sentence, start, end, agent, target)
    ):
        return intervention
    if unknown_doer(event_type, sentence, end, agent):
        # "were assaulted by unknown people": an unidentified armed group's attack
        return "armed_clash" if target == "armed" else "attack_on_civilians"
    if (
        event_type == "armed_clash"
        and agent == "armed"
        and (
            target is None
            # where, not whom: "... clashed at the market"
            or (target in {"civilian", "crowd"} and hit_words is after and told_where(hit, after))
        )
        and (joined := crowd_joined_with_police(before)) is not None
    ):
        # "members of the Awami League and police personnel clashed": the crowd against the
        # police, no battle
        # (no target: the crowd's brawl with the police is typed by the crowd alone)
        agent, target = joined, None
    context = _BACKGROUND.sub(" ", sentence)
    if agent == "protesters" or (
        agent in {"crowd", "civilian"} and (PROTESTERS.search(context) or _DEMANDS.search(context))
    ):
        # ("residents stormed the offices demanding ...": a demonstration, violent if told so)
        return "protest" if stormed_to_protest(sentence, start, end) else "riot"
    grievance = PROTESTERS.search(context) or _DEMANDS.search(context)
    communal = (
        not grievance
        and not MOB_JUSTICE.search(sentence)
        and communal_agent(agent, before + sentence[start:end], after)
    )
    if communal:
        agent = "armed"  # "Kalenjin youths attacked a village": the people's militia
    if (
        event_type == "armed_clash"
        and (target is None or BETWEEN_SIDES.match(sentence, end))
        and _NO_SIDE_BEFORE.search(before)
    ):
        # The fight told as the circumstance of a toll ("400 people were reported dead in
        # clashes"): the dead are its victims, no side of it, so it is no brawl of theirs; the
        # sides told after "between" decide ("killed in clashes between villagers" is a brawl,
        # "killed in clashes between the army and separatists" a battle), but the dead fought
        # a side told after "with" ("gunmen killed in fighting with a rival group").
        agent = None
    if (
        event_type == "armed_clash"
        and target == "armed"
        and agent in {None, "civilian"}
        and armed_dead_fought(before)
    ):
        agent = "armed"  # "a militant was killed in a battle with the police": its other side
    if (
        event_type == "armed_clash"
        and agent == "civilian"
        and (target is None or BETWEEN_SIDES.match(sentence, end))
        and people_befallen(sentence, start, end, before)
    ):
        # The people told before the fight are its dead or fled, not its brawlers: "19 men died
        # on both sides in the clashes", "civilians fled when fighting broke out" (but "people
        # were injured in clashes with police" fought the police).
        agent = None
    if (
        event_type == "armed_clash"
        and target in {"civilian", "crowd"}
        and hit_words is after
        and dead_of_the_fight(sentence, end)
    ):
        target = None  # "fighting in the town killed 20 people": its dead, not its side
    if event_type == "armed_clash" and witness_before(before):
        # Who reports or hears the fight is no side of it: "residents reported fighting in
        # the town", "officials said heavy clashes continued" (the sides told after decide).
        agent = None
    if (
        event_type == "armed_clash"
        and target in {"civilian", "crowd"}
        and hit_words is after
        and place_not_hit(hit, after)
    ):
        # Where the fight is, not whom it hits: "clashes continued around the village".
        target = None
    return type_of_sides(
        event_type,
        sentence,
        start,
        end,
        agent=agent,
        hit=hit,
        target=target,
        before=before,
        after=after,
        communal=communal,
    )


# A force told stepping in after the act is not the one it hit: "gunmen killed two villagers
# before police intervened", "... until soldiers arrived" (kenya61).
_STEPPING_IN = re.compile(
    r"\s+(?:before|until|till|when|as|and)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?"
    r"(?:(?:later|then|soon|eventually)\s+)?(?:interven(?:e|es|ed|ing)|arriv(?:e|es|ed|ing))\b.*",
    re.IGNORECASE,
)


# A toll told in a fight, right before its word: "400 people were reported dead in clashes",
# "two killed during fierce fighting". Not "in the clash": a fight told before, retold with its
# toll, keeps the type its first telling gave it (a demonstration's clash with the police).
_NO_SIDE_BEFORE = re.compile(
    r"\b(?:killed|dead|died|injured|wounded|hurt|casualties)\s+(?:in|during|amid(?:st)?)\s+"
    r"(?:(?:a|an|fresh|new|renewed|heavy|fierce|deadly|violent|armed|"
    r"ongoing|recent|latest|sporadic|intense|further)\s+){0,3}$",
    re.IGNORECASE,
)
