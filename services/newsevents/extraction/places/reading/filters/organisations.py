"""Names that are part of an organisation's or a unit's name, not places (a surface filter of
:mod:`.find`, run after the names glued to capitalised words are read):

- a place name inside a dictionary actor's longer name ("the Blue Nile Peace Mission in
  Sudan" is no town called Mission): the actor's country already counts for the article; a
  country or a big city only inside a group's, a militia's, a party's or a person's name
  ("the Islamic State in Iraq and the Levant claimed ...", twenty-fourth round; a state force
  keeps it: "Israel Defense Forces"); and a
  small place whose name is the whole name of a group, party or person ("attacks by
  Al-Shabaab in Bay town": a Somali hamlet shares the group's name), where a state's forces,
  a government, an outlet or an organisation keep the place ("Al Mayadeen");
- a name right after a demonym whose country none of its namesakes lies in ("the Chadian
  Courier reported": an outlet, not a Courier abroad): the demonym tells the country, and a
  name of another country there is a paper's, a party's or a firm's; so is every later bare
  mention of it ("the Courier said");
- a small place before a lowercase unit noun ("the Zaria battalion", "a Pyotr brigade"):
  units are named after places and people alike, and the unit, not the place, is told; so
  are statues and sculptures ("marched towards the Raju sculpture": a person's name), and the
  followers of a party, a candidate or a party's symbol ("Jubilee supporters", "Boat
  supporters", "the Jubilee primaries", "Uhuru loyalists"; twenty-third round).
"""

from __future__ import annotations

from collections.abc import Sequence

from ....actors.dictionary import named_actors
from ....actors.named.arabic_units import arabic_unit_names
from ....document import Span
from ...gazetteer import Place
from ...shared.keys import word_set
from ..surface import Match
from ..tokens import Tokens
from ..words import FOLLOWER_NOUNS

# Lowercase nouns of armed units and of statues after the name they carry: "the Vostok
# battalion", "the Raju sculpture".
_UNIT_NOUNS = (
    word_set("battalion battalions brigade brigades regiment regiments")
    | word_set("sculpture sculptures statue statues")
    | FOLLOWER_NOUNS
)

# Kinds of dictionary actors whose whole name, read as a small place, is the actor: a group, a
# party or a person ("attacks by Al-Shabaab in Bay town"). States' forces and governments carry
# places' names ("Kurdistan Region"), and outlets and organisations are named after their towns
# ("Al Mayadeen" TV and the town on the Euphrates): only inside a longer name are those actors'.
_WHOLE_NAME_KINDS = frozenset({"armed_group", "militia", "political_party", "person"})


def reject_organisation_names(
    tokens: Tokens, matches: list[Match], places: Sequence[Place], big: Sequence[bool]
) -> None:
    """Mark as rejected the accepted ``matches`` that name an organisation or a unit (``big``:
    whether each may be a country or a big city, which keep their sense everywhere)."""
    actors = [
        (Span(found.start(), found.end()), entry.kind in _WHOLE_NAME_KINDS)
        for found, entry in named_actors(tokens.text)
        if found.end() - found.start() > 0
    ]
    # "Liwa Shuhada al-Yarmouk", "Jaish al-Sham": a group named by an Arabic unit word
    actors.extend((span, True) for span in arabic_unit_names(tokens.text))
    previous: Match | None = None
    named: set[str] = set()  # the keys of the names read as an outlet's or a unit's
    for match, keeps in zip(matches, big, strict=True):
        before, previous = previous, match
        if match.rejected:
            continue
        start, end = tokens[match.first].start, tokens[match.last].end
        if keeps:
            # a country or a big city keeps its sense ("Israel Defense Forces"), but inside a
            # group's longer name ("Islamic State in Iraq and the Levant") it names the group
            match.rejected = any(
                whole and a.start <= start and end <= a.end and a.end - a.start > end - start
                for a, whole in actors
            )
            continue
        if any(
            a.start <= start and end <= a.end and (a.end - a.start > end - start or whole)
            for a, whole in actors
        ):
            match.rejected = True
            continue
        if match.key in named and match.first == match.last:
            match.rejected = True  # "the Courier said", after "the Chadian Courier"
            continue
        if before is not None and before.demonym and before.last + 1 == match.first:
            told = {places[i].country_code for i in before.ids}
            if not any(places[i].country_code in told for i in match.ids):
                match.rejected = True
                named.add(match.key)
                continue
        nxt = tokens.after(match.last)
        if nxt is not None and not nxt.cap and nxt.fold in _UNIT_NOUNS:
            match.rejected = True
            named.add(match.key)
