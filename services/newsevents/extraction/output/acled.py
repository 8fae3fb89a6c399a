"""The one ACLED mapping: an event draft as ACLED codes it (the ``acled`` block of an event).

Both the service and ``newsevents evaluate acled`` read this block, so the metric scores what
users receive. This module assembles the block: the two sides (``sides``, named by
``actor_names``), a force's post hit (``targeted_forces``), each side named after the state of
the event's day (``regimes``), the country, first place and its precision code, the date and its
precision code, and the deaths (``tolls``). ``acled_name`` is importable from here too.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from ...contracts import AcledFields, TimeRef
from ..actors.country.article import document_country
from ..actors.dictionary import country_name
from ..document import Document, PlaceMention, PlacePrecision, sentence_at
from ..events.crowds import CROWD_TYPES
from ..events.draft import EventDraft
from ..events.stages import told_unidentified
from ..ontology import is_violent
from ..places.choosing.told_province import with_told_province
from .names.abroad import sides_country
from .names.actor_names import acled_name as acled_name
from .names.regimes import country_of_the_day, militia_word_of_the_day
from .seat import acled_point
from .sides.air.air_power import article_air_power
from .sides.air.allied_sides import allied_sides
from .sides.air.interceptions import intercepted_sides
from .sides.air.state_agent import striking_state
from .sides.crowds.crowd_force import crowd_faced_force, force_told_before, repressing_force
from .sides.crowds.force_outcome import forces_intervened
from .sides.forces.crime_and_corps import crime_and_corps
from .sides.forces.lone_group import state_fought
from .sides.forces.targeted_forces import post_hit
from .sides.forces.toll_force import force_of_the_toll
from .sides.headline_foe import item_foe
from .sides.joint_first import foreign_named_first
from .sides.joint_names import joint_sides
from .sides.movement_home import movements_at_home
from .sides.own_men import own_men_opponent
from .sides.same_sides import one_side_twice
from .sides.sides import Sides, choose_sides, force_first
from .tolls.by_place import counted_elsewhere, toll_at
from .tolls.counted_once.among_dead import parts_after_the_dead
from .tolls.counted_once.day_before import earlier_acts_dead
from .tolls.counted_once.period_tallies import after_the_dead, off_front_tallies
from .tolls.grievance import answered_dead
from .tolls.tolls import fatalities

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
    # the sides of an event at a namesake abroad are named after the article's country
    place_country = _country_code(doc, draft, place)
    country_code = sides_country(doc, place, place_country)
    # A note that names no place is still named after its country ("Kenyan police", "ODM").
    named_after = country_code or document_country(doc)
    sides = choose_sides(
        draft,
        time.date,
        named_after,
        striking_state(doc, draft),
        by_force=forces_intervened(doc, draft),
        unidentified=draft.actor2 is not None and told_unidentified(doc, draft.actor2),
    )
    quantities = draft.quantities
    if draft.event_type in CROWD_TYPES or draft.event_type == "deployment":
        # the killing a crowd answers is not the crowd's toll ("protested after the killing of
        # three people"), nor that of forces sent after it ("security was beefed up following
        # the killing of four herders": issue 11, fiftieth round)
        mob = draft.event_type == "mob_violence"
        quantities = [q for q in quantities if not answered_dead(q, doc.sentences, mob=mob)]
    # a stretch's tally told after the day's dead is no act's toll (tolls/period_tallies.py)
    quantities = after_the_dead(doc, quantities)
    # ... and a front's standing tally told beside the act (tolls/period_tallies.py)
    quantities = off_front_tallies(doc, sentence_at(doc.sentences, draft.trigger.span), quantities)
    # a part of the dead told after their toll ("six women were among those killed")
    quantities = parts_after_the_dead(doc, quantities)
    # the day before's act that dates this one ("..., a day after raids killed 16 in Saqba")
    quantities = earlier_acts_dead(doc, draft, quantities)
    deaths = fatalities(quantities, doc.sentences, from_afar=draft.event_type in _FROM_AFAR)
    # the dead of the event's place when the article tells them place by place, from the
    # event's telling on (not a protest, an arrest or a bombing told after the toll at one of
    # the places: review)
    by_place = (
        toll_at([s for s in doc.sentences if s.index >= min(draft.sentences)], place)
        if is_violent(draft.event_type)
        else None
    )
    if by_place is not None:
        deaths = int(by_place)
    elif is_violent(draft.event_type) and any(
        counted_elsewhere(doc.sentences[i], place) for i in draft.sentences
    ):
        deaths = 0  # the list's dead told at its other places (tolls/by_place.py)
    sides.actor2 = crowd_faced_force(doc, draft, named_after, time.date, sides.actor2)
    repressing_force(doc, draft, named_after, time.date, sides)
    force_told_before(doc, draft, named_after, time.date, sides)
    if draft.event_type == "protest_repressed":
        force_first(sides)
    sides.actor1, sides.actor2 = post_hit(
        doc, draft, country_code, time.date, (sides.actor1, sides.actor2)
    )
    intercepted_sides(doc, draft, country_code, time.date, sides)
    state_fought(doc, draft, country_code, time.date, sides)
    article_air_power(doc, draft, time.date, sides)
    allied_sides(doc, draft, country_code, time.date, sides)
    one_side_twice(doc, draft, country_code, time.date, sides)
    own_men_opponent(doc, draft, country_code, time.date, sides)
    item_foe(doc, draft, country_code, time.date, sides)
    force_of_the_toll(doc, draft, country_code, time.date, sides)
    crime_and_corps(doc, draft, named_after, time.date, sides)
    joint_sides(doc, draft, named_after, time.date, sides)
    foreign_named_first(doc, draft, country_code, time.date, sides)
    movements_at_home(doc, draft, place, country_code, time.date, sides)
    _as_named_on(sides, time.date)
    return AcledFields(
        event_date=time.date,
        time_precision=_TIME_PRECISION.get(time.precision, 2),
        actor1=sides.actor1,
        assoc_actor_1="; ".join(sides.associates[0]) or None,
        actor2=sides.actor2,
        assoc_actor_2="; ".join(sides.associates[1]) or None,
        country=country_name(place_country) if place_country else None,
        admin1=(
            with_told_province(place, doc.places, draft.places).province
            if place is not None
            else None
        ),
        location=place.name if place is not None and place.precision != "country" else None,
        latitude=acled_point(place)[0] if place is not None else None,
        longitude=acled_point(place)[1] if place is not None else None,
        geo_precision=_geo_precision(doc, place),
        fatalities=deaths,
    )


def _as_named_on(sides: Sides, on: dt.date) -> None:
    """Every side named after the state of the event's day ("(Sudan)" for a place of South
    Sudan before its independence) and in the words of that day ("Unidentified Communal
    Militia" from 2016)."""
    sides.actor1 = _of_the_day(sides.actor1, on) if sides.actor1 else None
    sides.actor2 = _of_the_day(sides.actor2, on) if sides.actor2 else None
    for side in sides.associates:
        side[:] = [_of_the_day(name, on) for name in side]


def _of_the_day(name: str, on: dt.date) -> str:
    """A side's name as ACLED wrote it on ``on``: the state of the day, the militia word."""
    return militia_word_of_the_day(country_of_the_day(name, on), on)


# Strikes from the air or by artillery: the militants they kill are their victims.
_FROM_AFAR = frozenset({"airstrike", "shelling"})


def _country_code(doc: Document, draft: EventDraft, place: PlaceMention | None) -> str | None:
    """The place's country, else the first actor's that has one; but a state's forces in an
    article about another country act there, whatever the act ("Russian airstrikes killed 58
    civilians" in an article about Syria is in Syria, not Russia; so is an unplaced raid or
    deployment of those forces)."""
    if place is not None:
        return place.country_code
    first = next((a for a in (draft.actor1, draft.actor2) if a and a.country_code), None)
    if first is None:
        return None
    if first.kind == "state_force" and (home := document_country(doc)) is not None:
        return home
    return first.country_code


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
