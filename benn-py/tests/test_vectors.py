"""The shared vectors (`tests/vectors/<case>/`) through the Python bindings:
the same findings, in the same order, as the Rust and JS tests expect, field
by field; log-file cases (`log.json`) are checked against their concept."""

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
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    options = expected.get("options") or {}
    unknown = set(options) - SUPPORTED_OPTIONS
    assert not unknown, f"options the Python test does not pass on yet: {sorted(unknown)}"

    source = (case / "input.json").read_bytes()
    if (case / "log.json").is_file():
        concept = benn.load(source, strict=False)
        report = benn.validate_log(
            (case / "log.json").read_bytes(), concept, today=options.get("today")
        )
    else:
        report = benn.validate(
            source, today=options.get("today"), known_concepts=options.get("known_concepts")
        )

    got = [(f.code, f.severity, f.pointer) for f in report]
    want = [(f["code"], f["severity"], f["pointer"]) for f in expected["findings"]]
    assert got == want, expected.get("description", "")
    for i, (f, w, d) in enumerate(zip(report, expected["findings"], report.to_dicts())):
        # Field by field: the object, its dict (the CLI's JSON shape) and the vector agree.
        assert (d["code"], d["severity"], d["pointer"]) == (f.code, f.severity, f.pointer)
        assert f.line is not None and f.column is not None and f.line >= 1 and f.column >= 1, f
        assert (d["line"], d["column"], d["offset"]) == (f.line, f.column, f.offset)
        assert f.message.de and f.message.en, f
        assert d["message"] == {"de": f.message.de, "en": f.message.en}
        assert f.context == d.get("context", {})
        # The path and the pointer name the same place.
        escaped = [str(p).replace("~", "~0").replace("/", "~1") for p in f.path]
        assert "".join("/" + p for p in escaped) == f.pointer
        if "line" in w and "column" in w:
            assert (f.line, f.column) == (w["line"], w["column"]), f"finding {i}"
