"""The feeds file: good entries with their defaults, bad ones named in short messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.web.feeds.file import Feed, FeedFileError, load_feeds, parse_feeds


def test_entries_with_defaults() -> None:
    feeds = parse_feeds(
        """
        [defaults]
        language = "EN"
        interval_s = 600

        [[feed]]
        url = "https://www.Example.org:443/rss/world.xml"
        source = "Example News"
        countries = ["sy", "IQ"]

        [[feed]]
        url = "http://127.0.0.1:8080/feed.atom"
        language = "fa"
        interval_s = 120.5
        """,
        default_interval_s=900,
    )
    assert feeds == [
        Feed(
            url="https://www.Example.org:443/rss/world.xml",
            site="www.example.org",
            interval_s=600,
            source="Example News",
            language="en",
            countries=("SY", "IQ"),
        ),
        Feed(
            url="http://127.0.0.1:8080/feed.atom",
            site="127.0.0.1:8080",
            interval_s=120.5,
            language="fa",
        ),
    ]


def test_the_setting_is_the_default_interval() -> None:
    (feed,) = parse_feeds('[[feed]]\nurl = "https://example.org/rss"\n', default_interval_s=900)
    assert (feed.interval_s, feed.source, feed.language, feed.countries) == (900, None, None, ())


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        (
            '[[feed]]\nurl = "https://a.example/rss"\n[[feed]]\nurl = "ftp://b.example/rss"\n',
            ["feed 2 (ftp://b.example/rss): url: not an http or https URL with a host"],
        ),
        (
            '[[feed]]\nurl = "https://a.example/rss"\ninterval_s = 0\n',
            ["feed 1 (https://a.example/rss): interval_s: input should be greater than 0"],
        ),
        (
            '[[feed]]\nurl = "https://a.example/rss"\nlanguage = "English"\n',
            [
                "feed 1 (https://a.example/rss): language: a two- or three-letter ISO 639 code, "
                "e.g. en, ar, fa, ku, tr"
            ],
        ),
        (
            '[[feed]]\nurl = "https://a.example/rss"\nintervall = 60\n',
            [
                "feed 1 (https://a.example/rss): intervall: unknown key (expected url, source, "
                "language, interval_s, countries)"
            ],
        ),
        ('[[feed]]\nsource = "No URL"\n', ["feed 1: url: field required"]),
        (
            '[[feed]]\nurl = "https://a.example/rss"\n[[feed]]\nurl = "https://A.example/rss#x"\n',
            ["feed 2 (https://A.example/rss#x): the same feed as feed 1"],
        ),
        (
            '[[feed]]\nurl = "https://a.example/rss"\ncountries = ["Syria"]\n',
            ["feed 1 (https://a.example/rss): countries.0: two-letter ISO 3166-1 codes, e.g. SY"],
        ),
        ("", ["no feeds: add a [[feed]] table with a url"]),
        (
            '[feeds]\nurl = "https://a.example/rss"\n',
            [
                "unknown table or key feeds (expected [defaults], [[feed]])",
                "no feeds: add a [[feed]] table with a url",
            ],
        ),
        (
            '[defaults]\ninterval_s = "often"\n[[feed]]\nurl = "https://a.example/rss"\n',
            [
                "[defaults]: interval_s: input should be a valid number, "
                "unable to parse string as a number"
            ],
        ),
    ],
)
def test_bad_entries_are_named(text: str, problems: list[str]) -> None:
    with pytest.raises(FeedFileError) as raised:
        parse_feeds(text, default_interval_s=900, name="feeds.toml")
    assert raised.value.problems == problems
    assert str(raised.value).startswith("feeds.toml: ")


def test_every_bad_entry_is_listed_and_good_ones_do_not_hide_them() -> None:
    text = (
        '[[feed]]\nurl = "https://a.example/rss"\n'
        '[[feed]]\nurl = "https://b.example/rss"\ninterval_s = -5\n'
        '[[feed]]\nurl = "https://c.example/rss"\n'
        '[[feed]]\nurl = "gopher://d.example/"\n'
    )
    with pytest.raises(FeedFileError) as raised:
        parse_feeds(text, default_interval_s=900)
    assert [p.split(":")[0] for p in raised.value.problems] == [
        "feed 2 (https",
        "feed 4 (gopher",
    ]


def test_invalid_toml_says_where() -> None:
    with pytest.raises(FeedFileError) as raised:
        parse_feeds('[[feed]]\nurl = "https://a.example/rss\n', default_interval_s=900)
    (problem,) = raised.value.problems
    assert problem.startswith("not valid TOML: ") and "line 2" in problem


def test_an_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(FeedFileError) as raised:
        load_feeds(tmp_path / "missing.toml", default_interval_s=900)
    assert raised.value.problems == ["cannot read it (No such file or directory)"]
