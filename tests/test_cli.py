"""The `gigguard` command as people run it: a real subprocess."""

import json
import subprocess
import sys
from pathlib import Path


def gigguard(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gigguard", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_json_prints_the_finding_format() -> None:
    result = gigguard("check", "--json", "--platform", "upwork", "😀 mail john at gmail dot com")
    assert result.returncode == 1
    body = json.loads(result.stdout)
    (finding,) = [f for f in body["findings"] if f["category"] == "contact.email"]
    assert (finding["start"], finding["end"], finding["value"]) == (8, 29, "john@gmail.com")


def test_check_reads_stdin_and_exits_0_when_clean() -> None:
    result = gigguard("check", stdin="Thanks, the logo is ready for review.")
    assert result.returncode == 0
    assert "No problems found" in result.stdout


def test_eval_scores_a_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "mini.jsonl"
    lines = [
        {"id": "1", "text": "john at gmail dot com", "labels": [
            {"category": "contact.email", "span": "john at gmail dot com"}]},
        {"id": "2", "text": "I build WhatsApp bots", "labels": []},
    ]  # fmt: skip
    corpus.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    result = gigguard("eval", "--json", str(corpus))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["categories"]["contact.email"]["recall"] == 1.0
    assert report["benign_drafts"] == 1


def test_eval_reports_a_broken_corpus_line(tmp_path: Path) -> None:
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text('{"id": "1", "text": "hi", "labels": [{"category": "x", "span": "zz"}]}\n')
    result = gigguard("eval", str(corpus))
    assert result.returncode == 2
    assert "bad.jsonl:1" in result.stderr and "'zz'" in result.stderr
