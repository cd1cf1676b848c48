"""Tables of the core as lists of dicts and as pandas DataFrames."""

from __future__ import annotations

import datetime
import sys

import pytest

import benn
from conftest import EXAMPLES

DAY = datetime.date(2024, 6, 30)
TABLES = ["steps", "goals", "indicators", "log", "state", "rollup", "budget", "coverage"]


@pytest.fixture(scope="module")
def c23() -> benn.Concept:
    return benn.load(EXAMPLES / "weissensee-2023.json")


@pytest.fixture(scope="module")
def log23(c23: benn.Concept) -> benn.Log:
    return benn.load_log(EXAMPLES / "weissensee-2023.log.json", c23)


@pytest.mark.parametrize("name", TABLES)
def test_tables_as_dicts(c23: benn.Concept, log23: benn.Log, name: str) -> None:
    rows = c23.table(name, as_of=DAY, method="weight", log=log23)
    assert isinstance(rows, list) and rows
    keys = list(rows[0])
    assert all(list(r) == keys for r in rows)
    for k in keys:
        if k.endswith("_cents"):
            eur = k[: -len("_cents")] + "_eur"
            assert eur in keys
            for r in rows:
                assert r[k] is None or (isinstance(r[k], int) and r[eur] == r[k] / 100)


def test_steps_as_dicts(c23: benn.Concept) -> None:
    rows = c23.table("steps")
    assert [r["step"] for r in rows] == [s.id for s in c23.all_steps()]
    first = rows[0]
    step = c23.all_steps()[0]
    assert first["planned_cost_cents"] == step.planned_cost_cents
    assert first["start"] is None or isinstance(first["start"], datetime.date)
    assert all(isinstance(code, str) for r in rows for code in r["planning_areas"])
    assert all(len(r["planning_areas"]) == len(r["planning_area_names"]) for r in rows)


def test_table_arguments_are_checked(c23: benn.Concept) -> None:
    with pytest.raises(ValueError, match="no table `nope`"):
        c23.table("nope")
    with pytest.raises(ValueError, match="needs the day"):
        c23.table("state")
    with pytest.raises(ValueError, match="method"):
        c23.table("rollup", as_of=DAY, method="median")
    with pytest.raises(TypeError):
        c23.table(3)  # type: ignore[arg-type]


def test_without_pandas_a_frame_says_how_to_install_it(c23: benn.Concept, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install \./benn-py\[pandas\]"):
        c23.steps_frame()
    assert c23.table("steps")  # the same rows, as dicts


pd = pytest.importorskip("pandas")


def test_steps_frame_dtypes(c23: benn.Concept) -> None:
    f = c23.steps_frame()
    assert len(f) == len(c23.all_steps()) and f.attrs["benn_table"] == "steps"
    assert isinstance(f["status"].dtype, pd.CategoricalDtype)
    assert isinstance(f["field"].dtype, pd.CategoricalDtype)
    assert str(f["planned_cost_cents"].dtype) == "Int64"
    assert str(f["planned_cost_eur"].dtype) == "Float64"
    assert int(f["planned_cost_cents"].sum()) == sum(s.planned_cost_cents or 0 for s in c23.all_steps())
    assert pd.api.types.is_datetime64_any_dtype(f["start"])
    assert pd.api.types.is_string_dtype(f["step"])
    codes = [c for lst in f["planning_areas"] for c in lst]
    assert codes and all(isinstance(c, str) and c.startswith("0") for c in codes)


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("goals_frame", ()),
        ("indicators_frame", ()),
        ("coverage_frame", ()),
        ("state_frame", (DAY,)),
        ("budget_frame", (DAY,)),
        ("rollup_frame", (DAY, "cost")),
    ],
)
def test_every_frame(c23: benn.Concept, log23: benn.Log, method: str, args: tuple) -> None:
    kwargs = {"log": log23} if args else {}
    f = getattr(c23, method)(*args, **kwargs)
    assert isinstance(f, pd.DataFrame) and len(f) > 0
    for col in f.columns:
        if col.endswith("_cents"):
            assert str(f[col].dtype) == "Int64"
        if col in ("as_of", "date", "last_entry", "baseline_date", "target_date"):
            assert pd.api.types.is_datetime64_any_dtype(f[col]), col


def test_log_frames(c23: benn.Concept, log23: benn.Log) -> None:
    f = c23.log_frame(log=log23)
    g = log23.frame()
    assert len(f) == len(g) == 75
    assert pd.api.types.is_datetime64_any_dtype(g["date"])
    assert isinstance(g["kind"].dtype, pd.CategoricalDtype)
    assert int(g["spent_cents"].sum()) == sum(e.spent_cents or 0 for e in log23.entries)
    assert log23.table()[0]["id"] == log23.entries[0].id


def test_budget_frame_sums_exactly(c23: benn.Concept, log23: benn.Log) -> None:
    f = c23.budget_frame(DAY, log=log23)
    report = c23.budget(DAY, log=log23)
    concept_rows = f[f["scope"] == "concept"]
    assert int(concept_rows["budget_cents"].sum()) == report["total_budget"]
    assert int(concept_rows["spent_cents"].sum()) == report["total_spent"]


def test_an_empty_table_is_an_empty_frame() -> None:
    c = benn.Concept(
        id="leer-2025",
        site=benn.Site(name="BENN Leer", district="01", site_type="benn", planning_areas=[]),
        period=benn.Period(start="2025-01", end="2026-12"),
        aim="-",
    )
    f = c.steps_frame()
    assert len(f) == 0 and "planned_cost_cents" in f.columns
    assert c.table("steps") == []


def test_the_garbage_collector_is_left_as_it_was(c23: benn.Concept) -> None:
    import gc

    assert gc.isenabled()
    c23.table("steps")
    assert gc.isenabled()
    gc.disable()
    try:
        c23.steps_frame()
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(ValueError):
        c23.table("nope")
    assert gc.isenabled()
