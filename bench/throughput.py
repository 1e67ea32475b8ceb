"""Speed and memory of linting, side by side with the alternatives, in one run.

    python bench/throughput.py [--repeat N]

Workload: every draft of the labelled corpus (tests/corpus), then drafts of 10 KB and 100 KB.
Systems: GigGuard's full pipeline (normalise → detectors → rules → rewrite), GigGuard's contact
detectors alone, and the plain-regex baseline (an e-mail and a US phone regex: what a naive
filter does). Reported: drafts per second, latency p50/p95/max, and peak memory (tracemalloc)
per system. Numbers depend on the machine; compare rows of one run, not runs of two machines.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from gigguard.engine.detect import detect
from gigguard.evaluation import load_corpus
from gigguard.lint import lint

ROOT = Path(__file__).resolve().parents[1]
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}")


def baseline(text: str) -> int:
    return len(_EMAIL.findall(text)) + len(_PHONE.findall(text))


SYSTEMS: dict[str, Callable[[str], object]] = {
    "gigguard lint": lambda text: lint(text, "fiverr"),
    "gigguard detectors": lambda text: detect(text, "fiverr"),
    "regex baseline": baseline,
}


def measure(run: Callable[[str], object], drafts: list[str], repeat: int) -> dict[str, float]:
    """Time without tracing (tracemalloc slows everything), then one traced pass for memory."""
    run(drafts[0])  # warm caches (rule packs, confusables table, PSL)
    latencies: list[float] = []
    started = time.perf_counter()
    for _ in range(repeat):
        for draft in drafts:
            t = time.perf_counter()
            run(draft)
            latencies.append(time.perf_counter() - t)
    total = time.perf_counter() - started
    tracemalloc.start()
    for draft in drafts:
        run(draft)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    latencies.sort()
    return {
        "per_second": len(latencies) / total,
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[max(0, int(len(latencies) * 0.95) - 1)] * 1000,
        "max_ms": latencies[-1] * 1000,
        "peak_mib": peak / 2**20,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    arguments = parser.parse_args(argv)
    corpus = [d.text for d in load_corpus([ROOT / "tests" / "corpus"])]
    unit = " ".join(corpus)
    workloads = {
        f"corpus ({len(corpus)} drafts)": corpus,
        "10 KB drafts (x20)": [unit[:10_000]] * 20,
        "100 KB drafts (x3)": [unit[:100_000]] * 3,
    }
    print(f"{'workload':<26}{'system':<21}{'drafts/s':>10}{'p50 ms':>9}{'p95 ms':>9}"
          f"{'max ms':>9}{'peak MiB':>10}")  # fmt: skip
    for workload, drafts in workloads.items():
        for name, run in SYSTEMS.items():
            m = measure(run, drafts, arguments.repeat)
            print(
                f"{workload:<26}{name:<21}{m['per_second']:>10.1f}{m['p50_ms']:>9.2f}"
                f"{m['p95_ms']:>9.2f}{m['max_ms']:>9.2f}{m['peak_mib']:>10.1f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
