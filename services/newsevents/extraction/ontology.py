"""The newsevents event ontology and its mappings to PLOVER, CAMEO and ACLED.

Our types are the unit analysts of conflict monitoring count. Each maps to one PLOVER type (with
mode), one CAMEO root code and one ACLED event type / sub-event type, so output can be loaded
beside those data sets. ``newsevents ontology --markdown`` prints the table from ``EVENT_TYPES``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeGuard, get_args

# The closed set of event types, so that mypy catches a mistyped name ("armed_clashes") in the
# trigger refinement, linking and this table; ``EVENT_TYPES`` describes each.
EventTypeName = Literal[
    "armed_clash",
    "territory_taken",
    "territory_regained",
    "airstrike",
    "shelling",
    "explosive_attack",
    "grenade",
    "chemical_attack",
    "suicide_bombing",
    "attack_on_civilians",
    "abduction",
    "sexual_violence",
    "protest",
    "protest_dispersed",
    "protest_repressed",
    "riot",
    "mob_violence",
    "arrest",
    "property_seized",
    "property_destroyed",
    "agreement",
    "release",
    "weapons_disrupted",
    "base_established",
    "territory_handover",
    "recruitment",
    "deployment",
    "presence",
    "group_formed",
    "training",
    "arms_transfer",
    "funding",
    "order_issued",
    "propaganda",
    "movement_restricted",
    "relocation",
]
EVENT_TYPE_NAMES: frozenset[str] = frozenset(get_args(EventTypeName))
# Acts of a planted or thrown device, whose agent hides it or throws it at its target: the
# police and the army it goes off among are the ones it hits.
BLAST_TYPES: frozenset[EventTypeName] = frozenset(
    {"explosive_attack", "suicide_bombing", "grenade"}
)


def is_event_type_name(name: str) -> TypeGuard[EventTypeName]:
    """Whether ``name`` (read from a data file) is one of the event types."""
    return name in EVENT_TYPE_NAMES


@dataclass(frozen=True, slots=True)
class EventType:
    name: EventTypeName
    label: str  # short readable verb phrase used in summaries
    plover: str
    plover_mode: str | None
    cameo: str  # CAMEO root code, two digits
    acled_event_type: str
    acled_sub_event_type: str
    description: str


_BATTLES = "Battles"
_REMOTE = "Explosions/Remote violence"
_VAC = "Violence against civilians"
_PROTESTS = "Protests"
_RIOTS = "Riots"
_STRATEGIC = "Strategic developments"

# fmt: off
EVENT_TYPES: tuple[EventType, ...] = (
    # Violence (ACLED's violent types)
    EventType("armed_clash", "clashed with", "FIGHT", "small-arms", "19", _BATTLES,
              "Armed clash", "Armed, organised groups fight each other."),
    EventType("territory_taken", "took control of", "FIGHT", "occupy", "19", _BATTLES,
              "Non-state actor overtakes territory", "An armed group takes territory by force."),
    EventType("territory_regained", "regained", "FIGHT", "occupy", "19", _BATTLES,
              "Government regains territory", "State forces retake territory by force."),
    EventType("airstrike", "carried out an air or drone strike on", "FIGHT", "aerial", "19",
              _REMOTE, "Air/drone strike", "An air or drone strike."),
    EventType("shelling", "shelled", "FIGHT", "artillery", "19", _REMOTE,
              "Shelling/artillery/missile attack", "Artillery, rocket or missile fire."),
    EventType("explosive_attack", "set off an explosive against", "ASSAULT", "explosives", "18",
              _REMOTE, "Remote explosive/landmine/IED", "IED, landmine or remote bomb."),
    EventType("grenade", "threw a grenade at", "ASSAULT", "explosives", "18", _REMOTE, "Grenade",
              "A grenade or similar hand-thrown explosive."),
    EventType("chemical_attack", "used chemical weapons against", "ASSAULT", "chemical", "20",
              _REMOTE, "Chemical weapon", "Chemical or toxic agents used as a weapon."),
    EventType("suicide_bombing", "carried out a suicide bombing against", "ASSAULT",
              "suicide-attack", "18", _REMOTE, "Suicide bomb", "A suicide attack."),
    EventType("attack_on_civilians", "attacked", "ASSAULT", "firearms", "18", _VAC, "Attack",
              "Armed violence against unarmed people."),
    EventType("abduction", "abducted", "ASSAULT", "abduct", "18", _VAC,
              "Abduction/forced disappearance", "Abduction, kidnapping, forced disappearance."),
    EventType("sexual_violence", "sexually assaulted", "ASSAULT", "sexual", "18", _VAC,
              "Sexual violence", "Sexual violence against civilians."),
    # Demonstrations
    EventType("protest", "protested", "PROTEST", "demo", "14", _PROTESTS, "Peaceful protest",
              "A peaceful demonstration."),
    EventType("protest_dispersed", "dispersed protesters", "COERCE", "crowd-control", "17",
              _PROTESTS, "Protest with intervention", "Protest met with force short of lethal."),
    EventType("protest_repressed", "used excessive force against protesters", "ASSAULT",
              "firearms", "18", _PROTESTS, "Excessive force against protesters",
              "Lethal or severe force against peaceful protesters."),
    EventType("riot", "rioted", "PROTEST", "riot", "14", _RIOTS, "Violent demonstration",
              "A demonstration that turns violent."),
    EventType("mob_violence", "attacked", "ASSAULT", "beat", "18", _RIOTS, "Mob violence",
              "Violence by an unorganised crowd."),
    # Strategic developments and the non-violent activity monitors track
    EventType("arrest", "arrested", "COERCE", "arrest", "17", _STRATEGIC, "Arrests",
              "Arrest or detention."),
    EventType("property_seized", "seized", "COERCE", "confiscate", "17", _STRATEGIC,
              "Looting/property destruction", "Property taken over, confiscated or looted."),
    EventType("property_destroyed", "destroyed", "ASSAULT", "destroy", "17", _STRATEGIC,
              "Looting/property destruction", "Property destroyed or burned."),
    EventType("agreement", "reached an agreement with", "AGREE", None, "05", _STRATEGIC,
              "Agreement", "Ceasefire, deal, prisoner exchange."),
    EventType("release", "released", "CONCEDE", "release", "08", _STRATEGIC, "Other",
              "Prisoners, detainees or hostages freed."),
    EventType("weapons_disrupted", "defused or seized weapons of", "COERCE", "seize", "17",
              _STRATEGIC, "Disrupted weapons use",
              "Explosives defused, weapons caches seized, missiles intercepted."),
    EventType("base_established", "established a base at", "MOBILIZE", "troops", "15",
              _STRATEGIC, "Headquarters or base established",
              "A headquarters, base or facility is set up or occupied."),
    EventType("territory_handover", "handed over territory to", "RETREAT", "withdraw", "08",
              _STRATEGIC, "Non-violent transfer of territory",
              "Territory changes hands without fighting."),
    EventType("recruitment", "recruited", "MOBILIZE", "militia", "15", _STRATEGIC,
              "Change to group/activity", "Recruitment of fighters or members."),
    EventType("deployment", "deployed", "MOBILIZE", "troops", "15", _STRATEGIC,
              "Change to group/activity",
              "Forces arrive, are stationed, reinforced or redeployed."),
    EventType("presence", "is present in", "MOBILIZE", "troops", "15", _STRATEGIC, "Other",
              "Forces reported present or spotted in a place."),
    EventType("group_formed", "formed", "MOBILIZE", "militia", "15", _STRATEGIC,
              "Change to group/activity", "A new unit, group or alliance is formed."),
    EventType("training", "trained", "AID", "military", "07", _STRATEGIC,
              "Change to group/activity", "Military training of fighters."),
    EventType("arms_transfer", "received or sent weapons", "AID", "military", "07", _STRATEGIC,
              "Other", "Shipments or transfers of weapons."),
    EventType("funding", "funded", "AID", "economic", "07", _STRATEGIC, "Other",
              "Money, aid, sponsorship or reconstruction paid by an actor."),
    EventType("order_issued", "ordered", "DEMAND", "change", "10", _STRATEGIC, "Other",
              "Orders or directives to forces or the population."),
    EventType("propaganda", "campaigned for", "SUPPORT", "diplomatic", "05", _STRATEGIC, "Other",
              "Ideological or influence activity (soft power)."),
    EventType("movement_restricted", "closed roads or restricted movement in", "COERCE",
              "restrict", "19", _STRATEGIC, "Other",
              "Roads closed, checkpoints, blockade or curfew."),
    EventType("relocation", "relocated", "COERCE", "deport", "17", _STRATEGIC, "Other",
              "People moved or settled in a place by an actor."),
)
# fmt: on

EVENT_TYPES_BY_NAME: dict[str, EventType] = {t.name: t for t in EVENT_TYPES}


# Every ACLED sub-event type (ACLED codebook 2019-2023), by event type: each must be mapped.
ACLED_SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    _BATTLES: (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    _REMOTE: (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    _VAC: ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    _PROTESTS: (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    _RIOTS: ("Violent demonstration", "Mob violence"),
    _STRATEGIC: (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}


def event_type(name: str) -> EventType:
    return EVENT_TYPES_BY_NAME[name]


def markdown_table() -> str:
    rows = [
        "| type | description | PLOVER (mode) | CAMEO | ACLED event type | ACLED sub-event type |",
        "|---|---|---|---|---|---|",
    ]
    for t in EVENT_TYPES:
        mode = f" ({t.plover_mode})" if t.plover_mode else ""
        rows.append(
            f"| `{t.name}` | {t.description} | {t.plover}{mode} | {t.cameo} "
            f"| {t.acled_event_type} | {t.acled_sub_event_type} |"
        )
    return "\n".join(rows)


# How grave an event type is, for picking a report's main event and the act a toll belongs
# to: 1 remote violence, sexual violence, lethal force on protesters; 2 fighting, attacks,
# abductions, riots; 3 protests, arrests, looting, agreements...; 4 the rest.
_GRAVEST_FIRST: tuple[tuple[EventTypeName, ...], ...] = (
    (
        "chemical_attack",
        "suicide_bombing",
        "airstrike",
        "shelling",
        "explosive_attack",
        "grenade",
        "sexual_violence",
        "protest_repressed",
    ),
    (
        "armed_clash",
        "attack_on_civilians",
        "abduction",
        "riot",
        "mob_violence",
        "territory_taken",
        "territory_regained",
        "protest_dispersed",
    ),
    (
        "protest",
        "arrest",
        "property_seized",
        "property_destroyed",
        "weapons_disrupted",
        "agreement",
        "recruitment",
        "territory_handover",
        "base_established",
    ),
)
_TIERS: dict[str, int] = {
    name: tier for tier, names in enumerate(_GRAVEST_FIRST, 1) for name in names
}


def severity(event_type: str) -> int:
    """1 (gravest) to 4; see ``_TIERS``."""
    return _TIERS.get(event_type, 4)


def is_violent(event_type: str) -> bool:
    """Tiers 1 and 2 of ``severity``: remote and sexual violence, lethal force on protesters,
    fighting, attacks, abductions, riots, mob violence, territory by force, dispersals."""
    return severity(event_type) <= 2
