"""The two sides of an event as ACLED codes them: who is actor1 and who actor2, by their ACLED
names (``actor_names``), and the associates on each side. A government that fights is its
forces, an unnamed perpetrator an unidentified armed group, the victims of violence against
civilians and those arrested civilians, a battle's sides armed; a demonstration has its crowd
first, the force that intervened second (the force first when it killed), and a riot on a
demonstration is the rioters' act on the protesters.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...actors.dictionary import country_name, default_matcher
from ...actors.unnamed.generic_names import INSURGENTS_BY_COUNTRY
from ...actors.unnamed.state_names import military_of_government, state_force_name
from ...document import ARMED_KINDS, NON_STATE_ARMED_KINDS, ActorMention
from ...events.draft import EventDraft
from ...ontology import event_type, is_violent
from ..names.actor_names import acled_name, entry_acled_name
from ..names.regimes import with_period
from .forces.security_forces import arresting_force, fighting_forces
from .victims import local_civilians, side_hit

_CROWDS = {
    "protest": "Protesters",
    "protest_dispersed": "Protesters",
    "protest_repressed": "Protesters",
    "riot": "Rioters",
    "mob_violence": "Rioters",
}
# "A man was shot dead in Colonia X", "two herders were abducted", "mortar shells struck the
# suburb": ACLED codes the perpetrator a report does not name as an unidentified armed group of
# the event's country (air strikes not: only states fly). So is the arsonist of a destruction
# told without hands or by unknown ones ("Unknown group torched houses", "two houses have been
# burnt down", "set on fire by unknown individuals"; thirty-ninth round, sides59): a crowd's
# arson names its crowd.
_UNNAMED_PERPETRATOR = frozenset(
    {"attack_on_civilians", "abduction", "sexual_violence", "explosive_attack", "grenade",
     "armed_clash", "shelling", "suicide_bombing", "property_destroyed"}
)  # fmt: skip
# Acts of armed force that are not violence: a government or its head told deploying,
# stationing, seizing or disarming does it with its forces ("the Kenyan government deployed
# more troops", "the Damascus government seized areas outside Zabadani"; forty-first round).
_FORCE_ACTS = frozenset(
    {"deployment", "base_established", "presence", "property_seized", "weapons_disrupted"}
)
_STATE = re.compile(r"(?:Military|Police) Forces\b")  # "of X", or alone: no known state
_CROWD = re.compile(r"(?:Protesters|Rioters|Civilians) \(")


@dataclass(slots=True)
class Sides:
    """Actor1 and actor2 by their ACLED names, and the associates on each side."""

    actor1: str | None
    actor2: str | None
    associates: tuple[list[str], list[str]] = field(default_factory=lambda: ([], []))


def choose_sides(
    draft: EventDraft,
    on: dt.date,
    country_code: str | None,
    state: str | None = None,
    by_force: bool = False,
    unidentified: bool = False,
) -> Sides:
    """Actor1, actor2 and their associates of one event by their ACLED names, ``state`` the
    country told as the subject that struck (``state_agent``); ``by_force``: what happened to
    a demonstration was the forces' arrest or dispersal (``force_outcome``), no crowd's
    attack on it; ``unidentified``: the text tells actor2 as of unknown identity ("clashed
    with unidentified gunmen"), no country's insurgents as a whole."""
    violent = is_violent(draft.event_type)
    force_act = draft.event_type in _FORCE_ACTS
    told = event_type(draft.event_type)
    battle = told.acled_event_type == "Battles"
    remote_or_battle = battle or told.acled_event_type == "Explosions/Remote violence"
    # (both sides armed: not a raid on villagers, nor an arrest read as a fight)
    armed = battle and all(
        a is not None and a.kind in ARMED_KINDS for a in (draft.actor1, draft.actor2)
    )

    def name(actor: ActorMention | None) -> str | None:
        if actor is None:
            return None
        if remote_or_battle or force_act:
            actor = _head_of_government(actor)
        if violent or force_act:
            actor = armed_forces_of(actor)
        if armed:
            actor = fighting_forces(actor)
        return local_civilians(actor, country_code, state) or acled_name(actor, on, country_code)

    sides = Sides(name(draft.actor1), name(draft.actor2))
    if force_act and sides.actor2 == sides.actor1:
        # "the government deployed troops": the troops are how its military acts, no side
        # it acts on (review62)
        sides.actor2 = None
    trigger_start = draft.trigger.span.start
    if sides.actor1 is None:
        # An actor inside the trigger phrase ("Turkish warplanes struck") is its agent.
        sides.actor1 = name(
            next((a for a in draft.associates if a.span.start <= trigger_start), None)
        )
    # "Iranian-backed militias": the patron of a generic actor is kept as its associate, so
    # the link survives the generic name ("Unidentified Armed Group (Syria)").
    for index, actor in enumerate((draft.actor1, draft.actor2)):
        patron = _patron(actor, on, country_code)
        if patron is not None and patron not in (sides.actor1, sides.actor2):
            sides.associates[index].append(patron)
    if sides.actor1 is None and state is not None:
        # "Israel struck Hezbollah targets": the state told as subject, by its forces.
        sides.actor1 = with_period(state_force_name("Military Forces", state), on)
    if sides.actor1 is None and draft.event_type in _UNNAMED_PERPETRATOR:
        sides.actor1 = f"Unidentified Armed Group ({country_name(country_code)})"
    if draft.event_type == "arrest" and (police := arresting_force(sides.actor1, country_code)):
        sides.actor1 = with_period(police, on)
    # Violence against civilians hits civilians, and those arrested are civilians unless the
    # text names them ("a man was shot dead", "police arrested a suspect"): ACLED's victims.
    hits_civilians = (
        told.acled_event_type == "Violence against civilians"
        or told.acled_sub_event_type == "Arrests"
    )
    if sides.actor2 is None and hits_civilians:
        sides.actor2 = f"Civilians ({country_name(country_code)})"
    if draft.event_type == "release":
        # "the army released 30 Taliban prisoners": the freed are the group the release names
        if sides.actor2 is None and (freed := _freed_group(draft)) is not None:
            sides.actor2 = name(freed)
        _freed_captives(sides, draft.trigger.text, country_code)
    # A battle is fought between armed, organised sides: the civilians it kills are its toll,
    # not a side ("gunmen clashed with security forces, killing two civilians").
    if battle and sides.actor2 is not None and sides.actor2.startswith("Civilians ("):
        sides.actor2 = _armed_side(draft, sides.actor1, name) or _unnamed_enemy(
            sides.actor1, country_code
        )
    if (
        battle
        and not unidentified
        and sides.actor2 == f"Unidentified Armed Group ({country_name(country_code)})"
    ):
        # ("fighters were killed in fighting with the army": the state's unnamed enemy)
        sides.actor2 = _unnamed_enemy(sides.actor1, country_code)
    place_country = draft.places[0].country_code if draft.places else None
    sides.actor2 = side_hit(
        sides.actor2, draft.event_type, told.acled_event_type, country_code, place_country
    )
    crowd = _CROWDS.get(draft.event_type)
    if crowd is not None and not _organised_mob(draft):
        _crowd_first(sides, crowd, country_code)
        if draft.event_type in _INTERVENTIONS and not by_force:
            _rioters_on_protesters(sides)
        # A mob's violence falls on people: with no force it fought, its victims are civilians
        # (ACLED's mob violence: rioters against civilians).
        if draft.event_type == "mob_violence" and sides.actor2 is None:
            sides.actor2 = f"Civilians ({country_name(country_code)})"
    for associate in draft.associates:
        associate_name = name(associate)
        side = sides.associates[0 if associate.span.start < trigger_start else 1]
        if associate_name and associate_name not in (sides.actor1, sides.actor2, *side):
            side.append(associate_name)
    return sides


# Captives of a kidnapping: "aid workers who were kidnapped in Yemen have been released",
# "hostages were freed".
_CAPTIVES = re.compile(r"kidnap|abduct|hostage|captiv", re.IGNORECASE)


def _freed_group(draft: EventDraft) -> ActorMention | None:
    """The armed group named inside the release's own words, as the freed's ("released 30
    Taliban prisoners"), or None."""
    span = draft.trigger.span
    return next(
        (
            a
            for a in draft.associates
            if a.kind in NON_STATE_ARMED_KINDS and span.start <= a.span.start < span.end
        ),
        None,
    )


def _freed_captives(sides: Sides, trigger: str, country_code: str | None) -> None:
    """Those freed are the held, civilians of the country unless the text names them
    ("Seventy-eight students kidnapped from a school in Cameroon were released"); the captors
    of a kidnapping told without a name are an unidentified armed group, as the kidnapping's
    are (a state freeing its prisoners is named: "the army released 30 detainees")."""
    if sides.actor2 is None:
        sides.actor2 = f"Civilians ({country_name(country_code)})"
    if sides.actor1 is None and _CAPTIVES.search(trigger):
        sides.actor1 = f"Unidentified Armed Group ({country_name(country_code)})"


def _organised_mob(draft: EventDraft) -> bool:
    """Mob violence whose agent is a named armed group ("the Houthis seized the town after
    battles", "the insurgents set fire to the vehicles" told of Boko Haram): no crowd's act but
    the group's, which stays actor1 (ACLED codes rioters only for crowds). Not a state force
    (police clashing with a mob: the crowd is the rioters) nor a militia: a party's wing or a
    community's armed men in a brawl are coded as rioters ("Chhatra League members assaulted
    rivals": Rioters (Bangladesh)), nor a name read from its shape alone ("Youth Force",
    "United Democratic Madhesi Front": a party's cadres as often as an armed group)."""
    agent = draft.actor1
    return (
        draft.event_type == "mob_violence"
        and agent is not None
        and not agent.generic
        and (entry := default_matcher().entry(agent.name)) is not None
        and entry.kind == "armed_group"
    )


_UNNAMED_MILITIAS = (
    "Unidentified Ethnic Militia (",
    "Unidentified Communal Militia (",
    "Unidentified Clan Militia (",
)


def _unnamed_enemy(actor1: str | None, country_code: str | None) -> str:
    """The unnamed armed side a battle was fought with: where ACLED codes one actor for the
    country's unnamed insurgents ("Opposition Rebels (Syria)"), the enemy of that state's own
    forces is they ("49 opposition fighters were killed in fighting with the army"; twenty-sixth
    round); an unnamed people's militia fights another ("ethnic clashes": both sides
    "Unidentified Ethnic Militia (Kenya)"); else an unidentified armed group."""
    if actor1 is not None and actor1.startswith(_UNNAMED_MILITIAS):
        return actor1
    insurgents = INSURGENTS_BY_COUNTRY.get(country_code or "")
    if insurgents is not None and actor1 is not None:
        state = state_force_name("Military Forces", country_code)
        police = state_force_name("Police Forces", country_code)
        if actor1.startswith((state, police)):
            return insurgents
    return f"Unidentified Armed Group ({country_name(country_code)})"


def _armed_side(
    draft: EventDraft, actor1: str | None, name: Callable[[ActorMention | None], str | None]
) -> str | None:
    """The first armed actor the event names besides actor1, by its ACLED name."""
    for actor in draft.associates:
        if actor.kind in ARMED_KINDS and (told := name(actor)) not in (None, actor1):
            return told
    return None


def armed_forces_of(actor: ActorMention) -> ActorMention:
    """A government that fights, strikes or attacks does so with its forces, which ACLED
    codes ("the GNA shelled": the GNA's military): the dictionary's "Military Forces of ..."
    whose patron it is, else its country's military forces."""
    if actor.kind != "government" or actor.generic or actor.country_code is None:
        return actor
    name = military_of_government(actor.name, actor.country_code)
    return ActorMention(actor.span, actor.text, name, "state_force", actor.country_code)


def _head_of_government(actor: ActorMention) -> ActorMention:
    """The government a head of state told striking or fighting heads ("Assad regimes random
    attacks", "Assad's bombing": his forces strike), as a mention of that government; any
    other actor as it is. Only for strikes and battles: "Assad's shabiha militias slaughtered"
    keeps the man's own name."""
    if actor.kind != "person" or not actor.affiliation:
        return actor
    head_of = default_matcher().entry(actor.affiliation)
    if head_of is None or head_of.kind != "government":
        return actor
    return ActorMention(actor.span, actor.text, head_of.name, "government", head_of.country_code)


def _patron(actor: ActorMention | None, on: dt.date, country_code: str | None) -> str | None:
    """The ACLED name of the patron of a generic actor ("Government of Iran (1989-)")."""
    if actor is None or not actor.generic or not actor.affiliation:
        return None
    matcher = default_matcher()
    entry = matcher.entry(actor.affiliation)
    if entry is not None:
        return with_period(entry_acled_name(entry, matcher, entry.country_code), on)
    return with_period(actor.affiliation, on)


_INTERVENTIONS = frozenset({"protest_dispersed", "protest_repressed"})


def _rioters_on_protesters(sides: Sides) -> None:
    """A demonstration that a party's members or a crowd attacked, with no state force in it,
    is coded as the attackers' riot on the protesters (ACLED: rioters interacting with peaceful
    protesters): actor1 "Rioters (X)" with the party as its associate, actor2 the protesters."""
    if sides.actor2 is not None or not sides.associates[0] or sides.actor1 is None:
        return
    where = sides.actor1[sides.actor1.index("(") :]
    sides.actor2 = f"Protesters {where}"
    sides.actor1 = f"Rioters {where}"


def force_first(sides: Sides) -> None:
    """Excessive force against a demonstration is coded as the force's act: the state force
    that fired on or beat the crowd is actor1, the crowd actor2 ("police shot dead three
    marchers", "soldiers opened fire on the rally, wounding five": Police or Military Forces of
    X, then Protesters (X)), with or without deaths. With no force named the crowd stays first;
    a dispersal (tear gas, batons: protest with intervention) keeps the crowd first."""
    if sides.actor2 is not None and _STATE.match(sides.actor2) is not None:
        sides.actor1, sides.actor2 = sides.actor2, sides.actor1


def _crowd_first(sides: Sides, crowd: str, country_code: str | None) -> None:
    """ACLED codes every demonstration with its crowd as actor1 ("Protesters (Kenya)"); a named
    organiser is its associate, the state force that intervened is actor2. The crowd is named
    by what it did and where: demonstrators who vandalise or assault are "Rioters
    (Bangladesh)" (and rioters stay rioters: the text's word beats a peaceful type)."""
    actors = (sides.actor1, sides.actor2)
    others = [a for a in actors if a is not None and _CROWD.match(a) is None]
    told = next((a for a in actors if a and a.startswith(("Protesters (", "Rioters ("))), None)
    if told is None:
        sides.actor1 = f"{crowd} ({country_name(country_code)})"
    else:
        word = crowd if crowd == "Rioters" else told.split(" (")[0]
        # Of the event's country: "Protesters gathered in Beirut" in an article about Syria.
        where = country_name(country_code) if country_code else told[told.index("(") + 1 : -1]
        sides.actor1 = f"{word} ({where})"
    sides.actor2 = next((a for a in others if _STATE.match(a)), None)
    sides.associates[0].extend(a for a in others if not _STATE.match(a))
