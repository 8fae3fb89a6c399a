"""The verb whose subject acts: participles told as adjectives of the subject ("armed",
"suspected") are no verb, irregular pasts are, and a reporting clause ("police said") is no
subject (events/detect/sides/agents.py)."""

from __future__ import annotations

import re

import pytest

from newsevents.extraction.events.detect.refine.refinement import refine_type
from newsevents.extraction.events.detect.sides.agents import agent_and_hit, clause_before
from tests.unit.extraction.events.articles import main_event


def _read(sentence: str, trigger: str) -> tuple[str | None, str | None, str]:
    start = sentence.index(trigger)
    end = start + len(trigger)
    before = clause_before(sentence, start)
    after = re.split(r"[,;:.(]", sentence[end:])[0][:70]
    agent, hit, _, _ = agent_and_hit(sentence, start, end, before, after)
    refined = refine_type("attack_on_civilians", sentence, start, end)
    return agent, hit[1].group() if hit else None, refined


@pytest.mark.parametrize(
    ("sentence", "trigger", "hit"),
    [
        # "Suspected" and "armed" are adjectives: "raided" is the first verb
        (
            "Suspected armed herders raided the village before burning the houses.",
            "burning",
            "houses",
        ),
        # "armed" is no verb, "took" is: its object is hit
        ("Two armed men took seven villagers and killed them.", "killed", "villagers"),
        # "police said" tells; the armed bandits act on the villagers
        ("Police said armed bandits took seven villagers and killed them.", "killed", "villagers"),
    ],
)
def test_the_armed_men_act_and_their_victims_are_hit(sentence: str, trigger: str, hit: str) -> None:
    assert _read(sentence, trigger) == ("armed", hit, "attack_on_civilians")


def test_a_reported_killing_of_people_taken_is_an_attack_by_the_armed_men() -> None:
    event = main_event(
        "On 2 June 2023, police said armed bandits took seven villagers and killed them in Baringo."
    )
    assert event.codes.acled_sub_event_type == "Attack"
    assert [a.name for a in event.actors if a.role == "actor1"] == [
        "Unidentified Armed Group (Kenya)"
    ]
