"""Seconds per KB of ``extract_events`` on ordinary news text and on hostile wordings.

Articles come from outside; some wordings (capitalised names without a full stop, one word
repeated, one huge word, a sentence of 100 KB) used to make extraction grow faster than
linearly with the text. This prints, at 10 KB and 100 KB, the time per KB of each shape and its
ratio to ordinary news text of the same size (issue 17's target: every shape at 100 KB within
3x ordinary text, none above 5 s). All in one process, after ``warm_up()``:

    .venv/bin/python benchmarks/hostile_text.py [--sizes 10,100] [--shapes a,b] [--timeout 120]

A run over ``--timeout`` seconds is abandoned (and shown as ``>``); the alarm cannot interrupt
a regular expression inside C, so a stuck run ends when that call returns. The texts are
assembled from paragraphs and words written for this benchmark (no evaluation data). This is a
measurement script, not a test: its figures depend on the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import signal
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any

# Paragraphs written for this benchmark in the style of conflict reporting; the events are
# invented, the places and groups real names used generically.
PARAGRAPHS = [
    "Gunmen riding motorcycles attacked a market in Zamfara State on Tuesday, killing at least "
    "eight traders and abducting 15 others, a police spokesman said. Residents said the "
    "attackers came from the forest near Gusau and burned several shops before leaving.",
    "Protesters blocked the main road into Kirkuk on Monday to demand jobs in the oil sector. "
    "Police answered with rubber bullets and tear gas, and 22 people were arrested, according to "
    "a local official who asked not to be named.",
    "Turkish drones struck a vehicle near Qamishli, Hasakah province, on Sunday evening, "
    "killing two members of the Syrian Democratic Forces, the Syrian Observatory for Human "
    "Rights said. The SDF condemned the strike in a statement.",
    "Fighting between the army and Arakan Army insurgents continued for a third day near "
    "Paletwa in Chin State, residents said, forcing hundreds of families to flee across the "
    "river. The military said it had lost four soldiers.",
    "A suicide bomber blew himself up at a checkpoint on the outskirts of Kabul on Thursday "
    "morning, killing six policemen and wounding nine civilians, officials said. No group "
    "immediately claimed responsibility for the attack.",
    "Hundreds of teachers marched through the centre of Nairobi on Wednesday to demand the "
    "payment of salary arrears. The march was peaceful and the union said it would continue "
    "until the government met its demands.",
    "Security forces raided a house in the Karachi suburb of Orangi Town overnight and "
    "arrested three suspected members of a banned militant group, a spokesman for the "
    "counter-terrorism department said on Friday.",
    "Shelling by government forces hit residential areas of Idlib city on Saturday, killing "
    "a woman and her two children, local rescue workers said. Rebels responded by firing "
    "rockets at army positions near Saraqeb.",
]

# Invented casualty names for the list shapes.
_GIVEN = ["Ahmed", "Fatima", "Musa", "Aisha", "Yusuf", "Mariam", "Ibrahim", "Zainab", "Omar"]
_FAMILY = ["Haddad", "Okafor", "Bello", "Rahimi", "Nasser", "Abubakar", "Karimi", "Mansour"]
_MONTHS = ["January", "March", "May", "July", "September", "November"]


def _words(parts: list[str]) -> Iterator[str]:
    index = 0
    while True:
        yield parts[index % len(parts)]
        index += 1


def _names() -> Iterator[str]:
    index = 0
    while True:
        yield f"{_GIVEN[index % len(_GIVEN)]} {_FAMILY[(index * 5) % len(_FAMILY)]}"
        index += 1


def _fill(units: Iterator[str], size: int, glue: str = "") -> str:
    """Units joined by ``glue`` until ``size`` bytes (never over)."""
    parts: list[str] = []
    total = 0
    for unit in units:
        cost = len(unit.encode("utf-8")) + (len(glue) if parts else 0)
        if total + cost > size:
            break
        parts.append(unit)
        total += cost
    return glue.join(parts)


def ordinary(size: int) -> str:
    return _fill(_words(PARAGRAPHS), size, "\n\n")


def _dates() -> Iterator[str]:
    index = 0
    while True:
        yield f"on {index % 28 + 1} {_MONTHS[index % len(_MONTHS)]} {2000 + index % 24},"
        index += 1


def _numbers() -> Iterator[str]:
    index = 0
    while True:
        yield str((index * 7919) % 100000)
        index += 1


def _table_rows() -> Iterator[str]:
    names = _names()
    index = 0
    while True:
        place = ["Gao", "Mopti", "Kidal", "Timbuktu"][index % 4]
        yield f"{next(names)}\t{18 + index % 50}\t{place}\tkilled\t{index % 28 + 1} March"
        index += 1


# Each shape: a name and a function of the size in bytes.
SHAPES: dict[str, Callable[[int], str]] = {
    "ordinary news": ordinary,
    "capitalised names, no full stop": lambda n: _fill(
        _words(["Deir", "Ezzor", "Albu", "Kamal", "Militia", "Forces", "Raqqa", "Islamic"]), n, " "
    ),
    "killed killed ...": lambda n: _fill(_words(["killed"]), n, " "),
    "AlBuKamal without spaces": lambda n: _fill(_words(["AlBuKamal"]), n),
    "AlBuKamal with spaces": lambda n: _fill(_words(["AlBuKamal"]), n, " "),
    "Deir'Ezzor'... (names joined by apostrophes)": lambda n: _fill(_words(["Deir'", "Ezzor'"]), n),
    "al-al-al-...Raqqa": lambda n: "al-" * ((n - 5) // 3) + "Raqqa",
    "one huge word": lambda n: _fill(_words(list("abcdefghijklmnopqrstuvwxyz")), n),
    "numbers only": lambda n: _fill(_numbers(), n, " "),
    "quotes": lambda n: _fill(_words(['"', "“", "'", "”"]), n, " "),
    "Syria, Syria, ...": lambda n: _fill(_words(["Syria"]), n, ", "),
    "one sentence with commas": lambda n: _fill(
        _words([p.replace(".", ",") for p in PARAGRAPHS]), n, ", "
    ),
    "casualty names, commas": lambda n: _fill(_names(), n, ", "),
    "casualty names, lines": lambda n: _fill(_names(), n, "\n"),
    "table with tabs": lambda n: _fill(_table_rows(), n, "\n"),
    "many dates": lambda n: _fill(_dates(), n, " "),
    "triggers and actors, one paragraph": lambda n: _fill(
        _words(
            [
                "Militants attacked soldiers and police killed protesters while rebels shelled "
                "troops, gunmen abducted villagers, the army bombed insurgents, Houthi fighters "
                "clashed with the coalition, and demonstrators burned tyres"
            ]
        ),
        n,
        ", ",
    ),
    "lower-case transcript": lambda n: _fill(
        _words("and then they said the army came and the people ran to the river".split()), n, " "
    ),
    "killed at least 5, repeated": lambda n: _fill(
        _words(["Gunmen killed at least 5 people in Kano."]), n, " "
    ),
    "newlines only": lambda n: "a" + "\n" * (n - 2) + "b",
    "brackets": lambda n: _fill(_words(["(", "[", "Aleppo", ")", "]"]), n, " "),
}


class Timeout(Exception):
    pass


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise Timeout


def _article(text: str) -> Any:
    from newsevents.contracts import ArticleMessage

    return ArticleMessage.model_validate(
        {"id": "hostile", "body": text, "published_at": "2024-05-01T12:00:00Z"}
    )


def timed(run: Callable[[], object], timeout: int, budget: float) -> float | None:
    """Median seconds of ``run`` over repeats for ``budget`` seconds (at least one, at most
    five); ``None`` when one run is over ``timeout`` seconds."""
    timings: list[float] = []
    signal.signal(signal.SIGALRM, _on_alarm)
    while not timings or (sum(timings) < budget and len(timings) < 5):
        signal.alarm(timeout)
        started = time.perf_counter()
        try:
            run()
        except Timeout:
            return None
        finally:
            signal.alarm(0)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100", help="KB, comma-separated (default 10,100)")
    parser.add_argument("--shapes", default="", help="only the shapes whose name contains these")
    parser.add_argument("--timeout", type=int, default=120, help="seconds per run (default 120)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    wanted = [w.strip() for w in args.shapes.split(",") if w.strip()]
    shapes = {
        name: make
        for name, make in SHAPES.items()
        if name == "ordinary news" or not wanted or any(w in name for w in wanted)
    }

    from newsevents.extraction.pipeline import extract_events, warm_up

    loaded = time.perf_counter()
    warm_up()
    out(f"date: {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}")
    out(f"python {platform.python_version()} on {platform.machine()}")
    out(f"warm-up: {time.perf_counter() - loaded:.2f} s")
    header = f"{'shape':<36}" + "".join(
        f" {f'{kb} KB: s':>10} {'ms/KB':>8} {'ratio':>6} {'events':>6}" for kb in sizes
    )
    out(header)
    out("-" * len(header))
    base: dict[int, float] = {}
    for name, make in shapes.items():
        cells = []
        for kb in sizes:
            text = make(kb * 1024)
            article = _article(text)
            real_kb = len(text.encode("utf-8")) / 1024
            found: list[int] = []

            def run(article: Any = article, found: list[int] = found) -> None:
                found.append(len(extract_events(article)))

            seconds = timed(run, args.timeout, budget=2.0 if name == "ordinary news" else 0.0)
            if seconds is None:
                cells.append(f" {f'>{args.timeout}':>10} {'':>8} {'':>6} {'':>6}")
                continue
            per_kb = seconds / real_kb
            if name == "ordinary news":
                base[kb] = per_kb
            ratio = per_kb / base[kb] if kb in base else float("nan")
            cells.append(f" {seconds:>10.2f} {1000 * per_kb:>8.2f} {ratio:>6.1f} {found[-1]:>6}")
        out(f"{name:<36}" + "".join(cells))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
