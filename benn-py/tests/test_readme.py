"""The README's Python examples run as written (in the repository root), and
a ```text block right after a ```python block is exactly what it prints."""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

import pytest

from conftest import ROOT


def python_blocks() -> List[Tuple[str, Optional[str]]]:
    """Every ```python block of the README with the ```text block that
    follows it directly (blank lines between allowed), if any."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    pattern = r"^```python\n(.*?)^```\n(?:\s*\n)*(?:^```text\n(.*?)^```$)?"
    return [(m.group(1), m.group(2)) for m in re.finditer(pattern, text, flags=re.S | re.M)]


def test_readme_has_a_python_example_with_its_output() -> None:
    blocks = python_blocks()
    assert blocks, "README.md has no ```python block"
    assert any(out for _, out in blocks), "no ```python block is followed by its ```text output"


@pytest.mark.parametrize("index", range(len(python_blocks())))
def test_readme_python_example_prints_its_sample(
    index: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    code, expected = python_blocks()[index]
    if "steps_frame" in code:
        pytest.importorskip("pandas")
    exec(compile(code, f"README.md (python block {index + 1})", "exec"), {"__name__": "readme"})
    out = capsys.readouterr().out
    if expected is not None:
        assert out == expected
