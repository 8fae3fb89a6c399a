"""Money amounts (ISO 4217) and counts of people or things.

A USD figure the text gives beside a local amount ("200,000 Syrian pounds ($390)") is kept as
``usd_value`` of that amount; we never convert currencies ourselves. Vague counts follow ACLED's
conventions for reporting ("dozens" = 12, "hundreds" = 100, "several" = 3, all approximate), read
by `text/numbers.py` as the death tolls are.
"""

from __future__ import annotations

import re

from ..document import Document, QuantityMention, Span, SpanIndex
from .deaths import find_deaths
from .numbers import COMPOUND, FIGURE, VAGUE_VALUES, WORD_VALUES, is_vague, number_value

_CURRENCIES = {
    "syrian pounds": "SYP",
    "syrian pound": "SYP",
    "syp": "SYP",
    "lebanese pounds": "LBP",
    "lebanese pound": "LBP",
    "iraqi dinars": "IQD",
    "iraqi dinar": "IQD",
    "iranian rials": "IRR",
    "rials": "IRR",
    "tomans": "IRT",
    "turkish lira": "TRY",
    "liras": "TRY",
    "yemeni rials": "YER",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "dollars": "USD",
    "usd": "USD",
    "euros": "EUR",
    "eur": "EUR",
    "pounds sterling": "GBP",
}
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
_MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "k": 1e3, "m": 1e6, "bn": 1e9}
# Number words and vague counts (text/numbers.py); "one" and a bare "dozen" head no plural.
_WORD_NUMBERS = {
    word: value
    for word, value in {**WORD_VALUES, **VAGUE_VALUES}.items()
    if word not in {"one", "dozen"}
}
_NUMBER = FIGURE
_BOUND_WORDS = (
    "up to",
    "as much as",
    "at most",
    "about",
    "around",
    "nearly",
    "almost",
    "approximately",
    "more than",
    "over",
    "some",
)
_BOUND = rf"(?P<bound>{'|'.join(_BOUND_WORDS)})\s+"
# A sum starts with a bound, a currency sign or a figure: the lookahead of their first characters
# comes first, one test that rules the other positions out before the pattern is read at each
# (three times faster, the same matches).
_MONEY_STARTS = "".join(sorted({word[0] for word in _BOUND_WORDS}))
_MONEY = re.compile(
    rf"(?=[{_MONEY_STARTS}$€£\d])(?:{_BOUND})?(?:(?P<symbol>[$€£])\s?(?P<samount>{_NUMBER})(?:\s?(?P<smult>thousand|million|billion|bn|m|k)\b)?"
    rf"|(?P<amount>{_NUMBER})(?:\s(?P<mult>thousand|million|billion))?\s+(?P<currency>"
    + "|".join(sorted((re.escape(c) for c in _CURRENCIES), key=len, reverse=True))
    + r")\b)",
    re.IGNORECASE,
)  # fmt: skip
# A count: no word or hyphen glued before it ("often", "freight" hold no "ten" or "eight"), a
# compound number word whole ("Forty-two soldiers" is 42, not 2).
_COUNT = re.compile(
    rf"(?<![\w-])(?:{_BOUND})?(?<![\w-])(?P<n>{COMPOUND}|{_NUMBER}|"
    + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
    + r")\s+(?:of\s+)?(?:(?:new|armed|local|foreign|more|other)\s+)?(?P<unit>[a-z]+(?:men|ers|ians|ists|ants|ents|ees|ops|ies|ments|cks|ons|ps|les|es|s))\b",
    re.IGNORECASE,
)  # fmt: skip


def find_quantities(doc: Document) -> None:
    text = doc.text
    found: list[QuantityMention] = []
    for match in _MONEY.finditer(text):
        if match.group("symbol"):
            currency = _SYMBOLS[match.group("symbol")]
            value = (number_value(match.group("samount")) or 0.0) * _MULTIPLIERS.get(
                (match.group("smult") or "").lower(), 1
            )
        else:
            currency = _CURRENCIES[match.group("currency").lower()]
            value = (number_value(match.group("amount")) or 0.0) * _MULTIPLIERS.get(
                (match.group("mult") or "").lower(), 1
            )
        found.append(_with_bound(match, "money", value, currency, approximate=False))
    found = _attach_usd(text, found)
    found.extend(find_deaths(text, [q.span for q in found] + [d.span for d in doc.dates]))
    taken = SpanIndex([*(q.span for q in found), *(d.span for d in doc.dates)])
    for match in _COUNT.finditer(text):
        span = Span(match.start(), match.end())
        if taken.overlaps(span) or match.group("unit").lower() in _NOT_UNITS:
            continue
        n = match.group("n").lower()
        value = number_value(n) or 0.0
        found.append(_with_bound(match, "count", value, match.group("unit").lower(), is_vague(n)))
        taken.add(span)
    doc.quantities = sorted(found, key=lambda q: q.span.start)


_NOT_UNITS = frozenset({"years", "days", "weeks", "months", "hours", "minutes", "times", "percent"})


def _with_bound(
    match: re.Match[str], kind: str, value: float, unit: str, approximate: bool
) -> QuantityMention:
    bound = (match.group("bound") or "").lower()
    return QuantityMention(
        span=Span(match.start(), match.end()),
        text=match.group(),
        kind="money" if kind == "money" else "count",
        value=value,
        unit=unit,
        approximate=approximate or bound in {"about", "around", "nearly", "almost", "some"},
        upper_bound=bound in {"up to", "as much as", "at most"},
    )


def _attach_usd(text: str, money: list[QuantityMention]) -> list[QuantityMention]:
    """Fold "X local currency ($Y)" into one mention with ``usd_value``."""
    result: list[QuantityMention] = []
    skip: set[int] = set()
    for i, amount in enumerate(money):
        if i in skip:
            continue
        following = money[i + 1] if i + 1 < len(money) else None
        gap = text[amount.span.end : following.span.start] if following else ""
        if (
            following is not None
            and amount.unit != "USD"
            and following.unit == "USD"
            and re.fullmatch(r"\s*\(\s*(?:about\s+|around\s+|~)?", gap)
        ):
            end = following.span.end + (
                1 if text[following.span.end : following.span.end + 1] == ")" else 0
            )
            result.append(
                QuantityMention(
                    Span(amount.span.start, end), text[amount.span.start : end], "money",
                    amount.value, amount.unit, amount.approximate, amount.upper_bound,
                    usd_value=following.value,
                )
            )  # fmt: skip
            skip.add(i + 1)
        else:
            result.append(amount)
    return result
