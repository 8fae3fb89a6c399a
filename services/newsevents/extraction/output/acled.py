"""The one ACLED mapping: an event draft as ACLED codes it (the ``acled`` block of an event).

Both the service and ``newsevents evaluate acled`` read this block, so the metric scores what
users receive.

Actor names: groups by ACLED's name ("Al Shabaab"), units of state forces as their force, people
as their organisation. ACLED names state forces and governments after the regime in power:
"Military Forces of Syria (2000-2024)". Periods by country (``_REGIME_TABLE``): first day and
label, from the heads of state or government (public record). A country without periods here gets no
label.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from ...contracts import AcledFields, TimeRef
from ..actors.country import article_country
from ..actors.dictionary import (
    ActorEntry,
    ActorMatcher,
    country_name,
    default_matcher,
)
from ..actors.forces import state_force_name
from ..document import ARMED_KINDS, ActorMention, Document, PlaceMention, PlacePrecision
from ..events.draft import EventDraft
from ..ontology import event_type, is_violent
from ..places.choosing.told_province import with_told_province
from .regimes import STATE_PREFIX, country_of_the_day, with_period
from .security_forces import arresting_force, fighting_forces
from .state_agent import striking_state
from .targeted_forces import post_hit
from .tolls import fatalities
from .victims import local_civilians, side_hit


def acled_name(
    mention: ActorMention,
    on: dt.date,
    country_code: str | None = None,
    matcher: ActorMatcher | None = None,
) -> str:
    """The actor as ACLED names it on a date: state forces and governments with the regime
    period ("Military Forces of Syria (2000-2024)"), groups by ACLED's name when the dictionary
    gives one ("Al Shabaab"), units of state forces as their force, people as their
    organisation, generic actors as they are ("Protesters (Lebanon)")."""
    matcher = matcher or default_matcher()
    name = mention.name
    entry = matcher.entry(name) if not mention.generic else None
    if entry is not None and entry.country_code is None and country_code:
        # A movement of many countries told at an event where it has one branch is that
        # branch, as ACLED codes it: "al-Qaeda" in Yemen is AQAP, "Islamic State" in Nigeria
        # the West Africa Province.
        entry = _branch_in(entry.name, country_code) or entry
    if entry is not None:
        name = _entry_acled_name(entry, matcher, country_code or entry.country_code)
    elif mention.kind == "person" and mention.affiliation:
        parent = matcher.entry(mention.affiliation)
        if parent is not None:
            name = _entry_acled_name(parent, matcher, country_code or parent.country_code)
    return with_period(name, on)


def _branch_in(movement: str, country_code: str) -> ActorEntry | None:
    """The one armed branch of ``movement`` the dictionary places in the country, else None."""
    branches = _branches().get((movement, country_code), ())
    return branches[0] if len(branches) == 1 else None


@cache
def _branches() -> dict[tuple[str, str], tuple[ActorEntry, ...]]:
    """(movement, country) -> the armed groups of that country the movement is patron of."""
    found: dict[tuple[str, str], tuple[ActorEntry, ...]] = {}
    for entry in default_matcher().entries:
        if entry.affiliation and entry.country_code and entry.kind in ("armed_group", "militia"):
            key = (entry.affiliation, entry.country_code)
            found[key] = (*found.get(key, ()), entry)
    return found


def _entry_acled_name(
    entry: ActorEntry, matcher: ActorMatcher, country: str | None, depth: int = 0
) -> str:
    if entry.acled:
        return entry.acled.replace("{country}", country_name(country))
    if STATE_PREFIX.match(entry.name) or depth > 5:
        return entry.name
    parent = matcher.entry(entry.affiliation) if entry.affiliation else None
    if entry.kind == "person" and parent is not None:
        return _entry_acled_name(parent, matcher, country, depth + 1)
    if entry.kind == "state_force":
        # A unit of a state force is coded as that force ("4th Division": the Syrian army).
        if parent is not None and parent.kind == "state_force":
            return _entry_acled_name(parent, matcher, country, depth + 1)
        if entry.country_code:
            return f"Military Forces of {country_name(entry.country_code)}"
    return entry.name


# ACLED precision codes. Time: 1 the day, 2 the week, 3 the month; a vague date is coded as
# "about a week". Space: 1 the named town or finer, 2 near a town or part of a region, 3 the
# province or larger.
_Code = Literal[1, 2, 3]
_TIME_PRECISION: dict[str, _Code] = {"day": 1, "week": 2, "month": 3, "year": 3, "vague": 2}
_GEO_PRECISION: dict[PlacePrecision, _Code] = {
    "point": 1,
    "neighbourhood": 1,
    "town": 1,
    "region": 2,
    "admin1": 3,
    "country": 3,
    "supranational": 3,
}
_CROWDS = {
    "protest": "Protesters",
    "protest_dispersed": "Protesters",
    "protest_repressed": "Protesters",
    "riot": "Rioters",
    "mob_violence": "Rioters",
}
# "A man was shot dead in Colonia X", "two herders were abducted", "mortar shells struck the
# suburb": ACLED codes the perpetrator a report does not name as an unidentified armed group of
# the event's country (air strikes not: only states fly).
_UNNAMED_PERPETRATOR = frozenset(
    {"attack_on_civilians", "abduction", "sexual_violence", "explosive_attack", "grenade",
     "armed_clash", "shelling", "suicide_bombing"}
)  # fmt: skip
_STATE = re.compile(r"(?:Military|Police) Forces\b")  # "of X", or alone: no known state
_CROWD = re.compile(r"(?:Protesters|Rioters|Civilians) \(")
_NEAR = re.compile(
    r"\b(?:near|nearby|close to|outside|outskirts of|vicinity of|around|between|"
    r"(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:of|from))\s+"
    r"(?:the\s+)?(?:(?:town|village|city|district)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)


def acled_fields(doc: Document, draft: EventDraft, time: TimeRef) -> AcledFields:
    """The ``acled`` block of one event: its actors on two sides, its first place, its date
    and its deaths."""
    place = draft.places[0] if draft.places else None
    country_code = _country_code(draft, place)
    # A note that names no place is still named after its country ("Kenyan police", "ODM").
    sides = _sides(
        draft, time.date, country_code or article_country(doc), striking_state(doc, draft)
    )
    deaths = fatalities(draft.quantities, doc.sentences, from_afar=draft.event_type in _FROM_AFAR)
    if draft.event_type == "protest_repressed" and deaths > 0:
        _force_first(sides)
    sides.actor1, sides.actor2 = post_hit(
        doc, draft, country_code, time.date, (sides.actor1, sides.actor2)
    )
    _as_named_on(sides, time.date)
    return AcledFields(
        event_date=time.date,
        time_precision=_TIME_PRECISION.get(time.precision, 2),
        actor1=sides.actor1,
        assoc_actor_1="; ".join(sides.associates[0]) or None,
        actor2=sides.actor2,
        assoc_actor_2="; ".join(sides.associates[1]) or None,
        country=country_name(country_code) if country_code else None,
        admin1=(
            with_told_province(place, doc.places, draft.places).province
            if place is not None
            else None
        ),
        location=place.name if place is not None and place.precision != "country" else None,
        latitude=place.latitude if place is not None else None,
        longitude=place.longitude if place is not None else None,
        geo_precision=_geo_precision(doc, place),
        fatalities=deaths,
    )


def _as_named_on(sides: _Sides, on: dt.date) -> None:
    """Every side named after the state of the event's day ("(Sudan)" for a place of South
    Sudan before its independence)."""
    sides.actor1 = country_of_the_day(sides.actor1, on) if sides.actor1 else None
    sides.actor2 = country_of_the_day(sides.actor2, on) if sides.actor2 else None
    for side in sides.associates:
        side[:] = [country_of_the_day(name, on) for name in side]


# Strikes from the air or by artillery: the militants they kill are their victims.
_FROM_AFAR = frozenset({"airstrike", "shelling"})


def _country_code(draft: EventDraft, place: PlaceMention | None) -> str | None:
    """The place's country, else the first actor's that has one."""
    if place is not None:
        return place.country_code
    return next(
        (a.country_code for a in (draft.actor1, draft.actor2) if a and a.country_code), None
    )


def _geo_precision(doc: Document, place: PlaceMention | None) -> _Code | None:
    if place is None:
        return None
    precision = _GEO_PRECISION.get(place.precision, 3)
    if not place.resolved:
        return 2  # a locality at the coordinates of the town or province around it
    # "near Kirkuk", "5 km from the town of X": the event is near the town, not in it.
    if precision == 1 and _NEAR.search(doc.text[max(0, place.span.start - 40) : place.span.start]):
        return 2
    return precision


@dataclass(slots=True)
class _Sides:
    """Actor1 and actor2 by their ACLED names, and the associates on each side."""

    actor1: str | None
    actor2: str | None
    associates: tuple[list[str], list[str]] = field(default_factory=lambda: ([], []))


def _sides(
    draft: EventDraft, on: dt.date, country_code: str | None, state: str | None = None
) -> _Sides:
    violent = is_violent(draft.event_type)
    told = event_type(draft.event_type)
    battle = told.acled_event_type == "Battles"
    # (both sides armed: not a raid on villagers, nor an arrest read as a fight)
    armed = battle and all(
        a is not None and a.kind in ARMED_KINDS for a in (draft.actor1, draft.actor2)
    )

    def name(actor: ActorMention | None) -> str | None:
        if actor is None:
            return None
        if violent:
            actor = _armed_forces_of(actor)
        if armed:
            actor = fighting_forces(actor)
        return local_civilians(actor, country_code, state) or acled_name(actor, on, country_code)

    sides = _Sides(name(draft.actor1), name(draft.actor2))
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
    # A battle is fought between armed, organised sides: the civilians it kills are its toll,
    # not a side ("gunmen clashed with security forces, killing two civilians").
    if battle and sides.actor2 is not None and sides.actor2.startswith("Civilians ("):
        sides.actor2 = _armed_side(draft, sides.actor1, name) or (
            f"Unidentified Armed Group ({country_name(country_code)})"
        )
    place_country = draft.places[0].country_code if draft.places else None
    sides.actor2 = side_hit(
        sides.actor2, draft.event_type, told.acled_event_type, country_code, place_country
    )
    crowd = _CROWDS.get(draft.event_type)
    if crowd is not None and not _organised_mob(draft):
        _crowd_first(sides, crowd, country_code)
        if draft.event_type in _INTERVENTIONS:
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


def _armed_side(
    draft: EventDraft, actor1: str | None, name: Callable[[ActorMention | None], str | None]
) -> str | None:
    """The first armed actor the event names besides actor1, by its ACLED name."""
    for actor in draft.associates:
        if actor.kind in ARMED_KINDS and (told := name(actor)) not in (None, actor1):
            return told
    return None


def _armed_forces_of(actor: ActorMention) -> ActorMention:
    """A government that fights, strikes or attacks does so with its forces, which ACLED
    codes ("the GNA shelled": the GNA's military): the dictionary's "Military Forces of ..."
    whose patron it is, else its country's military forces."""
    if actor.kind != "government" or actor.generic or actor.country_code is None:
        return actor
    name = _forces_of_governments().get(actor.name) or state_force_name(
        "Military Forces", actor.country_code
    )
    return ActorMention(actor.span, actor.text, name, "state_force", actor.country_code)


@cache
def _forces_of_governments() -> dict[str, str]:
    """Government -> the dictionary's military forces it commands."""
    forces: dict[str, str] = {}
    for entry in default_matcher().entries:
        if (
            entry.kind == "state_force"
            and entry.affiliation
            and entry.name.startswith("Military Forces of ")
        ):
            forces.setdefault(entry.affiliation, entry.name)
    return forces


def _patron(actor: ActorMention | None, on: dt.date, country_code: str | None) -> str | None:
    """The ACLED name of the patron of a generic actor ("Government of Iran (1989-)")."""
    if actor is None or not actor.generic or not actor.affiliation:
        return None
    matcher = default_matcher()
    entry = matcher.entry(actor.affiliation)
    if entry is not None:
        return with_period(_entry_acled_name(entry, matcher, entry.country_code), on)
    return with_period(actor.affiliation, on)


_INTERVENTIONS = frozenset({"protest_dispersed", "protest_repressed"})


def _rioters_on_protesters(sides: _Sides) -> None:
    """A demonstration that a party's members or a crowd attacked, with no state force in it,
    is coded as the attackers' riot on the protesters (ACLED: rioters interacting with peaceful
    protesters): actor1 "Rioters (X)" with the party as its associate, actor2 the protesters."""
    if sides.actor2 is not None or not sides.associates[0] or sides.actor1 is None:
        return
    where = sides.actor1[sides.actor1.index("(") :]
    sides.actor2 = f"Protesters {where}"
    sides.actor1 = f"Rioters {where}"


def _force_first(sides: _Sides) -> None:
    """Deadly force against a demonstration is coded as the force's act: the state force that
    fired on the crowd is actor1, the crowd actor2 ("police shot dead three marchers": Police
    Forces of X, then Protesters (X)). With no force named the crowd stays first, and so it
    does when no one died (tear gas and batons: the crowd's demonstration, the force
    intervening)."""
    if sides.actor2 is not None and _STATE.match(sides.actor2) is not None:
        sides.actor1, sides.actor2 = sides.actor2, sides.actor1


def _crowd_first(sides: _Sides, crowd: str, country_code: str | None) -> None:
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
