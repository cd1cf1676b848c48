"""Tracking and evaluation from Python: every figure comes from
`benn_core::eval` / `benn_core::track`; these tests check the calls, the
arguments and that the results hang together."""

from __future__ import annotations

import datetime
import json
import shutil
import warnings
from pathlib import Path

import pytest

import benn
from conftest import EXAMPLES

DAY = datetime.date(2024, 6, 30)


@pytest.fixture(scope="module")
def c23() -> benn.Concept:
    return benn.load(EXAMPLES / "weissensee-2023.json")


@pytest.fixture(scope="module")
def log23(c23: benn.Concept) -> benn.Log:
    return benn.load_log(EXAMPLES / "weissensee-2023.log.json", c23)


@pytest.fixture(scope="module")
def c25() -> benn.Concept:
    return benn.load(EXAMPLES / "weissensee-2025.json")


def test_state_on_a_day(c23: benn.Concept, log23: benn.Log) -> None:
    s = c23.state(DAY, log=log23)
    assert s["as_of"] == "2024-06-30" and len(s["steps"]) == len(c23.all_steps())
    assert [x["id"] for x in s["steps"]] == [x.id for x in c23.all_steps()]
    early = c23.state(datetime.date(2023, 1, 1), log=log23)
    assert sum(x["spent_cents"] for x in early["steps"]) <= sum(x["spent_cents"] for x in s["steps"])
    assert c23.state("2024-06-30", log=log23) == s
    assert c23.state(datetime.datetime(2024, 6, 30, 23, 59), log=log23) == s


def test_rollups_name_their_method(c23: benn.Concept, log23: benn.Log) -> None:
    results = {m: c23.rollup(DAY, m, log=log23) for m in benn.METHODS}
    for m, r in results.items():
        assert r["method"] == m and r["as_of"] == "2024-06-30"
        assert 0 <= r["progress"] <= 100
    assert results["mean"]["weight"] == len(c23.all_steps())
    with pytest.raises(ValueError, match="unknown roll-up method `median`"):
        c23.rollup(DAY, "median")
    with pytest.raises(TypeError):
        c23.rollup(DAY)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="method"):
        c23.rollup(DAY, 1)  # type: ignore[arg-type]


def test_shares_budget_indicators_coverage(c23: benn.Concept, log23: benn.Log) -> None:
    shares = c23.shares(DAY, log=log23)
    assert sum(t["count"] for t in shares["total"]["shares"]) == shares["total"]["steps"] == 31
    budget = c23.budget(DAY, log=log23)
    assert budget["total_budget"] == sum(y.amount_cents for y in c23.budget_years)
    assert budget["total_planned"] == sum(s.planned_cost_cents or 0 for s in c23.all_steps())
    assert budget["total_spent"] == sum(e.spent_cents or 0 for e in log23.entries if e.date <= DAY and not e.corrects) or budget["total_spent"] > 0
    ind = c23.indicators(DAY, log=log23)
    assert {i["id"] for i in ind["indicators"]} == {i.id for g in c23.all_goals() for i in g.indicators}
    cov = c23.coverage()
    assert {"site_areas", "fields", "gaps"} <= set(cov)


@pytest.mark.parametrize("as_of", ["2024-02-30", "30.06.2024", ""])
def test_a_bad_day_is_a_value_error(c23: benn.Concept, as_of: str) -> None:
    with pytest.raises(ValueError, match="as_of"):
        c23.state(as_of)


@pytest.mark.parametrize("as_of", [None, 20240630, [2024, 6, 30]])
def test_a_day_of_another_type_is_a_type_error(c23: benn.Concept, as_of: object) -> None:
    with pytest.raises(TypeError, match="as_of"):
        c23.budget(as_of)  # type: ignore[arg-type]


def test_log_must_be_a_log(c23: benn.Concept) -> None:
    with pytest.raises(TypeError, match="benn.Log"):
        c23.state(DAY, log=EXAMPLES / "weissensee-2023.log.json")  # type: ignore[arg-type]


def test_compare_and_review(c23: benn.Concept, c25: benn.Concept, log23: benn.Log) -> None:
    cmp = c23.compare(c25)
    assert (cmp["old_id"], cmp["new_id"]) == ("weissensee-2023", "weissensee-2025")
    assert c23.compare(c23)["goals"] == [] or all(g["kind"] == "unchanged" for g in c23.compare(c23)["goals"])
    with pytest.raises(TypeError):
        c23.compare("weissensee-2025.json")  # type: ignore[arg-type]
    review = benn.review(c23, c25, datetime.date(2025, 1, 31), log=log23)
    assert review["previous_id"] == "weissensee-2023" and review["next_id"] == "weissensee-2025"
    assert review["judged_on"] == "2024-12-31"
    with pytest.raises(TypeError):
        benn.review(c23, "x", DAY)  # type: ignore[arg-type]


def test_portfolio_of_a_folder_and_of_concepts(c23: benn.Concept, log23: benn.Log, c25: benn.Concept) -> None:
    p = benn.portfolio(EXAMPLES, DAY, "mean")
    assert p["method"] == "mean" and p["total"]["concepts"] == 3
    q = benn.portfolio(str(EXAMPLES), DAY, "mean")
    assert q == p
    items = [(c23, log23), c25, benn.load(EXAMPLES / "allende-viertel-2025.json")]
    # weissensee-2025's own log file is not given here: its spending is missing.
    r = benn.portfolio(items, DAY, "mean")
    assert r["total"]["concepts"] == 3
    with pytest.raises(TypeError, match="Concept"):
        benn.portfolio(["x.json"], DAY, "mean")  # type: ignore[list-item]
    with pytest.raises(NotADirectoryError):
        benn.portfolio(EXAMPLES / "nope", DAY, "mean")


def test_portfolio_as_rows_and_frame() -> None:
    p = benn.portfolio(EXAMPLES, "2026-03-31", "weight")
    rows = benn.portfolio_table(EXAMPLES, "2026-03-31", "weight")
    assert [r["concept"] for r in rows] == [r["concept"] for g in p["districts"] for r in g["rows"]]
    assert sum(r["spent_cents"] for r in rows) == p["total"]["spent"]
    for r in rows:
        assert r["spent_eur"] == r["spent_cents"] / 100 and r["method"] == "weight"
        assert sum(r[f"steps_{t}"] for t in ("done", "on_track", "delayed", "not_started", "postponed", "dropped")) == r["steps"]
    pd = pytest.importorskip("pandas")
    f = benn.portfolio_frame(EXAMPLES, "2026-03-31", "weight")
    assert len(f) == len(rows) and str(f["spent_cents"].dtype) == "Int64"
    assert pd.api.types.is_datetime64_any_dtype(f["last_entry"])
    assert benn.portfolio_table([], DAY, "mean") == []
    with pytest.raises(ValueError, match="method"):
        benn.portfolio_table(EXAMPLES, DAY, "sum")


def test_portfolio_skips_what_it_cannot_read(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "weissensee-2023.json", tmp_path)
    shutil.copy(EXAMPLES / "weissensee-2023.log.json", tmp_path)
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    (tmp_path / "orphan.log.json").write_text(
        json.dumps({"format_version": 3, "concept": "nobody-2023", "entries": []}), encoding="utf-8"
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        p = benn.portfolio(tmp_path, DAY, "cost")
    messages = [str(w.message) for w in caught if issubclass(w.category, benn.BennWarning)]
    assert any("broken.json is skipped" in m for m in messages)
    assert any("nobody-2023" in m for m in messages)
    assert p["total"]["concepts"] == 1 and p["total"]["spent"] > 0


def test_a_log_shows_its_latest_entries(log23: benn.Log) -> None:
    html = log23._repr_html_()
    assert "75 entries, the latest 10" in html and log23.entries[-1].id in html
    assert log23.entries[0].id not in html
    assert "<pre>" in benn.Log.from_dict({"concept": "x", "entries": [1]})._repr_html_()


def test_logs_load_validate_and_write(c23: benn.Concept, log23: benn.Log) -> None:
    assert log23.concept == "weissensee-2023" and len(log23.entries) == 75
    assert all(isinstance(e, benn.LogEntry) and isinstance(e.date, datetime.date) for e in log23.entries)
    assert log23.write() == (EXAMPLES / "weissensee-2023.log.json").read_text(encoding="utf-8")
    assert log23.validate(c23).ok
    other = benn.load(EXAMPLES / "allende-viertel-2025.json")
    with pytest.raises(benn.ValidationError) as info:
        benn.load_log(EXAMPLES / "weissensee-2023.log.json", other)
    assert "log.concept" in {f["code"] for f in info.value.findings}
    assert benn.load_log(EXAMPLES / "weissensee-2023.log.json", other, strict=False) == log23
    assert benn.load_log(EXAMPLES / "weissensee-2023.log.json") == log23
    with pytest.raises(benn.ValidationError):
        benn.load_log(EXAMPLES / "weissensee-2023.json")
    with pytest.raises(TypeError, match="Concept"):
        benn.load_log(EXAMPLES / "weissensee-2023.log.json", "weissensee-2023")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Concept"):
        benn.validate_log(EXAMPLES / "weissensee-2023.log.json", None)  # type: ignore[arg-type]


def test_entries_are_added_and_logs_merged(c23: benn.Concept, log23: benn.Log, tmp_path: Path) -> None:
    a = benn.load_log(log23.write())
    b = benn.load_log(log23.write())
    step = c23.all_steps()[0].id
    ea = a.add_entry(date="2024-07-01", kind="progress", step=step, progress=60)
    eb = b.add_entry(date="2024-07-02", kind="note", step=step, note="Sommerfest")
    assert ea.id != "" and eb.id != ""
    merged = benn.merge_logs(a, b)
    assert isinstance(merged, benn.Merged)
    assert len(merged.log.entries) == 77 if ea.id != eb.id else len(merged.log.entries) >= 76
    assert a.merge(b) == merged
    assert merged.log.validate(c23).ok
    # The same id with different content is a conflict, and the first copy is kept.
    x = benn.load_log(log23.write())
    y = benn.load_log(log23.write())
    x.add_entry(benn.LogEntry(id="dup", date="2024-07-03", kind="note", step=step, note="a"))
    y.add_entry(benn.LogEntry(id="dup", date="2024-07-03", kind="note", step=step, note="b"))
    conflicted = benn.merge_logs(x, y)
    assert [c["conflict"] for c in conflicted.conflicts] == ["same_id"]
    with pytest.raises(TypeError):
        benn.merge_logs(x, "y")  # type: ignore[arg-type]
    path = tmp_path / "merged.log.json"
    merged.log.save(path)
    assert benn.load_log(path) == merged.log


def test_append_entry_keeps_the_text(c23: benn.Concept) -> None:
    text = (EXAMPLES / "weissensee-2023.log.json").read_text(encoding="utf-8")
    entry = benn.LogEntry(id="w-999", date=datetime.date(2024, 7, 1), kind="note", note="Neu")
    out = benn.append_entry(text, entry)
    assert out.startswith(text[: text.rindex("}\n  ]")])
    log = benn.load_log(out, c23)
    assert log.entries[-1] == entry
    assert benn.append_entry(text.encode(), entry) == out
    with pytest.raises(benn.BennError, match="append.syntax"):
        benn.append_entry("{", entry)
    with pytest.raises(TypeError):
        benn.append_entry(text, {"id": "x"})  # type: ignore[arg-type]
    with pytest.raises(benn.ValidationError):
        benn.append_entry(text, benn.LogEntry(id="x", date="2024-07-01", kind="nap"))


def test_concept_saves_canonically(c23: benn.Concept, tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    c23.save(path)
    assert path.read_text(encoding="utf-8") == c23.write()
    assert benn.load(path) == c23
    html = c23._repr_html_()
    assert "weissensee-2023" in html and "<table" in html and "begegnung" in html
