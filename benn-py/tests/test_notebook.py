"""The notebook in examples/python/ runs end to end, so it cannot rot:
with nbclient and a kernel when they are installed, else cell by cell in
this process (without the IPython magics)."""

from __future__ import annotations

import json
from typing import Any, Dict, List

import pytest

from conftest import ROOT

NOTEBOOK = ROOT / "examples" / "python" / "benn-analysis.ipynb"


def code_cells() -> List[str]:
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


def test_the_notebook_is_stored_without_outputs() -> None:
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None


def test_the_notebook_runs_with_nbclient() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("matplotlib")
    pytest.importorskip("pandas")
    nb = nbformat.read(str(NOTEBOOK), as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()
    outputs: List[Dict[str, Any]] = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o["output_type"] == "error"]
    kinds = {k for o in outputs for k in o.get("data", {})}
    assert {"text/html", "image/svg+xml"} <= kinds, kinds
    text = "".join(o.get("text", "") for o in outputs if o["output_type"] == "stream")
    assert "weissensee-2023.json         0 errors" in text
    html = "".join(o["data"].get("text/html", "") for o in outputs if "data" in o)
    assert "id.duplicate" in html and "weissensee-2023" in html


def test_the_notebook_code_runs_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pandas")
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    monkeypatch.chdir(NOTEBOOK.parent)
    scope: Dict[str, Any] = {"__name__": "notebook"}
    for i, code in enumerate(code_cells()):
        lines = [line for line in code.splitlines() if not line.lstrip().startswith("%")]
        exec(compile("\n".join(lines), f"{NOTEBOOK.name} cell {i + 1}", "exec"), scope)
    assert scope["overview"]["spent_cents"].sum() == scope["portfolio"]["spent_cents"].sum()
