"""The README's Python example runs as written (in the repository root)."""

from __future__ import annotations

import re
from typing import List

import pytest

from conftest import ROOT


def python_blocks() -> List[str]:
    """Every ```python block of the README."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```$", text, flags=re.S | re.M)


def test_readme_has_a_python_example() -> None:
    assert python_blocks(), "README.md has no ```python block"


@pytest.mark.parametrize("index", range(len(python_blocks())))
def test_readme_python_example_runs(
    index: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    code = python_blocks()[index]
    exec(compile(code, f"README.md (python block {index + 1})", "exec"), {"__name__": "readme"})
    out = capsys.readouterr().out
    assert "error[id.duplicate]" in out, out
