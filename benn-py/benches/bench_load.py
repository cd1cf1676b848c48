"""Loading a concept from bytes into objects, against the native core and
against the usual Python routes, on the same bytes. Prints figures; not a test.

    .venv/bin/python benn-py/benches/bench_load.py [STEPS ...]

For each synthetic concept (`benn.synth`, default 10 000 and 100 000 steps):

- native: `benn_core::parse` + `validate` + the concept, timed inside Rust
  (`benn._benn.native_load_seconds`), no Python in the loop;
- benn.load: the same from Python (strict: every rule), returning a Concept;
- pydantic v2 `model_validate_json` on models generated from benn's schema with
  datamodel-code-generator (needs `pip install pydantic datamodel-code-generator`);
- `json.loads` + `jsonschema_rs` with benn's schema (needs `pip install jsonschema-rs`);
- the steps DataFrame of the concept (`concept.steps_frame()`, needs pandas).

Each figure is the best of several runs. Tools that are not installed are skipped.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Optional

import benn
from benn import _benn


def best(fn: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def pydantic_model() -> Optional[Any]:
    """The root model generated from benn's schema, or None."""
    try:
        import pydantic  # noqa: F401
    except ImportError:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        schema = Path(tmp) / "benn.schema.json"
        schema.write_text(json.dumps(benn.schema()), encoding="utf-8")
        out = Path(tmp) / "benn_models.py"
        cmd = [
            sys.executable, "-m", "datamodel_code_generator",
            "--input", str(schema), "--input-file-type", "jsonschema",
            "--output", str(out), "--output-model-type", "pydantic_v2.BaseModel",
            "--class-name", "BennConcept",
        ]
        try:
            subprocess.run(cmd, check=True, capture_output=True)
        except (OSError, subprocess.CalledProcessError) as e:
            print(f"datamodel-code-generator failed: {e}", file=sys.stderr)
            return None
        sys.path.insert(0, tmp)
        try:
            module = importlib.import_module("benn_models")
        finally:
            sys.path.remove(tmp)
    return getattr(module, "BennConcept", None)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    model = pydantic_model()
    try:
        import jsonschema_rs  # type: ignore[import-not-found, unused-ignore]

        validator: Optional[Any] = jsonschema_rs.validator_for(benn.schema())
    except ImportError:
        validator = None
    print(f"{'steps':>8} {'MB':>6} {'native':>10} {'benn.load':>10} {'ratio':>6} "
          f"{'pydantic':>10} {'json+jsrs':>10} {'steps_frame':>12}")
    for steps in sizes:
        data = benn.synth(steps).write().encode()
        runs = 10 if steps <= 10_000 else 3
        native = _benn.native_load_seconds(data, runs)
        load = best(lambda: benn.load(data), runs)
        pyd = best(lambda: model.model_validate_json(data), runs) if model else None
        jsrs = best(lambda: validator.validate(json.loads(data)), runs) if validator else None
        concept = benn.load(data)
        try:
            frame: Optional[float] = best(concept.steps_frame, runs)
        except ImportError:
            frame = None

        def ms(t: Optional[float]) -> str:
            return "-" if t is None else f"{t * 1e3:.1f} ms"

        print(f"{steps:>8} {len(data) / 1e6:>6.1f} {ms(native):>10} {ms(load):>10} {load / native:>6.2f} "
              f"{ms(pyd):>10} {ms(jsrs):>10} {ms(frame):>12}")


if __name__ == "__main__":
    main()
