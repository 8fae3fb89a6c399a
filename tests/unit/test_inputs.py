"""Plain-text articles: which line is the title and what stays in the body."""

from __future__ import annotations

from pathlib import Path

from newsevents.inputs import read_articles


def _one(tmp_path: Path, text: str) -> tuple[str, str]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = read_articles(str(path))
    return article.title, article.body


def test_a_first_line_followed_by_a_blank_line_is_the_title(tmp_path: Path) -> None:
    title, body = _one(tmp_path, "Gunmen raid a market\n\nGunmen raided a market in Lowtown.\n")
    assert title == "Gunmen raid a market"
    assert body.startswith("Gunmen raided a market in Lowtown.")


def test_a_lead_written_right_under_the_title_stays_in_the_body(tmp_path: Path) -> None:
    text = (
        "Gunmen raid a market\nGunmen raided a market in Lowtown on Monday.\n\nPolice said more.\n"
    )
    title, body = _one(tmp_path, text)
    assert title == ""
    assert "Gunmen raided a market in Lowtown on Monday." in body
    assert "Police said more." in body


def test_a_long_first_paragraph_is_body_not_title(tmp_path: Path) -> None:
    lead = "Gunmen raided a market in Lowtown on Monday, " * 6
    title, body = _one(tmp_path, lead + "\n\nPolice said more.\n")
    assert title == ""
    assert body.startswith("Gunmen raided a market")
