"""Line ends inside a sentence read as the sentence they break: hard-wrapped lines and line
separators.

Plain-text wire copy, e-mail and some feeds wrap their paragraphs at 60-80 columns with a plain
newline inside a sentence ("Gunmen killed five farmers in the village of Tsafe in\\nZamfara
state on Monday"). Every newline is a paragraph break to the sentence splitter, so such a line
was a paragraph of its own and the act told across it was lost. Here a newline that wraps a
sentence going on is a space, one for one (offsets stay the body's):

- before a word in lower case: a sentence goes on ("in Zamfara\\nstate on Monday");
- after a word no sentence nor headline ends on (a comma, "in", "the", "and" ...): "in
  the village of\\nTsafe";
- before any other word, when the body is hard-wrapped (no line longer than 100 characters,
  one at least certainly wrapped as above) and the line before is one of its wrapped lines: it
  does not end a sentence (``.``, ``!``, ``?``), it is no longer than the wrap width and the next
  word would not have fitted on it (the width is that of the widest line certainly wrapped).

Real breaks stay breaks: a blank line, a line ending a sentence, a list item ("- ", "* ",
"2. ", "b) "), a dateline ("GUSAU, Nigeria (Reuters) -") and the body's first line before a
capital (a headline: "Gunmen kill five in Zamfara\\nGusau police said ...") unless it ends on a
word that cannot end one.

A line separator (U+2028), as some editors and feeds write a line break, is read by the first
rule alone: before a word in lower case it wraps a sentence going on, a space ("killed five
farmers in Zamfara<U+2028>state on Monday", review58); anywhere else it is the newline it stands
for. It marks no column, so the width is not read of it, and the newlines are read first, a
separator inside their lines as any other character.
"""

from __future__ import annotations

import re

# How much longer than the widest line certainly wrapped another wrapped line may be: textwrap
# and mail clients fill up to the width, and the widest line before a word in lower case is
# seldom the widest of the body.
_SLACK = 5
# Wrapped lines are short; a longer line is a paragraph of its own (our bodies, web copy).
_MAX_WIDTH = 100
_SENTENCE_END = re.compile(r"""[.!?]["'”’)\]]*$""")
# A line that ends a sentence or opens a list ("The dead included:", "killed: 5") before a word in
# lower case ("al-Shabaab fighters ...", "wounded: 12") is no certain wrap.
_ENDS = re.compile(r"""(?:[.!?]["'”’)\]]*|:)$""")
# A row of a table told as labels ("killed: 5", "wounded: 12"), a list's item too.
_LABEL = re.compile(r"[\w-]+(?: [\w-]+)?:\s")
_LIST_ITEM = re.compile(r"(?:[-*•·–—]|\d{1,2}[.)]|[a-z][.)]|\(\w{1,3}\))\s")
_DATELINE = re.compile(r"[A-Z][A-Z'’.-]{2,}(?:\s+[A-Z][A-Z'’.-]{2,}){0,2}\s*[,(—–:-]")
# Words that end no headline: a line of the body's opening that ends on one goes on.
_GOES_ON = frozenset(
    "a an the of in on at to by for from with into near and or but as that which who "
    "after before during against between amid said told".split()
)
# A line separator and the word after it, past any space but no other line end.
_LINE_SEPARATOR = re.compile("\u2028(?=[^\\S\\n\u2028\u2029]*(\\w)?)")


def unwrap_lines(text: str) -> str:
    """``text`` with each line end that wraps a sentence going on written as a space: a newline
    by the rules above (a carriage return before it too), a line separator before a word in
    lower case; every other line separator the newline it stands for. The same length, so
    offsets stay the body's."""
    text = _unwrap_newlines(text)
    if "\u2028" in text:
        text = _LINE_SEPARATOR.sub(_separator_read, text)
    return text


def _separator_read(separator: re.Match[str]) -> str:
    following = separator.group(1)
    return " " if following is not None and _opens_lower(following) else "\n"


def _opens_lower(words: str) -> bool:
    """Whether ``words`` open on a word in lower case: a sentence going on."""
    return words[:1].islower()


def _unwrap_newlines(text: str) -> str:
    if "\n" not in text:
        return text
    lines = text.split("\n")
    bare = [line.rstrip() for line in lines]
    joins = [_continues(bare[i], bare[i + 1]) for i in range(len(lines) - 1)]
    if not any(joins):
        return text
    # The wrap width, where every line is short (a body of paragraphs one a line keeps its line
    # ends before capitals: a heading there is often as short as a wrapped line).
    width = max(len(bare[i]) for i, join in enumerate(joins) if join)
    if max(map(len, bare)) > _MAX_WIDTH:
        width = 0
    pieces: list[str] = []
    for i, line in enumerate(lines[:-1]):
        join = joins[i] or (width > 0 and _wrapped(bare[i], bare[i + 1], width, first=i == 0))
        # past a sentence's end, a word in lower case goes on only on a wrapped line ("the U.S.
        # military"), not after a short line or in a body of paragraphs one a line
        following = bare[i + 1].lstrip()
        join = join or (
            width > 0 and _opens_lower(following) and _fits_no_more(bare[i], following, width)
        )
        if join and line.endswith("\r"):
            pieces.append(line[:-1] + "  ")
        else:
            pieces.append(line + (" " if join else "\n"))
    pieces.append(lines[-1])
    return "".join(pieces)


def _continues(line: str, following: str) -> bool:
    """Whether ``following`` certainly goes on with the sentence of a non-blank ``line``: it
    opens on a word in lower case, or ``line`` ends on a word no sentence or headline ends
    on ("in", "the", a comma), and ``following`` is no list item nor dateline."""
    opening = following.lstrip()
    if not line.strip() or not opening or _LIST_ITEM.match(opening):
        return False
    if _opens_lower(opening):
        return not _ENDS.search(line) and not _LABEL.match(opening)
    return _goes_on(line) and not _DATELINE.match(opening)


def _wrapped(line: str, following: str, width: int, *, first: bool) -> bool:
    """Whether ``line``, before a line not in lower case, is a wrapped line of a body wrapped
    at ``width``."""
    opening = following.lstrip()
    if not line.strip() or not opening or _SENTENCE_END.search(line):
        return False
    if _LIST_ITEM.match(opening) or _DATELINE.match(opening):
        return False
    if first:
        return False
    return _fits_no_more(line, opening, width)


def _fits_no_more(line: str, following: str, width: int) -> bool:
    """Whether ``line`` is as long as a line wrapped at ``width`` and the first word of
    ``following`` would not have fitted on it."""
    opening = following.lstrip()
    if not line.strip() or not opening:
        return False
    next_word = len(opening.split(maxsplit=1)[0])
    return len(line) <= width + _SLACK and len(line) + 1 + next_word > width


def _goes_on(line: str) -> bool:
    words = line.split()
    return line.endswith((",", ";")) or (bool(words) and words[-1] in _GOES_ON)
