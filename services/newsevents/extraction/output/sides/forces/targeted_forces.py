"""A bomb or a salvo aimed at a force's post hits the force (ACLED's actor2 of the attack).

"A car bomb went off at a security checkpoint", "an explosion on a police vehicle", "a blast hit
the police headquarters", "rockets fired on a military base": the side hit is the force that
holds the post, not the civilians of the place that bombs and shells otherwise hit
(``victims.py``). The post must be told in the trigger's sentence, as a force's word before
one of its posts or vehicles ("security checkpoint", "police station", "army convoy", "military
camp", "security department headquarters"), or as a bare base or barracks ("on a base").

Police, security and the like are the country's police, as ``actors/generic.py`` reads them;
the army, the military, the gendarmerie and a bare base its military. The force is of the
event's country. Only an actor2 left empty or filled in with civilians changes, and only for
the remote and explosive types: a named side hit stays, and a force that is also told as the
attacker is not set against itself.
"""

from __future__ import annotations

import datetime as dt
import re

from ....actors.dictionary import country_name
from ....actors.unnamed.state_names import state_force_name
from ....document import Document, sentence_at
from ....events.draft import EventDraft
from ....ontology import BLAST_TYPES
from ...names.regimes import with_period

# Types whose unnamed side hit is filled in with the place's civilians (``victims.py``).
_AIMED = frozenset({"explosive_attack", "suicide_bombing", "grenade", "shelling"})
# Battles whose unnamed other side is filled in as an unidentified armed group (``sides.py``).
_FOUGHT = frozenset({"territory_taken", "armed_clash"})
_FILLED_IN = {"Civilians (": _AIMED, "Unidentified Armed Group (": _FOUGHT}

_POST = (
    r"(?:checkpoints?|check\s+points?|posts?|outposts?|positions?|stations?|vehicles?|convoys?|patrols?|"
    r"headquarters|HQ|bases?|camps?|barracks|compounds?|trucks?|vans?|jeeps?|buses|bus)"
)
# "security checkpoint", "police station", "army convoy", "security department headquarters",
# "police patrol vehicle": a force's word, at most one other word, its post.
_FORCE_POST = re.compile(
    r"\b(police|security|gendarmerie|army|military|government|regime|pro-government|pro-regime)"
    r"\s+(?:[a-z]+\s+)?" + _POST + r"\b",
    re.IGNORECASE,
)
# "on a base", "at the barracks": a bare base after a preposition of aim.
_BARE_BASE = re.compile(
    r"\b(?:on|at|targeting|targeted|hit|struck)\s+(?:a|an|the)\s+(?:base|barracks)\b",
    re.IGNORECASE,
)
# A post the fire came from, not the one hit: "shelled the village from an army base".
_FIRED_FROM = re.compile(r"\bfrom\s+(?:(?:a|an|the|their|its|his|her|our)\s+)?$", re.IGNORECASE)
# "an Israeli base", "Turkish military positions", "a Saudi army post": a people's word before a
# force's post names the state whose forces hold it, whatever the place's country.
_PEOPLES_POST = re.compile(
    r"\s+(?:(?:army|military|troops'?|forces'?)\s+)?(?:bases?|barracks|positions?|posts?|"
    r"outposts?|camps?|checkpoints?|convoys?|patrols?)\b",
    re.IGNORECASE,
)
_MILITARY = frozenset(
    {"army", "military", "gendarmerie", "government", "regime", "pro-government", "pro-regime"}
)
_CROWDS = ("Protesters (", "Rioters (")
_STATE = ("Military Forces", "Police Forces", "Government of")


def targeted_force(doc: Document, draft: EventDraft, country_code: str | None) -> str | None:
    """The state force whose post the event's trigger sentence tells hit ("Police Forces of
    X" or "Military Forces of X", without its period), or None."""
    if draft.event_type not in _AIMED | _FOUGHT or country_code is None:
        return None
    sentence = sentence_at(doc.sentences, draft.trigger.span)
    if sentence is None:
        return None
    text = doc.text[sentence.span.start : sentence.span.end]
    for people in doc.in_sentence(doc.place_references, sentence):
        if people.feature != "demonym" or people.country_code == country_code:
            continue
        at = people.span.start - sentence.span.start
        if _PEOPLES_POST.match(text, at + len(people.text)) and not _FIRED_FROM.search(
            text, max(0, at - 30), at
        ):
            return state_force_name("Military Forces", people.country_code)
    post = next(
        (
            m
            for m in _FORCE_POST.finditer(text)
            if not _FIRED_FROM.search(text, max(0, m.start() - 30), m.start())
        ),
        None,
    )
    if post is not None:
        force = "Military Forces" if post.group(1).lower() in _MILITARY else "Police Forces"
        return state_force_name(force, country_code)
    if _BARE_BASE.search(text) is not None:
        return state_force_name("Military Forces", country_code)
    return None


Sides = tuple[str | None, str | None]


def post_hit(
    doc: Document, draft: EventDraft, country_code: str | None, on: dt.date, sides: Sides
) -> Sides:
    """Actor1 and actor2 (ACLED names) once the force whose post the trigger's sentence tells
    hit is actor2: an actor2 left empty or filled in (civilians of a bombing, an unidentified
    armed group of a battle) becomes the force. The force read as actor1 of a bombing ("two
    officers were killed in an explosion on a police vehicle": the officers read as the
    bombers) is the side hit, and the bomber the other armed side read, else unnamed; not
    when the other side is a crowd, which the force faced. (The merging pass
    ``forces_are_blast_targets`` does so too, but not for a force told as the subject of an
    active verb: "an army vehicle struck a roadside bomb", "two policemen received injuries in
    a bomb attack on a police camp" stay the force's acts there and are swapped here.)"""
    actor1, actor2 = sides
    found = targeted_force(doc, draft, country_code)
    if found is None:
        return sides
    force = with_period(found, on)
    filled_in = actor2 is None or any(
        actor2.startswith(prefix) and draft.event_type in types
        for prefix, types in _FILLED_IN.items()
    )
    # the devices a force is hit by, not fires: a force told as the agent of shelling shelled
    if actor1 == force and draft.event_type in BLAST_TYPES:
        if actor2 is not None and actor2.startswith(_CROWDS):
            return sides  # the force facing a crowd acts ("police fired stun grenades at ...")
        armed = actor2 is not None and not actor2.startswith(("Civilians (", *_STATE))
        other = actor2 if armed else f"Unidentified Armed Group ({country_name(country_code)})"
        return other, force
    if not filled_in or actor1 == force:
        return sides
    return actor1, force
