"""The names ACLED gives a state's forces: "Military Forces of Turkey", "Police Forces of
Syria", the military a government fights with.
"""

from __future__ import annotations

from functools import cache

from ..dictionary import country_name, default_matcher

# Territories whose soldiers are another state's: ACLED codes no Palestinian military (the
# Palestinian Authority's men are police), so troops, soldiers and the army told in the West
# Bank or Gaza are Israel's ("soldiers detained two farmers near Hebron").
_MILITARY_OF = {"PS": "IL"}


def state_force_name(force: str, code: str | None) -> str:
    """ "Police Forces of Syria"; "Military Forces of the United States" as the dictionary
    names it, with the article ACLED writes before some countries; "Police Forces" alone when
    the country is unknown (never "Police Forces of International")."""
    if code is None:
        return force
    if force == "Military Forces":
        code = _MILITARY_OF.get(code, code)
    with_the = f"{force} of the {country_name(code)}"
    if default_matcher().entry(with_the) is not None:
        return with_the
    return f"{force} of {country_name(code)}"


def military_of_government(government: str, code: str) -> str:
    """The armed forces a government fights with, as ACLED codes them ("the GNA shelled",
    "Assad forces": the state's military): the dictionary's "Military Forces of ..." whose
    patron the government is, else its country's military forces. Read here once for the
    actors' stage (a leader's men, :mod:`..named.leaders_men`) and the output's (a government
    that fights, :mod:`...output.sides.sides`), so the two cannot drift apart."""
    return _commanded_by().get(government) or state_force_name("Military Forces", code)


@cache
def _commanded_by() -> dict[str, str]:
    """Government -> the dictionary's military forces whose patron it is."""
    forces: dict[str, str] = {}
    for entry in default_matcher().entries:
        if (
            entry.kind == "state_force"
            and entry.affiliation
            and entry.name.startswith("Military Forces of ")
        ):
            forces.setdefault(entry.affiliation, entry.name)
    return forces
