"""Context gates: wordings that report an event only with the right agent, object or aim.

"Police hit two women" is an attack, "the storm hit two men" none; "residents stoned two
policemen" is mob violence, "stoned on drugs" none. A line of ``data/triggers.tsv`` names its
gate from ``GATES`` beside its wording. Without its context a gated wording's span is still
taken (no later rule may claim it) but yields no trigger.

The gates are grouped by what they look at: who acts (:mod:`.agents`), a crowd's aim or
gathering (:mod:`.crowds`), what the wording names (:mod:`.acts` of people, :mod:`.strikes`,
:mod:`.weapons`), a violence word's sense (:mod:`.senses`: "beat rival bidders", "fighting
fires") and a theft's takers (:mod:`.crimes`).
Whether an arrest's case is the crime desk's is no gate: it is who acts and who is held
(:mod:`..who_acts`), which every trigger passes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from .acts import (
    death_named,
    not_an_arrest,
    not_attackers_fleeing,
    not_diplomats,
    not_the_hurt,
    vigilantes_act,
    violence_untold,
)
from .agents import (
    armed_advance,
    armed_agent,
    armed_campaign,
    armed_orders,
    armed_side,
    force_arrives,
    human_agent,
    not_weather,
    person_stoned,
    side_with,
    sides_between,
    state_bomber,
    state_claims_it,
)
from .causes import not_an_industrial_blast, someones_death
from .crimes import taken_by_arms
from .crowds import (
    blockade_aim,
    crowd_disrupts,
    crowd_gathered,
    crowd_met,
    force_stops,
    gathering,
    not_crowd_control,
    protest_aim,
    public_protest,
    riot_crowd_or_aim,
)
from .senses import literal_violence
from .strikes import (
    flown_strike,
    hit_after_aircraft,
    not_a_mishap,
    not_traded,
    state_strike,
    strike_harm,
    strikes_again_after_aircraft,
)
from .weapons import fired_weapon, not_goods, vehicle_fired

Gate = Callable[[str, int, int, str], bool]
"""``gate(sentence, start, end, previous)``: whether the wording at ``sentence[start:end]`` has
the context it needs; ``previous`` is the sentence before, where "they" was named."""

# The gates a line of ``data/triggers.tsv`` may name in its gate column.
GATES: Mapping[str, Gate] = MappingProxyType(
    {
        "human_agent": human_agent,
        "person_stoned": person_stoned,
        "death_named": death_named,
        "gathering": gathering,
        "protest_aim": protest_aim,
        "blockade_aim": blockade_aim,
        "riot_crowd_or_aim": riot_crowd_or_aim,
        "crowd_disrupts": crowd_disrupts,
        "crowd_gathered": crowd_gathered,
        "force_stops": force_stops,
        "crowd_met": crowd_met,
        "violence_untold": violence_untold,
        "not_the_hurt": not_the_hurt,
        "state_strike": state_strike,
        "not_an_arrest": not_an_arrest,
        "not_weather": not_weather,
        "not_traded": not_traded,
        "flown_strike": flown_strike,
        "not_crowd_control": not_crowd_control,
        "not_a_mishap": not_a_mishap,
        "armed_agent": armed_agent,
        "armed_campaign": armed_campaign,
        "armed_advance": armed_advance,
        "fired_weapon": fired_weapon,
        "literal_violence": literal_violence,
        "force_arrives": force_arrives,
        "armed_side": armed_side,
        "taken_by_arms": taken_by_arms,
        "armed_orders": armed_orders,
        "not_diplomats": not_diplomats,
        "not_attackers_fleeing": not_attackers_fleeing,
        "not_goods": not_goods,
        "vehicle_fired": vehicle_fired,
        "public_protest": public_protest,
        "sides_between": sides_between,
        "side_with": side_with,
        "state_bomber": state_bomber,
        "state_claims_it": state_claims_it,
        "strike_harm": strike_harm,
        "hit_after_aircraft": hit_after_aircraft,
        "strikes_again_after_aircraft": strikes_again_after_aircraft,
        "someones_death": someones_death,
        "vigilantes_act": vigilantes_act,
        "not_an_industrial_blast": not_an_industrial_blast,
    }
)
