"""The gazetteer as one compact file that every process maps read-only and shares.

As Python objects the gazetteer (313,000 places, 566,000 name keys) takes some 220 MB in each
process that loads it, and the service has one process per core. Laid out flat instead (fixed
size records, UTF-8 strings, offset arrays and an open-addressing hash table of the keys) it is
a ~44 MB file: :func:`write_index` writes it once, and each process maps it with :func:`open_index`.
The pages of a mapped file are the operating system's page cache, shared by every process that
maps it and never copied (the mapping is read-only, nothing writes to it, no reference count
lives in it), so N workers cost one copy of the index plus what each decodes.

Layout (native byte order, recorded in the header; each section 8-byte aligned)::

    header      magic, format, byte order, counts, slot bits, CRC-32 of all that follows
    sections    (offset, length) of each section below
    labels      the repeated strings (countries, admin1 names, features, precisions), UTF-8
    label_ends  u32 end offset of each label (starts with 0)
    names       the place names, UTF-8, in place-id order; name_ends: u32 offsets
    records     one _RECORD per place: label ids, position, population, GeoNames id, kind
    keys        the index keys, UTF-8; key_ends: u32 offsets; key_hashes: CRC-32 of each key
    id_ends     u32 offsets into ids; ids: u32 place ids of each key
    slots       the hash table: 1 + key number, or 0 for an empty slot (linear probing)

A file that fails any check (magic, format, byte order, sizes, CRC) raises :class:`BadIndex`:
the caller rebuilds it.
"""

from __future__ import annotations

import io
import mmap
import struct
import sys
import zlib
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast, overload

from ...document import PlacePrecision
from ..shared.keys import light_key, name_key
from .place import Kind, Place

FORMAT = 3  # bump with any change of the layout below
_MAGIC = b"NEVGAZ\r\n"
_BYTE_ORDER = 1 if sys.byteorder == "little" else 2
_HEADER = struct.Struct("=8sIIIIIII")
_SECTIONS = (
    "labels",
    "label_ends",
    "names",
    "name_ends",
    "records",
    "keys",
    "key_ends",
    "key_hashes",
    "id_ends",
    "ids",
    "slots",
)
_TABLE = struct.Struct(f"={2 * len(_SECTIONS)}Q")
# country, admin1, feature, precision (label ids), latitude, longitude, population,
# GeoNames id, kind, curated
_RECORD = struct.Struct("=IIIIddqqBB")
_KINDS = tuple(Kind)
_LOOSE = "~"  # the index namespace of loose keys (as gazetteer.LOOSE)
# Decoded places kept per process: an article touches a few hundred, and the same ones
# (its candidates) many times over; bounded so that a long-running worker stays small.
_DECODED_MAX = 1 << 15
# Likewise the keys looked up last ("Syrian", "Damascus", "The" come back in every article).
_FOUND_MAX = 1 << 15


class BadIndex(ValueError):
    """An index file that cannot be used (truncated, corrupted, another format or machine)."""


@dataclass(frozen=True, slots=True)
class Tables:
    """The gazetteer as :mod:`.build` makes it, in memory: places by id, and the place ids of
    each key (one id bare)."""

    places: list[Place]
    index: dict[str, int | tuple[int, ...]]


def _u32(values: array[int] | list[int]) -> bytes:
    return array("I", values).tobytes()


def write_index(tables: Tables, sink: BinaryIO) -> None:
    """Write the index file of ``tables`` to ``sink``."""
    labels: dict[str, int] = {}
    names = bytearray()
    name_ends = array("I", [0])
    records = bytearray()
    for place in tables.places:
        names += place.name.encode()
        name_ends.append(len(names))
        records += _RECORD.pack(
            labels.setdefault(place.country_code, len(labels)),
            labels.setdefault(place.admin1, len(labels)),
            labels.setdefault(place.feature, len(labels)),
            labels.setdefault(place.precision, len(labels)),
            place.latitude,
            place.longitude,
            place.population,
            place.geonames_id,
            int(place.kind),
            bool(place.curated),
        )
    label_bytes = bytearray()
    label_ends = array("I", [0])
    for label in labels:
        label_bytes += label.encode()
        label_ends.append(len(label_bytes))
    keys = bytearray()
    key_ends = array("I", [0])
    key_hashes = array("I")
    id_ends = array("I", [0])
    ids = array("I")
    for key, found in tables.index.items():
        encoded = key.encode()
        keys += encoded
        key_ends.append(len(keys))
        key_hashes.append(zlib.crc32(encoded))
        ids.extend((found,) if isinstance(found, int) else found)
        id_ends.append(len(ids))
    bits = max(3, (2 * len(key_hashes)).bit_length())  # at most half full: short probes
    mask = (1 << bits) - 1
    slots = array("I", bytes(4 << bits))
    for number, hashed in enumerate(key_hashes):
        slot = hashed & mask
        while slots[slot]:
            slot = (slot + 1) & mask
        slots[slot] = number + 1
    # Written part by part, never joined: the index of a big import is hundreds of MB.
    parts = (
        memoryview(label_bytes),
        memoryview(label_ends),
        memoryview(names),
        memoryview(name_ends),
        memoryview(records),
        memoryview(keys),
        memoryview(key_ends),
        memoryview(key_hashes),
        memoryview(id_ends),
        memoryview(ids),
        memoryview(slots),
    )
    table: list[int] = []
    position = _HEADER.size + _TABLE.size
    for part in parts:
        position += -position % 8
        table += [position, part.nbytes]
        position += part.nbytes
    pieces: list[bytes | memoryview] = [_TABLE.pack(*table)]
    written = _HEADER.size + _TABLE.size
    for part, offset in zip(parts, table[::2], strict=True):
        pieces += [bytes(offset - written), part.cast("B")]  # padding, then the section
        written = offset + part.nbytes
    crc = 0
    for piece in pieces:
        crc = zlib.crc32(piece, crc)
    counts = (len(tables.places), len(key_hashes), len(labels), bits)
    sink.write(_HEADER.pack(_MAGIC, FORMAT, _BYTE_ORDER, *counts, crc))
    for piece in pieces:
        sink.write(piece)


def encode(tables: Tables) -> bytes:
    """The index file of ``tables``."""
    buffer = io.BytesIO()
    write_index(tables, buffer)
    return buffer.getvalue()


def open_index(path: Path) -> Gazetteer:
    """Map the index file at ``path`` read-only (raises OSError, or BadIndex)."""
    with path.open("rb") as handle:
        try:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file cannot be mapped
            raise BadIndex(f"{path} is empty") from None
    return Gazetteer(mapped)


class Gazetteer:
    """All places, and an index from name keys (light, or "~" + loose) to place ids, read from
    an index file's bytes (mapped, or in memory)."""

    def __init__(self, buffer: mmap.mmap | bytes) -> None:
        view = memoryview(buffer)
        if len(view) < _HEADER.size + _TABLE.size:
            raise BadIndex("shorter than its header")
        magic, version, order, places, keys, labels, bits, crc = _HEADER.unpack_from(view)
        if magic != _MAGIC or version != FORMAT or order != _BYTE_ORDER:
            raise BadIndex(f"not a format {FORMAT} index of this machine's byte order")
        if zlib.crc32(view[_HEADER.size :]) != crc:
            raise BadIndex("checksum mismatch: the file was changed or cut short")
        table = _TABLE.unpack_from(view, _HEADER.size)
        sections = {
            name: view[table[2 * n] : table[2 * n] + table[2 * n + 1]]
            for n, name in enumerate(_SECTIONS)
        }
        label_ends = sections["label_ends"].cast("I")
        label_bytes = bytes(sections["labels"])
        self._labels = tuple(
            label_bytes[label_ends[n] : label_ends[n + 1]].decode() for n in range(labels)
        )
        self._buffer = buffer
        self._names_at = table[2 * _SECTIONS.index("names")]
        self._name_ends = sections["name_ends"].cast("I")
        self._records_at = table[2 * _SECTIONS.index("records")]
        self._keys_at = table[2 * _SECTIONS.index("keys")]
        self._key_ends = sections["key_ends"].cast("I")
        self._key_hashes = sections["key_hashes"].cast("I")
        self._id_ends = sections["id_ends"].cast("I")
        self._ids = sections["ids"].cast("I")
        self._slots = sections["slots"].cast("I")
        self._mask = (1 << bits) - 1
        self._keys = keys
        if (
            len(self._name_ends) != places + 1
            or len(sections["records"]) != places * _RECORD.size
            or len(self._key_ends) != keys + 1
            or len(self._key_hashes) != keys
            or len(self._id_ends) != keys + 1
            or len(self._slots) != 1 << bits
        ):
            raise BadIndex("section sizes disagree with the header")
        self._found: dict[str, tuple[int, ...]] = {}
        self.places = PlaceTable(self, places)

    def __len__(self) -> int:
        return len(self.places)

    def lookup(self, key: str) -> tuple[int, ...]:
        """Places under one index key: a light key, or ``"~"`` + a loose key."""
        found = self._found.get(key)
        if found is None:
            found = self._probe(key)
            if len(self._found) >= _FOUND_MAX:
                self._found.clear()
            self._found[key] = found
        return found

    def _probe(self, key: str) -> tuple[int, ...]:
        encoded = key.encode()
        hashed = zlib.crc32(encoded)
        slots, mask = self._slots, self._mask
        slot = hashed & mask
        while number := slots[slot]:
            number -= 1
            if self._key_hashes[number] == hashed:
                start = self._keys_at + self._key_ends[number]
                if self._buffer[start : self._keys_at + self._key_ends[number + 1]] == encoded:
                    return tuple(self._ids[self._id_ends[number] : self._id_ends[number + 1]])
            slot = (slot + 1) & mask
        return ()

    def search(self, name: str) -> list[Place]:
        """All places a name may refer to (any spelling), most populous first."""
        ids = set(self.lookup(light_key(name))) | set(self.lookup(_LOOSE + name_key(name)))
        return sorted((self.places[i] for i in ids), key=lambda p: -p.population)

    def items(self) -> Iterator[tuple[str, tuple[int, ...]]]:
        """Every key and its place ids, in the order they were written."""
        for number in range(self._keys):
            start = self._keys_at + self._key_ends[number]
            key = self._buffer[start : self._keys_at + self._key_ends[number + 1]]
            yield key.decode(), tuple(self._ids[self._id_ends[number] : self._id_ends[number + 1]])

    def tables(self) -> Tables:
        """Everything, decoded into memory (to extend it with an import: slow and big)."""
        index: dict[str, int | tuple[int, ...]] = {
            key: ids[0] if len(ids) == 1 else ids for key, ids in self.items()
        }
        return Tables(list(self.places), index)

    def decode(self, place_id: int) -> Place:
        """The place of one id, read from the file."""
        offset = self._records_at + place_id * _RECORD.size
        (
            country,
            admin1,
            feature,
            precision,
            latitude,
            longitude,
            population,
            geonames_id,
            kind,
            curated,
        ) = _RECORD.unpack_from(self._buffer, offset)
        labels = self._labels
        start = self._names_at + self._name_ends[place_id]
        name = self._buffer[start : self._names_at + self._name_ends[place_id + 1]]
        return Place(
            name.decode(),
            labels[country],
            labels[admin1],
            latitude,
            longitude,
            population,
            labels[feature],
            cast(PlacePrecision, labels[precision]),
            _KINDS[kind],
            geonames_id,
            curated == 1,
        )


class PlaceTable(Sequence[Place]):
    """The places by id, decoded from the index on access; the last ones used are kept."""

    __slots__ = ("_decoded", "_gazetteer", "_length")

    def __init__(self, gazetteer: Gazetteer, length: int) -> None:
        self._gazetteer = gazetteer
        self._length = length
        self._decoded: dict[int, Place] = {}

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, item: int) -> Place: ...
    @overload
    def __getitem__(self, item: slice) -> list[Place]: ...
    def __getitem__(self, item: int | slice) -> Place | list[Place]:
        try:  # the hot path: a place of this article's candidates, already decoded
            return self._decoded[item]  # type: ignore[index]
        except KeyError:
            pass
        except TypeError:  # unhashable: a slice
            assert isinstance(item, slice)
            return [self[n] for n in range(*item.indices(self._length))]
        assert isinstance(item, int)
        place_id = item + self._length if item < 0 else item
        if not 0 <= place_id < self._length:
            raise IndexError("place id out of range")
        decoded = self._decoded
        if len(decoded) >= _DECODED_MAX:
            decoded.clear()
        place = decoded[item] = self._gazetteer.decode(place_id)
        return place

    def __iter__(self) -> Iterator[Place]:
        decode = self._gazetteer.decode
        return (decode(n) for n in range(self._length))
