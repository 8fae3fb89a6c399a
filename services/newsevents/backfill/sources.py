"""Archived articles from files: JSON Lines (plain, ``.gz``, ``.zst``), folders of them, and the
single-document inputs of ``inputs.py`` (a JSON article or array, plain text).

JSON Lines are streamed in chunks and split into lines here, never read whole: a 2 GB archive
costs a 64 KB buffer and the longest line. Each line is one ``Item`` numbered from 1 as an
editor numbers it (blank lines count, yield nothing), carrying its article or, for a malformed
line, why not (``decode_article``'s dead-letter reasons: ``InvalidJson: ...``).

Compressed files are decompressed with ``zlib`` and ``zstandard``'s decompression objects
rather than ``gzip.open``: both tell a stream that ends inside a frame (a truncated download)
from one that ended cleanly, and both read concatenated members/frames. Such a file, or one
that is not what its name says, becomes one ``unreadable`` item saying how far it got; the
other files are read all the same.

Order and resume: files in name order (of their path below the folder), lines in file order.
``FilePosition(file, line)`` is "everything before ``file`` and its lines 1..``line`` are
done"; ``read(position)`` starts right after it (a compressed file is decompressed again up to
there, a plain one too: simple, and fast next to producing or extracting the rest).
"""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import AsyncGenerator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal

import zstandard

from ..contracts import ArticleMessage
from ..errors import DeadLetter
from ..failures import BadInput
from ..inputs import TextDefaults, read_articles
from ..stream.decode import decode_article

__all__ = [
    "ArchiveSource",
    "FilePosition",
    "Item",
    "archive_files",
]

Problem = Literal["malformed", "unreadable"]

_CHUNK = 64 * 1024
# JSON Lines, optionally compressed; .json and .txt are whole documents (inputs.py).
_LINES = (".jsonl", ".ndjson")
_COMPRESSED = (".gz", ".zst")
_DOCUMENTS = (".json", ".txt")


@dataclass(frozen=True, slots=True)
class Item:
    """One line (or document item) of an archive: its article, or why it has none."""

    source: str  # the file, as named in positions and reports
    number: int  # its line (JSON Lines) or item (documents), from 1
    raw: bytes  # the line without its end, or the article as JSON (documents)
    article: ArticleMessage | None = None
    reason: str | None = None  # why there is no article
    problem: Problem | None = None

    @property
    def where(self) -> str:
        return f"{self.source} line {self.number}"


@dataclass(frozen=True, slots=True)
class FilePosition:
    """``file`` up to its ``line`` and every file before it are done."""

    file: str
    line: int


def archive_files(path: Path) -> list[tuple[str, Path]]:
    """The files to replay under ``path``, as (name, path) in name order; a file is itself."""
    if path.is_file():
        return [(path.name, path)]
    if not path.is_dir():
        raise BadInput(f"{path}: no such file or folder", "give a file or folder of articles")
    found = [
        (child.relative_to(path).as_posix(), child)
        for child in path.rglob("*")
        if child.is_file() and _kind(child.name) is not None
    ]
    if not found:
        raise BadInput(
            f"{path}: no .jsonl, .jsonl.gz, .jsonl.zst, .json or .txt file in this folder",
            "give a folder of article archives, or one file",
        )
    return sorted(found)


def _kind(name: str) -> Literal["lines", "document"] | None:
    lower = name.lower()
    if lower.endswith(_COMPRESSED) or lower.endswith(_LINES):
        return "lines"  # a compressed archive is JSON Lines, whatever is before .gz
    if lower.endswith(_DOCUMENTS):
        return "document"
    return None


class ArchiveSource:
    """The items of a file or folder, from a position on; ``bytes_read`` of ``bytes_total``
    say how far it got, for the progress bar's estimate: bytes of text, of the lines read and
    of the files in all (for compressed files as their headers tell, ``_text_bytes``)."""

    def __init__(
        self,
        path: Path,
        max_body_bytes: int,
        text: TextDefaults | None = None,
    ) -> None:
        self.path = path
        self.files = archive_files(path)
        self.max_body_bytes = max_body_bytes
        self.text = text or TextDefaults()
        self._text = {name: _text_bytes(file) for name, file in self.files}
        self.bytes_total = sum(self._text.values())
        self.bytes_read = 0

    @property
    def description(self) -> str:
        return str(self.path)

    @property
    def total(self) -> int:
        return self.bytes_total

    @property
    def done(self) -> int:
        return self.bytes_read

    def advance(self, position: dict[str, Any], item: Item) -> dict[str, Any]:
        """The checkpoint position once ``item`` is done (files are read in order)."""
        return {"file": item.source, "line": item.number}

    async def items(self, position: dict[str, Any]) -> AsyncGenerator[Item, None]:
        """``read`` after a checkpoint's position, giving the event loop a turn now and then
        (reading is quick, but a long folder must not hold up the producer's I/O)."""
        after = FilePosition(position["file"], int(position["line"])) if position else None
        for count, item in enumerate(self.read(after)):
            if count % 100 == 0:
                await asyncio.sleep(0)
            yield item

    def read(self, after: FilePosition | None = None) -> Iterator[Item]:
        self.bytes_read = 0
        for name, file in self.files:
            if after is not None and name < after.file:
                self.bytes_read += self._text[name]
                continue
            skip = after.line if after is not None and name == after.file else 0
            start = self.bytes_read
            if _kind(name) == "document":
                yield from _document(name, file, self.text, skip)
            else:
                yield from self._lines(name, file, skip, start)
            self.bytes_read = start + self._text[name]

    def _lines(self, name: str, file: Path, skip: int, start: int) -> Iterator[Item]:
        number = 0
        text = self._text[name]
        consumed = 0  # bytes of text (decompressed) up to this line
        try:
            with file.open("rb") as handle:
                chunks = _decompressed(name, handle)
                for number, line in enumerate(_split(chunks, self.max_body_bytes), start=1):
                    consumed += len(line) + 1
                    if number <= skip:
                        continue
                    self.bytes_read = start + min(consumed, text)
                    if line is _TOO_LONG:
                        yield Item(
                            name,
                            number,
                            b"",
                            reason=f"OversizedMessage: a line of more than "
                            f"{self.max_body_bytes} bytes",
                            problem="malformed",
                        )
                    elif line.strip():
                        yield _parse_line(name, number, line, self.max_body_bytes)
        except (_Unreadable, OSError) as error:
            if number + 1 > skip:  # else reported before the position it resumes from
                why = str(error) if isinstance(error, _Unreadable) else _os_reason(error)
                yield _unreadable(name, number, why)


def _parse_line(name: str, number: int, line: bytes, max_body_bytes: int) -> Item:
    line = line.rstrip(b"\r")
    if number == 1:
        line = line.removeprefix(b"\xef\xbb\xbf")  # a byte-order mark some editors write
    try:
        article = decode_article(line, max_body_bytes)
    except DeadLetter as error:
        reason = f"{type(error).__name__}: {error}"
        return Item(name, number, line, reason=reason, problem="malformed")
    return Item(name, number, line, article=article)


def _unreadable(name: str, lines: int, why: str) -> Item:
    reason = f"{why}, after {lines} lines"
    return Item(name, lines + 1, b"", reason=reason, problem="unreadable")


def _os_reason(error: OSError) -> str:
    return f"cannot be read ({error.strerror or error})"


_GUESSED_RATIO = 4  # text bytes per compressed byte when the header does not say


def _text_bytes(file: Path) -> int:
    """The file's size as text, read cheaply: a gzip file's last four bytes (the size of its
    last member, modulo 4 GiB), a zstd frame's content size when the compressor wrote it; else
    a guess. Only the progress estimate uses it: an archive mixing compressed and plain files
    is then estimated evenly."""
    size = _size(file)
    lower = file.name.lower()
    try:
        with file.open("rb") as handle:
            if lower.endswith(".gz") and size >= 18:
                handle.seek(-4, 2)
                said = int.from_bytes(handle.read(4), "little")
                return said if said >= size else size * _GUESSED_RATIO
            if lower.endswith(".zst"):
                said = zstandard.frame_content_size(handle.read(18))
                return said if said >= size else size * _GUESSED_RATIO
    except (OSError, zstandard.ZstdError):
        pass
    return size


def _size(file: Path) -> int:
    try:
        return file.stat().st_size
    except OSError:
        return 0


class _Unreadable(Exception):
    """The file is not what its name says, or ends inside a compressed frame."""


# ------------------------------------------------------------------ decompression and lines


def _decompressed(name: str, handle: BinaryIO) -> Iterator[bytes]:
    lower = name.lower()
    if lower.endswith(".gz"):
        return _gunzip(handle)
    if lower.endswith(".zst"):
        return _unzstd(handle)
    return iter(lambda: handle.read(_CHUNK), b"")


def _gunzip(handle: BinaryIO) -> Iterator[bytes]:
    inflater = zlib.decompressobj(wbits=31)
    started = False
    while chunk := handle.read(_CHUNK):
        while chunk:
            try:
                data = inflater.decompress(chunk)
            except zlib.error as error:
                raise _Unreadable(f"not gzip data ({error})") from None
            started = True
            yield data
            # Another member follows (concatenated .gz files are one valid .gz file).
            chunk = inflater.unused_data if inflater.eof else b""
            if chunk:
                inflater = zlib.decompressobj(wbits=31)
    if started and not inflater.eof:
        raise _Unreadable("truncated: the gzip data ends before its end marker")


def _unzstd(handle: BinaryIO) -> Iterator[bytes]:
    decompressor = zstandard.ZstdDecompressor()
    stream = decompressor.decompressobj()
    pending = False  # a frame has begun and not ended
    while chunk := handle.read(_CHUNK):
        while chunk:
            try:
                data = stream.decompress(chunk)
            except zstandard.ZstdError as error:
                raise _Unreadable(f"not zstd data ({error})") from None
            pending = not stream.eof
            yield data
            chunk = stream.unused_data if stream.eof else b""
            if stream.eof:
                stream = decompressor.decompressobj()
    if pending:
        raise _Unreadable("truncated: the zstd data ends inside a frame")


class _TooLong(bytes):
    """The marker of a line longer than the limit (dropped up to its end)."""


_TOO_LONG = _TooLong(b"")


def _split(chunks: Iterator[bytes], limit: int) -> Iterator[bytes]:
    """Lines of a stream of chunks, without their ``\\n``; a line longer than ``limit`` bytes
    is yielded as ``_TOO_LONG`` (its bytes are not kept), so memory stays bounded."""
    buffer = bytearray()
    dropping = False
    for chunk in chunks:
        start = 0
        while (end := chunk.find(b"\n", start)) != -1:
            if dropping:
                dropping = False
                yield _TOO_LONG
            else:
                buffer += chunk[start:end]
                yield bytes(buffer) if len(buffer) <= limit else _TOO_LONG
            buffer.clear()
            start = end + 1
        if not dropping:
            buffer += chunk[start:]
            if len(buffer) > limit:
                dropping = True
                buffer.clear()
    if dropping:
        yield _TOO_LONG
    elif buffer:
        yield bytes(buffer)


# ------------------------------------------------------------------------- whole documents


def _document(name: str, file: Path, text: TextDefaults, skip: int) -> Iterator[Item]:
    """A JSON article, JSON array or plain text file (``inputs.read_articles``): read whole, as
    ``newsevents extract`` reads it; its items and skipped items are numbered in order."""
    problems: list[str] = []
    number = 0

    def numbered(article: ArticleMessage | None, reason: str | None) -> Item | None:
        nonlocal number
        number += 1
        if number <= skip:
            return None
        if article is None:
            return Item(name, number, b"", reason=reason, problem="malformed")
        raw = article.model_dump_json(exclude_none=True).encode()
        return Item(name, number, raw, article=article)

    def flush() -> Iterator[Item]:
        while problems:
            item = numbered(None, problems.pop(0))
            if item is not None:
                yield item

    report: Callable[[str], None] = problems.append
    try:
        for article in read_articles(str(file), text, report):
            yield from flush()
            item = numbered(article, None)
            if item is not None:
                yield item
        yield from flush()
    except BadInput as error:
        yield from flush()
        item = numbered(None, error.what)
        if item is not None:
            yield item
