"""``newsevents extract`` on url-only articles: the page fetched through the guarded client (the
NEWSEVENTS_FETCH_* settings), read and extracted as the service would; a page that gives no
text, or an address the guard refuses, is bad input in words, and a batch goes on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsevents.cli import main
from newsevents.failures import EXIT_BAD_INPUT
from tests.web_server import PageServer, page_server


@pytest.fixture(scope="module")
def server() -> Iterator[PageServer]:
    with page_server() as running:
        yield running


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NEWSEVENTS_BOOTSTRAP_SERVERS", "NEWSEVENTS_GAZETTEER_DIR", "NEWSEVENTS_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NEWSEVENTS_LOG_LEVEL", "WARNING")
    monkeypatch.setenv("NEWSEVENTS_FETCH_RETRIES", "0")


def _write(tmp_path: Path, *articles: dict[str, str]) -> Path:
    path = tmp_path / "links.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in articles))
    return path


def test_a_url_only_article_is_fetched_and_extracted(
    server: PageServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("NEWSEVENTS_FETCH_ALLOW_NETWORKS", "127.0.0.1/32")
    links = _write(
        tmp_path,
        {"id": "tuz", "url": server.url("/article")},
        {"id": "gone", "url": server.url("/gone")},
        {"id": "menu", "url": server.url("/menu")},
    )
    code = main(["extract", str(links)])
    captured = capsys.readouterr()
    events = [json.loads(line) for line in captured.out.splitlines()]
    # An attack on an army post with rifles and rocket-propelled grenades: ACLED's armed clash.
    attack = next(e for e in events if e["event_type"] == "armed_clash")
    assert attack["article_id"] == "tuz"
    assert [(a["name"], a["role"]) for a in attack["actors"]] == [
        ("Islamic State", "actor1"),
        ("Military Forces of Iraq", "actor2"),
    ]
    assert attack["locations"][0]["name"] == "Tuz Khurmatu"
    assert attack["published_at"] == "2024-03-14T09:30:00+03:00"  # the page's date
    assert {e["article_id"] for e in events} == {"tuz"}
    assert code == EXIT_BAD_INPUT  # two lines were skipped
    assert captured.err.splitlines() == [
        f"newsevents: skipped line 2: FetchHttpError: HTTP 404 ({server.url('/gone')})",
        f"newsevents: skipped line 3: NoMainText: the page has no article text "
        f"({server.url('/menu')})",
        "newsevents: 2 skipped (see above); the rest was read",
    ]


def test_the_default_policy_refuses_a_local_page(
    server: PageServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = server.hits["/article"]
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": "tuz", "url": server.url("/article")}))
    assert main(["extract", str(path)]) == EXIT_BAD_INPUT
    assert capsys.readouterr().err.splitlines() == [
        f"newsevents: one.json: FetchRefused: 127.0.0.1: refused: 127.0.0.1 is a loopback "
        f"address ({server.url('/article')})",
        "  a private or local address needs NEWSEVENTS_FETCH_ALLOW_NETWORKS (or "
        "NEWSEVENTS_FETCH_ALLOW_PRIVATE)",
    ]
    assert server.hits["/article"] == before


def test_annotate_says_it_needs_a_body(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": "a", "url": "https://news.example/a"}))
    assert main(["annotate", str(path)]) == EXIT_BAD_INPUT
    assert capsys.readouterr().err.splitlines() == [
        'newsevents: one.json: a url-only article (no "body"): this command reads the text it '
        "is given",
        '  give its "body", or run newsevents extract, which fetches the page',
    ]
