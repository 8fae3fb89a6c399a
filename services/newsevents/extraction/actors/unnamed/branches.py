"""A state's forces told by the short name of a branch that names other things too: Pakistan's
Frontier Corps as "the FC" ("FC personnel killed three militants in Kalat"), its Rangers, and
Thailand's paramilitary rangers (thirty-first round).

The dictionary cannot hold these names: "FC" is a football club's as often ("Barcelona FC"), and
"Rangers" a club's or a park's men. So they are read only in the article of their country, or
with the country's name before them ("Pakistani Rangers fired on BSF posts"). ACLED codes the
Frontier Corps and the Rangers on the border as Pakistan's military, the Rangers that police
Karachi ("Sindh Rangers", or the bare "Rangers" in a Pakistani note) as its police, and Thai
rangers as Thailand's military.

Syria's Republican Guard, as state outlets name the army by its units ("units of the Republican
Guard destroyed positions of ..."), is Syria's military in an article of Syria (fiftieth round,
foe70); Iraq, Yemen and Egypt had guards of that name too, so it is no alias in the dictionary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import ActorMention, Span
from .state_names import state_force_name

# "the FC", "FC personnel", "FC forces": not a club's ("Barcelona FC", "FC Barcelona"), so no
# capitalised word right before (but a sentence's "The") and none right after.
_FC = re.compile(r"(?<![\w-])FC(?![\w-])(?!\s+[A-Z])")
_WORD_BEFORE = re.compile(r"\b([A-Z][\w.'’-]*)\s+$")
# "Pakistani Rangers", "Punjab Rangers", "Chenab Rangers" guard the border: the military;
# "Sindh Rangers", and the Rangers of a Pakistani note with no such word, police Karachi.
_RANGERS = re.compile(
    r"(?<![\w-])(?:(?P<border>Pakistan(?:i)?|Pak|Punjab|Chenab)\s+|(?P<sindh>Sindh?)\s+)?"
    r"(?P<rangers>Rangers?)(?![\w'’-])"
)
# Thailand's paramilitary rangers (Thahan Phran), written in lower case as often.
# (not their possessive, "a rangers' patrol was ambushed": the patrol's words tell who was hit,
# and the hit's reading does not look through the owner)
_THAI_RANGERS = re.compile(r"(?<![\w-])(?:paramilitary\s+)?[Rr]angers?(?![\w'’-])")


# "units of the Republican Guard", "the Syrian Republican Guard" (the dictionary reads the latter).
_REPUBLICAN_GUARD = re.compile(r"(?<![\w-])(?<!Syrian )Republican\s+Guards?(?![\w'’-])")


def branch_forces(text: str, country: str | None) -> Iterator[ActorMention]:
    """The state force each branch's short name tells, in the article of its country."""
    if country == "SY" and "Republican" in text:
        for match in _REPUBLICAN_GUARD.finditer(text):
            yield _force(match, "Military Forces", "SY")
    if country == "PK" and "FC" in text:
        for match in _FC.finditer(text):
            before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
            if before is not None and before.group(1) not in ("The", "A"):
                continue
            yield _force(match, "Military Forces", "PK")
    if "anger" not in text:
        return
    if country == "TH":
        for match in _THAI_RANGERS.finditer(text):
            yield _force(match, "Military Forces", "TH")
        return
    for match in _RANGERS.finditer(text):
        if match.group("border"):
            yield _force(match, "Military Forces", "PK")
        elif match.group("sindh") or (country == "PK" and match.group("rangers") == "Rangers"):
            yield _force(match, "Police Forces", "PK")


def _force(match: re.Match[str], force: str, code: str) -> ActorMention:
    return ActorMention(
        Span(match.start(), match.end()),
        match.group(),
        state_force_name(force, code),
        "state_force",
        code,
        generic=True,
    )
