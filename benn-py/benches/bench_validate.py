"""How benn.validate compares with Python's own json.loads on the same bytes.

    .venv/bin/python benn-py/benches/bench_validate.py [STEPS ...]

Generates synthetic concepts with `benn synth` (through cargo), then prints the
best of several runs of `json.loads` and of `benn.validate` (full validation,
findings as dicts) for each size.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import benn

ROOT = Path(__file__).resolve().parents[2]


def synth(steps: int) -> bytes:
    cmd = ["cargo", "run", "-q", "--release", "-p", "benn-core", "--bin", "benn", "--", "synth", str(steps)]
    return subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True).stdout


def best(fn, data: bytes, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn(data)
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [100, 10_000, 100_000]
    print(f"{'steps':>8} {'MB':>7} {'json.loads':>12} {'benn.validate':>14} {'ratio':>6}")
    for steps in sizes:
        data = synth(steps)
        runs = 20 if steps <= 10_000 else 5
        assert len(benn.validate(data)) == 0
        t_json = best(json.loads, data, runs)
        t_benn = best(benn.validate, data, runs)
        print(f"{steps:>8} {len(data) / 1e6:>7.1f} {t_json * 1e3:>9.2f} ms {t_benn * 1e3:>11.2f} ms {t_benn / t_json:>6.2f}")


if __name__ == "__main__":
    main()
