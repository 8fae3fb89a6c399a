"""The harness's pure parts: percentiles, PSS and CPU time read from /proc texts, the figures'
ratios and JSON line, its options, and the ``newsevents bench`` command's dispatch."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from benchmarks import harness, probes
from benchmarks.latency import LatencyFigures
from benchmarks.pool_run import PoolFigures
from benchmarks.service_run import BacklogFigures
from benchmarks.table import Figures, report_lines

from newsevents import cli
from newsevents.failures import EXIT_CONFIG

SMAPS_ROLLUP = """\
55d0c1e5a000-7ffd5a3f1000 ---p 00000000 00:00 0                          [rollup]
Rss:              215532 kB
Pss:              183127 kB
Pss_Dirty:        160220 kB
Pss_Anon:         158964 kB
Shared_Clean:      36180 kB
"""
# The command name may hold spaces and parentheses: fields are counted after the last ")".
STAT = "4242 (py (worker) 1) S 4200 4242 4200 0 -1 4194304 9 0 0 0 731 52 0 0 20 0 1 0 123 0 0"


def test_percentile_interpolates_between_ranks_like_numpy() -> None:
    values = [float(v) for v in range(1, 101)]
    assert probes.percentile(values, 50) == pytest.approx(50.5)
    assert probes.percentile(values, 95) == pytest.approx(95.05)
    assert probes.percentile(values, 99) == pytest.approx(99.01)
    assert probes.percentile(values, 0) == 1.0 and probes.percentile(values, 100) == 100.0
    assert probes.percentile([3.0, 1.0, 2.0], 50) == 2.0  # unsorted input
    assert probes.percentile([0.25], 99) == 0.25
    assert math.isnan(probes.percentile([], 50))
    with pytest.raises(ValueError, match="within 0-100"):
        probes.percentile(values, 101)


def test_live_latency_percentiles_are_in_ms_and_count_what_never_arrived() -> None:
    live = LatencyFigures(rate=2.0, produced=5, seconds=2.5, latencies_s=[0.4, 0.1, 0.3, 0.2])
    assert live.missing == 1
    assert live.ms(50) == pytest.approx(250.0) and live.ms(99) == pytest.approx(397.0)


def test_pss_is_read_from_smaps_rollup_not_rss() -> None:
    assert probes.pss_kb(SMAPS_ROLLUP) == 183127
    with pytest.raises(ValueError, match="no Pss"):
        probes.pss_kb("Rss: 12 kB\n")


def test_cpu_time_and_parent_come_from_the_fields_after_the_command_name() -> None:
    assert probes.cpu_ticks(STAT) == 731 + 52
    assert probes.parent_pid(STAT) == 4200


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="Linux /proc only")
def test_the_process_tree_holds_the_children_and_their_memory_counts() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        tree = probes.process_tree(os.getpid())
        assert tree[0] == os.getpid() and child.pid in tree
        alone = probes.tree_pss_mb(child.pid)
        assert 0 < alone < probes.tree_pss_mb(os.getpid())
        assert probes.tree_cpu_s(os.getpid()) > 0
    finally:
        child.kill()
        child.wait()


def _figures() -> Figures:
    figures = Figures(
        articles=4, seed=1, cores=2, workers=2, delivery="exactly-once",
        load_average_start=(1.0, 0.5, 0.25), article_kb=6.0, total_s=100.0,
    )  # fmt: skip
    wall = {0: 0.1, 1: 0.2, 2: 0.1, 3: 0.3}
    cpu = {0: 0.1, 1: 0.1, 2: 0.1, 3: 0.2}
    figures.extract_only = PoolFigures(4, 2.0, 1.6, wall, cpu, found=40)
    figures.service = BacklogFigures(4, 2.5, startup_s=3.0, peak_pss_mb=512.0, cores_used=1.28)
    return figures


def test_extract_only_over_spacy_compares_cpu_time_on_the_same_articles() -> None:
    figures = _figures()
    # spaCy ran on the first two articles only: ours took 0.2 s of CPU on them (0.3 s of wall
    # time, the machine being busy then), spaCy 0.8 s of CPU.
    figures.spacy = PoolFigures(2, 1.0, 1.8, {0: 0.4, 1: 0.5}, {0: 0.3, 1: 0.5}, found=10)
    assert figures.extract_only_over_spacy() == pytest.approx(4.0)


def test_service_over_extract_only_by_wall_time_and_per_cpu_second() -> None:
    figures = _figures()
    # 1.6 articles/s on 1.28 cores against 2 articles/s on 1.6 cores: slower, as efficient.
    assert figures.service_over_extract_only() == pytest.approx(0.8)
    assert figures.service_over_extract_only_per_cpu() == pytest.approx(1.0)


def test_the_json_line_has_every_figure_and_null_for_what_was_not_measured() -> None:
    figures = _figures()
    figures.spacy_skipped = "spaCy is not installed"
    line = json.loads(json.dumps(harness._finite(figures.as_json())))  # strict JSON: no NaN
    assert line["service_over_extract_only"] == 0.8
    assert line["peak_pss_mb"] == 512.0 and line["cores_used"] == 1.28
    assert line["service_over_extract_only_per_cpu_s"] == 1.0
    assert line["events_per_article"] == 10.0
    assert line["extract_only_over_spacy"] is None and line["spacy_articles_per_s"] is None
    assert line["spacy_skipped"] == "spaCy is not installed"
    assert line["live_p99_ms"] is None and line["passthrough_articles_per_s"] is None
    table = "\n".join(report_lines(figures))
    assert "(5) spaCy en_core_web_sm                 skipped: spaCy is not installed" in table
    rows = {line[:40].strip(): line[40:].split() for line in table.splitlines()}
    assert rows["service PSS with its workers"] == ["512", "MB", "<", "600", "MB", "yes"]
    assert rows["service / extract-only"] == ["0.80", ">=", "0.85", "NO"]
    assert rows["the same per CPU-second"] == ["1.00", ">=", "0.85", "yes"]
    assert rows["cores used by the service"] == ["1.28", ">=", "1.8", "NO"]
    assert rows["extract-only / spaCy (CPU time)"] == ["nan", ">=", "2", "-"]


def test_options_default_quick_and_overrides() -> None:
    assert harness.parse_args([]).articles == harness.DEFAULT_ARTICLES
    quick = harness.parse_args(["--quick"])
    assert (quick.articles, quick.live_seconds, quick.spacy_articles) == (200, 15.0, 20)
    assert harness.parse_args(["--quick", "--articles", "50"]).articles == 50
    with pytest.raises(SystemExit):
        harness.parse_args(["--articles", "0"])


def test_bench_passes_its_options_to_the_harness(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["bench", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: newsevents bench") and "--articles" in out


def test_other_commands_still_reject_unknown_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["extract", "--articles", "5", "x.json"])
    assert exit_info.value.code == 2
    assert "unrecognized arguments: --articles" in capsys.readouterr().err


def test_bench_outside_a_source_checkout_says_so_in_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(cli, "_CHECKOUT", tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSEVENTS_LOG_LEVEL", "WARNING")
    assert cli.main(["bench", "--quick"]) == EXIT_CONFIG
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("newsevents: bench runs from a source checkout")
