"""The harness's figures, its table, its JSON line and the issue's targets beside them."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from .latency import LatencyFigures
from .pool_run import PoolFigures
from .service_run import BacklogFigures

NAN = math.nan


@dataclass
class Figures:
    articles: int
    seed: int
    cores: int
    workers: int
    delivery: str
    load_average_start: tuple[float, float, float]
    load_average_end: tuple[float, float, float] = (NAN, NAN, NAN)
    article_kb: float = NAN
    corpus_load_s: float = NAN
    total_s: float = NAN
    passthrough: BacklogFigures | None = None
    extract_only: PoolFigures | None = None
    service: BacklogFigures | None = None
    live: LatencyFigures | None = None
    spacy: PoolFigures | None = None
    spacy_skipped: str | None = field(default=None)

    def service_over_extract_only(self) -> float:
        if self.service is None or self.extract_only is None:
            return NAN
        return self.service.articles_per_s / self.extract_only.articles_per_s

    def service_over_extract_only_per_cpu(self) -> float:
        """The same per second of CPU: on a shared machine the two stages run at different
        moments and get different shares of the cores; per CPU-second that cancels out, and
        what remains is what the plumbing costs (cores used says whether the cores were kept
        busy)."""
        if self.service is None or self.extract_only is None:
            return NAN
        return self.service.articles_per_cpu_s / self.extract_only.articles_per_cpu_s

    def extract_only_over_spacy(self) -> float:
        """spaCy's CPU time over ours on the same articles (the sample (5) ran), each article
        timed in its worker: a throughput ratio that neither the sample's articles nor the
        machine's other load at the two moments can tilt."""
        if self.spacy is None or self.extract_only is None:
            return NAN
        sample = self.spacy.per_article_cpu_s
        ours = sum(self.extract_only.per_article_cpu_s[i] for i in sample)
        return sum(sample.values()) / ours

    def as_json(self) -> dict[str, Any]:
        extract, service, live, spacy = self.extract_only, self.service, self.live, self.spacy
        return {
            "articles": self.articles,
            "seed": self.seed,
            "article_kb": round(self.article_kb, 2),
            "cores": self.cores,
            "workers": self.workers,
            "delivery": self.delivery,
            "load_average_start": list(self.load_average_start),
            "load_average_end": list(self.load_average_end),
            "corpus_load_s": _r(self.corpus_load_s),
            "passthrough_articles_per_s": _r(self.passthrough.articles_per_s)
            if self.passthrough
            else NAN,
            "extract_only_articles_per_s": _r(extract.articles_per_s) if extract else NAN,
            "extract_only_cores_used": _r(extract.cores_used, 2) if extract else NAN,
            "extract_only_articles_per_cpu_s": _r(extract.articles_per_cpu_s, 2)
            if extract
            else NAN,
            "events_per_article": _r(extract.found / extract.articles) if extract else NAN,
            "service_articles_per_s": _r(service.articles_per_s) if service else NAN,
            "service_seconds": _r(service.seconds) if service else NAN,
            "service_startup_s": _r(service.startup_s) if service else NAN,
            "service_articles_per_cpu_s": _r(service.articles_per_cpu_s, 2) if service else NAN,
            "live_rate_articles_per_s": _r(live.rate) if live else NAN,
            "live_articles": live.produced if live else 0,
            "live_missing": live.missing if live else 0,
            "live_p50_ms": _r(live.ms(50)) if live else NAN,
            "live_p95_ms": _r(live.ms(95)) if live else NAN,
            "live_p99_ms": _r(live.ms(99)) if live else NAN,
            "spacy_articles": spacy.articles if spacy else 0,
            "spacy_articles_per_s": _r(spacy.articles_per_s) if spacy else NAN,
            "spacy_skipped": self.spacy_skipped,
            "service_over_extract_only": _r(self.service_over_extract_only(), 3),
            "service_over_extract_only_per_cpu_s": _r(self.service_over_extract_only_per_cpu(), 3),
            "extract_only_over_spacy": _r(self.extract_only_over_spacy(), 3),
            "peak_pss_mb": _r(service.peak_pss_mb) if service else NAN,
            "cores_used": _r(service.cores_used, 2) if service else NAN,
            "service_main_cores_used": _r(service.main_cores, 2) if service else NAN,
            "broker_cores_used": _r(service.broker_cores, 2) if service else NAN,
            "total_s": _r(self.total_s),
        }


def _r(value: float, digits: int = 1) -> float:
    return round(value, digits) if math.isfinite(value) else NAN


def _rate(articles_per_s: float, kb: float) -> str:
    return f"{articles_per_s:>10.1f} {articles_per_s * kb:>9.0f}"


def _load(values: tuple[float, float, float]) -> str:
    return " ".join(f"{v:.2f}" for v in values)


def report_lines(f: Figures) -> list[str]:
    kb = f.article_kb
    lines = [
        f"newsevents bench: {f.articles:,} articles of {kb:.1f} KB (seed {f.seed}), "
        f"{f.cores} cores, {f.workers} workers, {f.delivery}",
        f"load average {_load(f.load_average_start)} at the start, "
        f"{_load(f.load_average_end)} at the end; {f.total_s:.0f} s in all",
        "",
        f"{'':<40} {'articles/s':>10} {'KB/s':>9} {'cores':>6} {'/CPU-s':>6}  notes",
    ]
    if f.passthrough:
        p = f.passthrough
        lines.append(
            f"{'(1) passthrough (no-op extractor)':<40} {_rate(p.articles_per_s, kb)} "
            f"{p.cores_used:>6.2f} {p.articles_per_cpu_s:>6.1f}  {p.seconds:.1f} s"
        )
    if f.extract_only:
        e = f.extract_only
        lines.append(
            f"{'(2) extract-only (process pool)':<40} {_rate(e.articles_per_s, kb)} "
            f"{e.cores_used:>6.2f} {e.articles_per_cpu_s:>6.1f}  {e.seconds:.1f} s, "
            f"{e.found / e.articles:.1f} events/article"
        )
    if f.service:
        s = f.service
        lines.append(
            f"{'(3) service, ' + f.delivery:<40} {_rate(s.articles_per_s, kb)} "
            f"{s.cores_used:>6.2f} {s.articles_per_cpu_s:>6.1f}  {s.seconds:.1f} s "
            f"(+{s.startup_s:.1f} s start-up), peak PSS {s.peak_pss_mb:.0f} MB; "
            f"cores: {s.main_cores:.2f} main process, {s.broker_cores:.2f} local broker"
        )
    if f.live:
        v = f.live
        lines.append(
            f"{'(4) live, produce to event':<40} p50 {v.ms(50):.0f} ms, p95 {v.ms(95):.0f} ms, "
            f"p99 {v.ms(99):.0f} ms at {v.rate:.1f} articles/s "
            f"({v.produced} articles, {v.missing} missing)"
        )
    if f.spacy:
        c = f.spacy
        lines.append(
            f"{'(5) spaCy en_core_web_sm, full pipeline':<40} {_rate(c.articles_per_s, kb)} "
            f"{c.cores_used:>6.2f} {c.articles_per_cpu_s:>6.1f}  the first {c.articles} articles"
        )
    else:
        lines.append(f"{'(5) spaCy en_core_web_sm':<40} skipped: {f.spacy_skipped}")
    lines += ["", "target                                   measured   met"]
    for name, value, goal, met in _targets(f):
        lines.append(f"{name:<40} {value:>9}   {goal}  {met}")
    return lines


def _targets(f: Figures) -> list[tuple[str, str, str, str]]:
    def check(ok: bool | None) -> str:
        return "-" if ok is None else ("yes" if ok else "NO")

    ratio, spacy = f.service_over_extract_only(), f.extract_only_over_spacy()
    per_cpu = f.service_over_extract_only_per_cpu()
    s, live = f.service, f.live
    p99 = live.ms(99) if live else NAN
    rows = [
        ("service / extract-only", f"{ratio:.2f}", ">= 0.85", _ok(ratio, lambda v: v >= 0.85)),
        (
            "  the same per CPU-second",
            f"{per_cpu:.2f}",
            ">= 0.85",
            _ok(per_cpu, lambda v: v >= 0.85),
        ),
        (
            "cores used by the service",
            f"{s.cores_used:.2f}" if s else "-",
            f">= {0.9 * f.cores:.1f}",
            _ok(s.cores_used if s else NAN, lambda v: v >= 0.9 * f.cores),
        ),
        ("live p99 at half capacity", f"{p99:.0f} ms", "< 500 ms", _ok(p99, lambda v: v < 500)),
        (
            "service PSS with its workers",
            f"{s.peak_pss_mb:.0f} MB" if s else "-",
            "< 600 MB",
            _ok(s.peak_pss_mb if s else NAN, lambda v: v < 600),
        ),
        ("extract-only / spaCy (CPU time)", f"{spacy:.2f}", ">= 2", _ok(spacy, lambda v: v >= 2)),
    ]
    return [(name, value, goal, check(met)) for name, value, goal, met in rows]


def _ok(value: float, test: Any) -> bool | None:
    return None if not math.isfinite(value) else bool(test(value))
