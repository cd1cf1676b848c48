"""Shared paths and inputs of the Python tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Tuple

ROOT = Path(__file__).resolve().parents[2]
VECTORS = ROOT / "tests" / "vectors"
EXAMPLES = ROOT / "examples"


def vector_cases() -> List[Path]:
    """Every `tests/vectors/<case>/` that has an `input.json`, by name."""
    if not VECTORS.is_dir():
        return []
    return sorted(p for p in VECTORS.iterdir() if (p / "input.json").is_file())


def valid_documents() -> List[Tuple[str, bytes]]:
    """Concept documents without error findings: the examples (log files
    `*.log.json` are no concepts), and the vectors that expect no error."""
    docs = [
        (p.name, p.read_bytes())
        for p in sorted(EXAMPLES.glob("*.json"))
        if not p.name.endswith(".log.json")
    ]
    for case in vector_cases():
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        if not any(f["severity"] == "error" for f in expected["findings"]):
            docs.append((case.name, (case / "input.json").read_bytes()))
    return docs
