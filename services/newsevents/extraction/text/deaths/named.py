"""The dead named one by one after the verb that killed them: "gunmen assassinated Walid
al-Aboud, a retired colonel, near a post office" (1), "killing Ali Hassan, 57, Omar Saleh, 27,
and Musa Idris" (3). Each name is a person of two to four capitalised words; the list ends where
the clause goes on with a place, a time or a stop, so that a group named before its members
("killed Islamic State fighters") is no person. Read by :func:`.find_deaths` with the
other wordings of a toll.
"""

from __future__ import annotations

import re

# Words that open no person's name: articles, possessives, days, months, and the nouns of a
# force or group ("Islamic State", "Boko Haram Army", "the Popular Front" name no one).
_NOT_A_NAME_WORD = (
    r"(?:The|A|An|This|That|These|Those|His|Her|Their|Its|Our|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|"
    r"November|December)\b"
)
_GROUP_WORD = (
    r"(?:Army|Armed|Forces?|Force|State|Front|Brigades?|Battalions?|Party|Movement|Council|Police|"
    r"Ministry|Government|Committee|Organi[sz]ation|Group|Militia|Guards?|Corps|Division|Unit|"
    r"Republic|Kingdom|Emirates|Union|Coalition|Alliance|Haram|Shabaab?|Qaeda|Taliban|Houthis?|"
    r"Hezbollah|Hamas|Jihad|Islamic|Province|District|Region|County|Village|City|Town|Camp)\b"
)
_WORD = rf"(?!{_NOT_A_NAME_WORD})(?!{_GROUP_WORD})[A-Z][\w'’.-]*[\w]"
# "Walid al-Aboud", "Abu Bakr al-Baghdadi", "Mohammed bin Salem": two to four words
_NAME = rf"{_WORD}(?:\s+(?:(?:al|el|bin|ibn|abu|Abu|de|da|van|von)[-\s])?{_WORD}){{1,3}}"
# An age or a phrase set off by commas after a name: ", 57", ", aged 40", ", a retired colonel"
# (an age already blanked to "a" by the toll reader)
_AFTER_NAME = (
    r"(?:,\s+(?:\d{1,3}|aged\s+\d{1,3}|an?\s+[^,.;:!?()]{2,60}?|a)"
    r"(?=\s*(?:,|[.;:!?]|$)|\s+and\b))?"
)
# The verbs that kill a named person (active; "was killed" is read by the passive wordings)
_VERB = (
    r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bbeing )(?<!\bthe )"
    r"\b(?:shot and killed|shot dead|gunned down|killed|killing|murdered|murdering|assassinated|"
    r"assassinating|executed|executing|lynched|lynching|beheaded|beheading|slew|stabbed to death)"
)
NAMED_DEAD = re.compile(
    rf"{_VERB}\s+(?P<n>{_NAME}{_AFTER_NAME}(?:,\s+{_NAME}{_AFTER_NAME})*"
    rf"(?:,?\s+and\s+{_NAME}{_AFTER_NAME})?)"
    # what follows the list: a stop, a comma, a place, a time or another clause, never a noun
    # of what the capitalised words qualify ("killed Red Hill fighters")
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at|near|inside|outside|while|as|after|during|who|when|"
    r"before|late|early|last|and|with|from|to|over)\b)"
)
_ONE_NAME = re.compile(_NAME)
# a person's name as other wordings read one (:mod:`.listed`)
PERSON_NAME = _NAME
_APPOSITION = re.compile(_AFTER_NAME)
_SEPARATOR = re.compile(r",?\s+and\s+|,\s+")


def named_count(names: str) -> int:
    """How many people a list of names matched by :data:`NAMED_DEAD` holds."""
    count, position = 0, 0
    while (name := _ONE_NAME.match(names, position)) is not None:
        count += 1
        position = name.end()
        apposition = _APPOSITION.match(names, position)
        if apposition is not None:
            position = apposition.end()
        separator = _SEPARATOR.match(names, position)
        if separator is None:
            break
        position = separator.end()
    return max(count, 1)
