"""ACLED's regime periods: "Military Forces of Syria (2000-2024)" names the force by the
government it served, so a state force's name takes the period of the event's date. A country
that seceded later is named as the state it was part of on the event's date: "Toposa Ethnic
Militia (Sudan)" for a raid of 2008, "(South Sudan)" after its independence."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ...actors.dictionary import country_names

# Regime periods by country: first day:label ... ("SY 2000-07-17:2000-2024 2024-12-08:2024-").
_REGIME_TABLE = """
    AF 2014-09-29:2014-2021 2021-08-15:2021-
    BD 2009-01-06:2009-2024 2024-08-08:2024-
    BF 2015-12-29:2015-2022 2022-01-24:2022-
    BI 2005-08-26:2005-2020 2020-06-18:2020-
    BR 2019-01-01:2019-2022 2023-01-01:2023-
    CD 2001-01-26:2001-2019 2019-01-24:2019-
    CF 2016-03-30:2016-
    CM 1982-11-06:1982-
    CO 2010-08-07:2010-2018 2018-08-07:2018-2022 2022-08-07:2022-
    EG 2014-06-08:2014-
    ET 2012-08-21:2012-2018 2018-04-02:2018-
    IL 2009-03-31:2009-2021 2021-06-13:2021-2022 2022-12-29:2022-
    IN 2014-05-26:2014-
    IQ 2014-09-08:2014-2018 2018-10-25:2018-2020 2020-05-07:2020-2022 2022-10-27:2022-
    IR 1989-06-04:1989-
    KE 2002-12-30:2002-2013 2013-04-09:2013-2022 2022-09-13:2022-
    LB 2016-10-31:2016-2022 2022-11-01:2022-2025 2025-01-09:2025-
    ML 2013-09-04:2013-2020 2020-08-19:2020-2021 2021-05-24:2021-
    MM 2011-03-30:2011-2016 2016-03-30:2016-2021 2021-02-01:2021-
    MX 2012-12-01:2012-2018 2018-12-01:2018-2024 2024-10-01:2024-
    MZ 2015-01-15:2015-2025 2025-01-15:2025-
    NE 2011-04-07:2011-2021 2021-04-02:2021-2023 2023-07-26:2023-
    NG 2015-05-29:2015-2023 2023-05-29:2023-
    PH 2016-06-30:2016-2022 2022-06-30:2022-
    PK 2013-06-05:2013-2018 2018-08-18:2018-2022 2022-04-11:2022-2024 2024-03-04:2024-
    RU 2000-05-07:2000-
    SD 1989-06-30:1989-2019 2019-04-11:2019-
    SO 2017-02-08:2017-2022 2022-05-23:2022-
    SS 2011-07-09:2011-
    SY 2000-07-17:2000-2024 2024-12-08:2024-
    TD 1990-12-02:1990-2021 2021-04-20:2021-
    TR 2002-11-18:2002-
    UA 2014-06-07:2014-2019 2019-05-20:2019-
    UG 1986-01-29:1986-
    US 2009-01-20:2009-2017 2017-01-20:2017-2021 2021-01-20:2021-2025 2025-01-20:2025-
    VE 2013-04-19:2013-
    YE 2012-02-25:2012-2022 2022-04-07:2022-
    ZA 2018-02-15:2018-
    ZW 2017-11-24:2017-
"""


def _regimes(table: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """Country code -> ((first day, label), ...) from one line per country of ``table``."""
    regimes: dict[str, tuple[tuple[str, str], ...]] = {}
    for line in table.strip().splitlines():
        code, *periods = line.split()
        regimes[code] = tuple(
            (start, label) for start, _, label in (p.partition(":") for p in periods)
        )
    return regimes


_REGIMES = _regimes(_REGIME_TABLE)
STATE_PREFIX = re.compile(r"^(?P<head>(?:(?:Military|Police) Forces of|Government of)(?: the)?) ")


def regime_period(country_code: str | None, on: dt.date) -> str | None:
    """ "2000-2024" for Syria on 2020-05-01; None when the country has no periods here."""
    label = None
    for start, period in _REGIMES.get(country_code or "", ()):
        if dt.date.fromisoformat(start) <= on:
            label = period
    return label


@cache
def _countries_longest_first() -> tuple[tuple[str, str], ...]:
    """(code, name) of every country, the longest names first (sorted once, not per name)."""
    return tuple(sorted(country_names().items(), key=lambda i: -len(i[1])))


def with_period(name: str, on: dt.date) -> str:
    """ "Military Forces of Syria" -> "Military Forces of Syria (2000-2024)"; a unit after the
    country keeps its place: "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"."""
    head = STATE_PREFIX.match(name)
    if head is None:
        return name
    rest = name[head.end() :]
    # the longest country the rest is or opens with before a space: the rest itself, then its
    # words before each space from the last
    by_name = _countries_by_name()
    ends = [len(rest), *(i for i in range(len(rest) - 1, -1, -1) if rest[i] == " ")]
    for end in ends:
        country = rest[:end]
        code = by_name.get(country)
        if code is None:
            continue
        period = regime_period(code, on)
        if period is None or rest[len(country) :].lstrip().startswith("("):
            return f"{head.group('head')} {rest}"
        tail = rest[len(country) :]
        return f"{head.group('head')} {country} ({period}){tail}"
    return name


@cache
def _countries_by_name() -> dict[str, str]:
    """Country name -> code, the first code of a name in :func:`_countries_longest_first`."""
    by_name: dict[str, str] = {}
    for code, country in _countries_longest_first():
        by_name.setdefault(country, code)
    return by_name


# States that seceded, the day they did and the state they were part of before: a community,
# crowd or armed group of the place is named after the state of the event's day.
_SECESSIONS = (("South Sudan", dt.date(2011, 7, 9), "Sudan"),)


def country_of_the_day(name: str, on: dt.date) -> str:
    """ "Toposa Ethnic Militia (South Sudan)" -> "Toposa Ethnic Militia (Sudan)" before 9 July
    2011: the country in a name's brackets as it was on ``on``."""
    for country, independent, before in _SECESSIONS:
        suffix = f"({country})"
        if on < independent and name.endswith(suffix):
            return f"{name[: -len(suffix)]}({before})"
    return name


# ACLED's word for the militias of an identity group the report does not name changed with its
# codebook: "Unidentified Ethnic Militia" in the notes coded before 2016, "Unidentified Communal
# Militia" since (Kenya's notes: 2 of 4 in 2015, 6 of 7 in 2016, 55 of 65 from 2017 on; every
# country's notes of 2020).
_COMMUNAL_SINCE = dt.date(2016, 1, 1)
_UNNAMED_ETHNIC = "Unidentified Ethnic Militia ("


def militia_word_of_the_day(name: str, on: dt.date) -> str:
    """ "Unidentified Ethnic Militia (Kenya)" -> "Unidentified Communal Militia (Kenya)" for an
    event from 2016 on."""
    if on >= _COMMUNAL_SINCE and name.startswith(_UNNAMED_ETHNIC):
        return "Unidentified Communal Militia (" + name[len(_UNNAMED_ETHNIC) :]
    return name
