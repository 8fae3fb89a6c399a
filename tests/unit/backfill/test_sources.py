"""Archive sources: formats, folder order, positions, malformed lines and broken files."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import zstandard

from newsevents.backfill.sources import ArchiveSource, FilePosition, Item, archive_files
from newsevents.failures import BadInput


def article(n: int) -> bytes:
    return json.dumps(
        {"id": f"a{n}", "body": f"Report {n}.", "published_at": "2024-03-14T08:00:00Z"}
    ).encode()


def lines(*numbers: int) -> bytes:
    return b"".join(article(n) + b"\n" for n in numbers)


def read(path: Path, after: FilePosition | None = None) -> list[Item]:
    return list(ArchiveSource(path, max_body_bytes=10_000).read(after))


def ids(items: list[Item]) -> list[str | None]:
    return [item.article.id if item.article else None for item in items]


@pytest.mark.parametrize(
    ("name", "pack"),
    [
        ("a.jsonl", lambda data: data),
        ("a.ndjson", lambda data: data),
        ("a.jsonl.gz", gzip.compress),
        ("a.jsonl.zst", lambda data: zstandard.ZstdCompressor().compress(data)),
    ],
)
def test_each_format_yields_its_articles_in_order_with_line_numbers(
    tmp_path: Path, name: str, pack: object
) -> None:
    """Plain, .gz and .zst JSON Lines read alike; blank lines count but yield nothing."""
    data = article(1) + b"\n\n" + article(2) + b"\r\n" + article(3)  # no final newline
    (tmp_path / name).write_bytes(pack(data))  # type: ignore[operator]
    items = read(tmp_path / name)
    assert ids(items) == ["a1", "a2", "a3"]
    assert [(i.source, i.number) for i in items] == [(name, 1), (name, 3), (name, 4)]
    assert items[0].raw == article(1)


def test_a_byte_order_mark_before_the_first_line_is_no_error(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(b"\xef\xbb\xbf" + lines(1, 2))
    assert ids(read(tmp_path / "a.jsonl")) == ["a1", "a2"]


def test_concatenated_gzip_members_and_zstd_frames_are_read_whole(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(lines(1, 2)) + gzip.compress(lines(3)))
    z = zstandard.ZstdCompressor()
    (tmp_path / "b.jsonl.zst").write_bytes(z.compress(lines(4)) + z.compress(lines(5, 6)))
    assert ids(read(tmp_path)) == ["a1", "a2", "a3", "a4", "a5", "a6"]


def test_a_folder_is_read_in_name_order_below_it(tmp_path: Path) -> None:
    """Sorted by the path below the folder; other files are left out."""
    (tmp_path / "b.jsonl").write_bytes(lines(3))
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(lines(1, 2)))
    (tmp_path / "2024").mkdir()
    (tmp_path / "2024" / "c.jsonl").write_bytes(lines(0))
    (tmp_path / "notes.md").write_text("not an archive")
    assert [name for name, _ in archive_files(tmp_path)] == [
        "2024/c.jsonl",
        "a.jsonl.gz",
        "b.jsonl",
    ]
    assert ids(read(tmp_path)) == ["a0", "a1", "a2", "a3"]


def test_a_folder_without_archives_is_bad_input(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("x")
    with pytest.raises(BadInput, match=r"no \.jsonl"):
        archive_files(tmp_path)


def test_malformed_lines_are_items_with_their_line_number_and_reason(tmp_path: Path) -> None:
    data = lines(1) + b"{not json\n" + b'{"id": "x"}\n' + b"[1, 2]\n" + lines(2)
    (tmp_path / "m.jsonl").write_bytes(data)
    items = read(tmp_path / "m.jsonl")
    assert ids(items) == ["a1", None, None, None, "a2"]
    bad = [(i.number, i.problem, i.raw, (i.reason or "").split(":")[0]) for i in items[1:4]]
    assert bad == [
        (2, "malformed", b"{not json", "InvalidJson"),
        (3, "malformed", b'{"id": "x"}', "SchemaViolation"),
        (4, "malformed", b"[1, 2]", "InvalidJson"),
    ]
    assert "body" in (items[2].reason or "")


def test_a_line_over_the_limit_is_rejected_without_being_kept(tmp_path: Path) -> None:
    long = b'{"id": "long", "body": "' + b"x" * 200_000 + b'"}'
    (tmp_path / "l.jsonl").write_bytes(lines(1) + long + b"\n" + lines(2))
    items = read(tmp_path / "l.jsonl")
    assert ids(items) == ["a1", None, "a2"]
    assert items[1].number == 2 and items[1].raw == b""
    assert (items[1].reason or "").startswith("OversizedMessage")


def test_a_truncated_gzip_reports_how_far_it_got_and_the_next_file_is_read(
    tmp_path: Path,
) -> None:
    packed = gzip.compress(lines(*range(1, 2001)), compresslevel=1)
    (tmp_path / "a.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    (tmp_path / "b.jsonl").write_bytes(lines(5000))
    items = read(tmp_path)
    broken = [i for i in items if i.problem == "unreadable"]
    assert len(broken) == 1
    (item,) = broken
    read_lines = item.number - 1
    assert 100 < read_lines < 2000  # the lines before the cut, each whole
    assert ids(items)[:read_lines] == [f"a{n}" for n in range(1, read_lines + 1)]
    assert item.source == "a.jsonl.gz"
    assert f"truncated: the gzip data ends before its end marker, after {read_lines} lines" == (
        item.reason
    )
    assert ids(items)[-1] == "a5000"


def test_a_truncated_zstd_and_a_file_that_is_not_what_it_says_are_reported(
    tmp_path: Path,
) -> None:
    packed = zstandard.ZstdCompressor().compress(lines(*range(1, 500)))
    (tmp_path / "a.jsonl.zst").write_bytes(packed[: len(packed) // 2])
    (tmp_path / "b.jsonl.gz").write_bytes(lines(7))  # plain text named .gz
    (tmp_path / "c.jsonl.zst").write_bytes(b"garbage\n")
    (tmp_path / "d.jsonl").write_bytes(lines(9))
    items = read(tmp_path)
    broken = {i.source: i.reason or "" for i in items if i.problem == "unreadable"}
    assert broken["a.jsonl.zst"].startswith("truncated: the zstd data ends inside a frame")
    assert broken["b.jsonl.gz"].startswith("not gzip data")
    assert broken["c.jsonl.zst"].startswith("not zstd data")
    assert ids(items)[-1] == "a9"


def test_reading_resumes_right_after_a_position(tmp_path: Path) -> None:
    """Files before the position's are skipped, and its lines up to the position."""
    (tmp_path / "a.jsonl").write_bytes(lines(1, 2))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(lines(3, 4, 5)))
    (tmp_path / "c.jsonl").write_bytes(lines(6))
    assert ids(read(tmp_path, FilePosition("b.jsonl.gz", 2))) == ["a5", "a6"]
    assert ids(read(tmp_path, FilePosition("b.jsonl.gz", 3))) == ["a6"]
    assert ids(read(tmp_path, FilePosition("a.jsonl", 0))) == ["a1", "a2", "a3", "a4", "a5", "a6"]


def test_a_resume_past_a_broken_files_report_does_not_report_it_again(tmp_path: Path) -> None:
    packed = gzip.compress(lines(1, 2, 3))
    (tmp_path / "a.jsonl.gz").write_bytes(packed[:-12])  # the trailer cut off
    (tmp_path / "b.jsonl").write_bytes(lines(4))
    (first,) = [i for i in read(tmp_path) if i.problem == "unreadable"]
    again = read(tmp_path, FilePosition(first.source, first.number))
    assert ids(again) == ["a4"]


def test_documents_json_arrays_and_plain_text_are_numbered_items(tmp_path: Path) -> None:
    """A JSON array's bad item keeps its place in the numbering; plain text is one article."""
    array = [json.loads(article(1)), {"id": "no-body"}, json.loads(article(2))]
    (tmp_path / "a.json").write_text(json.dumps(array))
    (tmp_path / "b.txt").write_text("Troops shelled a village.")
    items = read(tmp_path)
    assert ids(items) == ["a1", None, "a2", "b"]
    assert [(i.source, i.number) for i in items] == [
        ("a.json", 1),
        ("a.json", 2),
        ("a.json", 3),
        ("b.txt", 1),
    ]
    assert items[1].reason == 'item 2: the article has no "body"'
    assert ids(read(tmp_path, FilePosition("a.json", 2))) == ["a2", "b"]


def test_progress_counts_text_bytes_so_compressed_and_plain_files_weigh_alike(
    tmp_path: Path,
) -> None:
    """A .gz and a .zst count as the text they hold (their headers say how much), so the
    share done follows the articles read, not the bytes on disk."""
    text = lines(*range(300))
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(text))
    (tmp_path / "b.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(text))
    (tmp_path / "c.jsonl").write_bytes(text)
    source = ArchiveSource(tmp_path, max_body_bytes=10_000)
    assert source.total == 3 * len(text)
    shares = []
    for item in source.read():
        if item.number in (150, 300):  # the middle and the last line of each file
            shares.append(round(source.done / source.total, 2))
    assert shares == [0.17, 0.33, 0.5, 0.67, 0.83, 1.0]
    assert source.done == source.total
