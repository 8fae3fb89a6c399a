"""Context gates: wordings that report an event only with the right agent, object or aim.

"Police hit two women" is an attack, "the storm hit two men" none; "residents stoned two
policemen" is mob violence, "stoned on drugs" none. A line of ``data/triggers.tsv`` names its
gate from ``GATES`` beside its wording. Without its context a gated wording's span is still
taken (no later rule may claim it) but yields no trigger.

The gates are grouped by what they look at: who acts (:mod:`.agents`), a crowd's aim or
gathering (:mod:`.crowds`), what the wording names (:mod:`.acts`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from .acts import (
    death_named,
    fired_weapon,
    not_a_mishap,
    not_an_arrest,
    not_the_hurt,
    not_traded,
    state_strike,
    violence_untold,
)
from .agents import armed_agent, human_agent, not_weather, person_stoned
from .crowds import crowd_disrupts, gathering, not_crowd_control, protest_aim, riot_crowd_or_aim

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
        "riot_crowd_or_aim": riot_crowd_or_aim,
        "crowd_disrupts": crowd_disrupts,
        "violence_untold": violence_untold,
        "not_the_hurt": not_the_hurt,
        "state_strike": state_strike,
        "not_an_arrest": not_an_arrest,
        "not_weather": not_weather,
        "not_traded": not_traded,
        "not_crowd_control": not_crowd_control,
        "not_a_mishap": not_a_mishap,
        "armed_agent": armed_agent,
        "fired_weapon": fired_weapon,
    }
)
