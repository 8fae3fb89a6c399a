"""Comma-less lists of places: "in the towns of Saraqeb Binnish Taftanaz", "in Saraqeb Binnish
and Taftanaz" (pages that lost their commas between the names of a list).

Two names side by side usually make one longer name ("Ammar Saleh", "Sada al-Sharqiya"), and
:mod:`.glued` rejects a place glued to another capitalised word. In a list that lost its commas
every name is glued to the next, so none was read. A run of capitalised names is a list when
its words say so:

- it follows a plural place noun and "of" ("the towns of", "the villages of"), or
- it follows a locative preposition ("in", "at", "near", "on", "around") or a verb of fire or
  assault ("warplanes struck X Y and Z", "shelled X Y and Z") and its last name is joined by
  "and" ("in X Y and Z"), the "and" perhaps before a plural place noun that opens the list's
  last names ("struck X Y and the villages of Z and W": X and Y are the list's first names),

and at least two of its names are in the gazetteer (one after a plural noun). Its names are
then read each as a place (their glue to the next name says nothing), told as where ("in");
but a name beside an Arabic article ("Deir al-Hajar al-Gharbi", "Homs al-Jadida") is as often
part of a longer name and stays glued. A run that holds a title
("Sheikh", "General") is a person's name, whatever precedes it, and so is a run followed by a
verb of speech ("In Kabul Ahmad Shah and Hamid Karim said": who spoke).
"""

from __future__ import annotations

import re

from ....vocabulary import REPORTING_VERBS
from ...shared.keys import ARTICLES, word_set
from ..surface import Match
from ..tokens import Tokens
from ..words import STOPWORDS, TITLES

# Plural nouns of places before "of": "the towns of", "the villages of".
_LIST_NOUNS = word_set(
    "towns villages areas neighbourhoods neighborhoods cities suburbs localities districts "
    "hamlets settlements"
)
_LOCATIVES = word_set("in at near on around")
# The verbs that take the places a raid hit as their object, as "in" does: "warplanes struck Kafr
# Nabl Maarat al-Numan and Saraqib" lists three towns (thirty-fifth round). Verbs only, past
# tense: "hit" and "targeted" before names as often hit a person ("targeted Abu Omar"), but a
# list needs two names the gazetteer knows and a closing "and", which a person's name lacks.
_FIRE_VERBS = word_set(
    "struck shelled bombed bombarded pounded hit targeted raided stormed attacked rocketed strafed"
)
# A run followed by a verb of speech is who spoke, not where: "In Kabul Ahmad Shah and Hamid
# Karim said ..." (the person finder reads the capitalised words before these verbs as people).
_SPEECH = re.compile(rf"(?:{REPORTING_VERBS})", re.IGNORECASE)
# A run of names is a handful: a longer run of capitalised words is a heading or a title line.
_MAX_WORDS = 12


def listed_runs(tokens: Tokens, matches: list[Match]) -> set[tuple[int, int]]:
    """The (first, last) tokens of the matches that lie in a comma-less list of names."""
    listed: set[tuple[int, int]] = set()
    candidates = [m for m in matches if not m.rejected]
    index = 0
    while index < len(tokens) - 1:
        run = _run_after(tokens, index)
        if run is None:
            index += 1
            continue
        first, last, plural = run
        inside = [
            m for m in candidates if first <= m.first and m.last <= last and not _tail(tokens, m)
        ]
        if len(inside) >= (1 if plural else 2):
            listed.update((m.first, m.last) for m in inside)
        index = last + 1
    return listed


def _run_after(tokens: Tokens, cue: int) -> tuple[int, int, bool] | None:
    """The list of names that the word ``cue`` opens, as (first, last) tokens and whether a
    plural noun opens it ("the towns of": one name known is enough), if any."""
    word = tokens[cue].fold
    plural = (
        word == "of"
        and cue > 0
        and tokens[cue - 1].fold in _LIST_NOUNS
        and tokens.gap(cue - 1, cue) == " "
    )
    # a plural place noun and a colon (fiftieth round, raid70): "targeted the following towns:
    # Kafranbel Saraqeb Binnish and Sarmin"
    colon = word in _LIST_NOUNS and tokens.gap(cue, cue + 1).strip() == ":"
    plural = plural or colon
    if not plural and word not in _LOCATIVES and word not in _FIRE_VERBS:
        return None
    if tokens.gap(cue, cue + 1) != " " and not colon:
        return None
    first = cue + 1
    last = _names_end(tokens, first)
    if last is None:
        return None
    end = last
    joined = (
        end + 2 < len(tokens)
        and tokens[end + 1].fold == "and"
        and tokens.gap(end, end + 1) == " "
        and tokens.gap(end + 1, end + 2) == " "
    )
    kind_next = False
    if joined:
        following = _names_end(tokens, end + 2)
        kind_next = following is None and _kind_after(tokens, end + 2)
        end = following or end
    if not plural and end == last and not kind_next:
        return None  # "in X Y": a name of two words as often as two names
    spoken = tokens.word_after(end)
    if spoken is not None and _SPEECH.fullmatch(tokens[spoken].fold):
        return None  # "In Kabul Ahmad Shah and Hamid Karim said": the speakers
    words = [t for t in tokens[first : end + 1] if t.fold not in ARTICLES and t.fold != "and"]
    head = [t for t in tokens[first : last + 1] if t.fold not in ARTICLES]
    if len(words) > _MAX_WORDS or len(head) < 2:
        return None
    if any(
        tokens[i].fold in TITLES and tokens[i - 1].fold not in ARTICLES
        for i in range(first, end + 1)
    ):
        return None  # "Sheikh Ahmad Saleh"; but "Tell al-Sheikh" is a place's name
    return first, end, plural


# A place noun, singular or plural, that opens the list's last names after its "and": "and the
# villages of", "and the town of".
_KIND_NOUNS = _LIST_NOUNS | word_set("town village area neighbourhood neighborhood city suburb")


def _kind_after(tokens: Tokens, index: int) -> bool:
    """Whether a place noun and "of" start at ``index`` ("the villages of Hass and Kafrouma"):
    the names before its "and" close a list of their own."""
    if index < len(tokens) and tokens[index].fold == "the":
        index += 1
    return (
        index + 1 < len(tokens)
        and tokens[index].fold in _KIND_NOUNS
        and tokens[index + 1].fold == "of"
    )


def _tail(tokens: Tokens, match: Match) -> bool:
    """Whether the match and a name beside it may be one longer Arabic name: an article joined
    to a name follows it ("Deir al-Hajar al-Gharbi"), or it opens on an article after a name
    ("Homs al-Jadida"). Such a pair is one name as often as two names of a list."""
    after = match.last + 1
    before = match.first - 1
    followed = (
        after + 1 < len(tokens)
        and tokens[after].fold in ARTICLES
        and tokens.gap(after, after + 1) == "-"
        and tokens.gap(match.last, after) == " "
    )
    opens = (
        before >= 0
        and tokens[match.first].fold in ARTICLES
        and tokens[before].cap
        and tokens.gap(before, match.first) == " "
    )
    return followed or opens


def _names_end(tokens: Tokens, first: int) -> int | None:
    """The last token of the run of capitalised names that starts at ``first`` (Arabic
    articles joined by a hyphen included: "al-Samn"), or None when no name starts there."""
    index = first
    last: int | None = None
    while index < len(tokens):
        token = tokens[index]
        if (
            token.fold in ARTICLES
            and index + 1 < len(tokens)
            and tokens.gap(index, index + 1) == "-"
        ):
            index += 1  # "al-": the article of the name that follows
            continue
        if not token.cap or token.upper or token.fold in STOPWORDS:
            break
        last = index
        if index + 1 >= len(tokens) or tokens.gap(index, index + 1) not in (" ", "-"):
            break
        index += 1
    return last
