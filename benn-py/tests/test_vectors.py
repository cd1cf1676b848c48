"""The shared vectors (`tests/vectors/<case>/`) through the Python bindings:
the same findings, in the same order, as the Rust and JS tests expect."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import benn
from conftest import vector_cases

CASES = vector_cases()
SUPPORTED_OPTIONS = {"today", "known_concepts"}


def test_vectors_dir_is_read() -> None:
    # Always runs, so pytest collects a test even before vectors exist.
    assert isinstance(CASES, list)
    if not CASES:
        pytest.skip("no vectors in tests/vectors yet")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_vector(case: Path) -> None:
    if (case / "log.json").is_file():
        # The findings of a log file checked against input.json: the bindings
        # get log files in issues 7/8.
        pytest.skip("log file cases need log files in the bindings")
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    options = expected.get("options") or {}
    unknown = set(options) - SUPPORTED_OPTIONS
    assert not unknown, f"options the Python test does not pass on yet: {sorted(unknown)}"

    findings = benn.validate(
        (case / "input.json").read_bytes(),
        today=options.get("today"),
        known_concepts=options.get("known_concepts"),
    )

    got = [(f["code"], f["severity"], f["pointer"]) for f in findings]
    want = [(f["code"], f["severity"], f["pointer"]) for f in expected["findings"]]
    assert got == want, expected.get("description", "")
    for i, (f, w) in enumerate(zip(findings, expected["findings"])):
        assert f["line"] >= 1 and f["column"] >= 1, f
        assert f["message"]["de"] and f["message"]["en"], f
        if "line" in w and "column" in w:
            assert (f["line"], f["column"]) == (w["line"], w["column"]), f"finding {i}"
