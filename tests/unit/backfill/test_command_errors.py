"""`newsevents replay` refuses contradictory options in two lines, before it connects."""

from __future__ import annotations

import pytest

from newsevents.cli import main
from newsevents.failures import EXIT_BAD_INPUT


@pytest.mark.parametrize(
    ("argv", "what"),
    [
        (["replay"], "replay needs one source: a PATH or --from-topic TOPIC"),
        (["replay", "seeds", "--from-topic", "articles"], "replay needs one source"),
        (["replay", "a.jsonl", "b.jsonl"], "replay takes one PATH, not 'a.jsonl' and 'b.jsonl'"),
        (["replay", "seeds", "--rate", "0"], "--rate 0: not a rate"),
        (["replay", "seeds", "--batch", "0"], "--batch 0: too small"),
        (["replay", "seeds", "--mode", "bulk", "--nice", "-5"], "--nice -5: not a niceness"),
        (["replay", "seeds", "--mode", "bulk", "--nice", "20"], "--nice 20: not a niceness"),
        (["replay", "seeds", "--run-id", "a b"], "--run-id 'a b': letters, digits"),
        (["replay", "seeds", "--since", "2024-03-01"], "--since and --until are for --from-topic"),
        (
            ["replay", "--from-topic", "t", "--since", "2024-03-02", "--until", "2024-03-01"],
            "--until is not after --since",
        ),
        (["replay", "--from-topic", "t", "--since", "yesterday"], "--since yesterday: not a date"),
        (["replay", "no/such/folder"], "no/such/folder: no such file or folder"),
    ],
)
def test_bad_replay_options_are_two_lines_and_exit_65(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str], what: str
) -> None:
    monkeypatch.setenv("NEWSEVENTS_BOOTSTRAP_SERVERS", "localhost:1")  # never reached
    code = main(argv)
    err = capsys.readouterr().err.splitlines()
    assert code == EXIT_BAD_INPUT
    assert err[0].startswith(f"newsevents: {what}"), err
    assert len(err) == 2 and err[1].startswith("  ")
