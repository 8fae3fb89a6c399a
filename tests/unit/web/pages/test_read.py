"""A page's article text and metadata (trafilatura), on pages the tests ship."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.web.pages.read import read_page
from tests.web_server import PAGES

URL = "https://tigris.example/iraq/tuz-khurmatu-attack"


def test_the_article_text_without_navigation_ticker_related_links_or_comments() -> None:
    page = read_page((PAGES / "tuz-khurmatu-attack.html").read_bytes(), "utf-8", URL)
    assert page.text.splitlines() == [
        "Islamic State gunmen kill four soldiers in attack near Tuz Khurmatu",
        "Islamic State militants attacked an Iraqi army checkpoint near Tuz Khurmatu in "
        "Salahuddin province late on Wednesday, killing four soldiers and wounding three "
        "others, security officials said.",
        "The attackers used rifles and rocket-propelled grenades before fleeing towards the "
        "Hamrin mountains, a police officer in the town told reporters on condition of "
        "anonymity.",
        "The Iraqi army later sent reinforcements to the area and began a search operation, "
        "the Security Media Cell said in a statement on Thursday.",
        "Iraq declared victory over the group in 2017, but its cells still carry out sporadic "
        "attacks in the rural areas between Kirkuk, Salahuddin and Diyala.",
    ]
    for furniture in ("Sinjar", "Nasiriyah", "Golan", "Baqubah", "Home", "Share on", "Comments"):
        assert furniture not in page.text
    assert page.title == "Islamic State gunmen kill four soldiers in attack near Tuz Khurmatu"
    assert page.published == dt.datetime(
        2024, 3, 14, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=3))
    )
    assert page.language == "en"


def test_the_charset_is_guessed_when_the_header_gives_none() -> None:
    page = read_page((PAGES / "arabic-report.html").read_bytes(), None, URL)
    assert page.language == "ar"
    assert page.title == "مقتل أربعة جنود في هجوم قرب طوزخورماتو"
    assert "هاجم مسلحون من تنظيم الدولة الإسلامية" in page.text
    assert "الرئيسية" not in page.text  # the navigation


def test_a_page_of_navigation_has_no_main_text() -> None:
    page = read_page((PAGES / "menu-only.html").read_bytes(), "utf-8", URL)
    assert page.text == ""


def test_declared_languages_other_than_html_lang() -> None:
    meta = (
        b'<html><head><meta http-equiv="Content-Language" content="tr"></head><body></body></html>'
    )
    assert read_page(meta, "utf-8", URL).language == "tr"
    locale = b'<html><head><meta property="og:locale" content="fa_IR"></head><body></body></html>'
    assert read_page(locale, "utf-8", URL).language == "fa_IR"
    assert read_page(b"<html><body><p>x</p></body></html>", None, URL).language is None


@pytest.mark.parametrize("charset", ["undefined", "idna", "base64", "x-unknown"])
def test_a_charset_whose_codec_fails_or_is_unknown_is_guessed_instead(charset: str) -> None:
    """``charset=undefined`` raises UnicodeError even with errors="replace": a page must not
    stop the service that reads it."""
    page = read_page((PAGES / "tuz-khurmatu-attack.html").read_bytes(), charset, URL)
    assert page.text.startswith("Islamic State gunmen kill four soldiers in attack near Tuz")
    assert page.language == "en"
