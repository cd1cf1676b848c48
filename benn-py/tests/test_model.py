"""The model classes: reading attributes, editing, building a concept from
scratch, writing back losslessly and canonically (the core's `write`)."""

from __future__ import annotations

import copy
import datetime
import json
from pathlib import Path

import pytest

import benn
from conftest import EXAMPLES

W23 = EXAMPLES / "weissensee-2023.json"
DAY = datetime.date(2024, 6, 30)


@pytest.fixture
def concept() -> benn.Concept:
    return benn.load(W23)


def minimal() -> benn.Concept:
    return benn.Concept(
        id="neu-2025",
        title="Neues Konzept",
        site=benn.Site(name="BENN Neu", district="03", site_type="benn", planning_areas=[]),
        period=benn.Period(start="2025-01", end="2026-12"),
        aim="Zusammenhalt stärken",
    )


@pytest.mark.parametrize("path", sorted(p for p in EXAMPLES.glob("*.json") if not p.name.endswith(".log.json")))
def test_writing_back_is_the_cores_canonical_text(path: Path) -> None:
    c = benn.load(path)
    text = c.write()
    assert json.loads(text) == benn.read(path)
    if path.name == "weissensee-2023.json":  # checked in canonically
        assert text == path.read_text(encoding="utf-8")
    assert benn.load(text) == c
    # Through the Python dict and back: the same canonical text.
    again = benn.Concept.from_dict(json.loads(c.to_json()))
    assert again.write() == text


def test_load_takes_every_kind_of_source(concept: benn.Concept) -> None:
    text = W23.read_text(encoding="utf-8")
    for source in (W23, str(W23), text, text.encode(), bytearray(text.encode()), memoryview(text.encode()), json.loads(text)):
        assert benn.load(source) == concept, type(source)
    assert benn.load(concept) == concept
    with pytest.raises(benn.ValidationError):
        benn.load(b"{")
    with pytest.raises(benn.ValidationError) as info:
        benn.load({"format_version": 3})
    assert "field.missing" in {f["code"] for f in info.value.findings}
    with pytest.raises(TypeError, match="strict"):
        benn.load(W23, strict="yes")  # type: ignore[arg-type]


def test_attributes_are_readable(concept: benn.Concept) -> None:
    assert concept.id == "weissensee-2023"
    assert concept.title == "Für Teilhabe und Zusammenhalt in Weißensee"
    assert isinstance(concept.site, benn.Site) and concept.site.district == "03"
    assert concept.period is not None and (concept.period.start, concept.period.end) == ("2023-01", "2024-12")
    assert str(concept.period) in {"2023/2024", "2023-01 – 2024-12"}
    assert all(isinstance(a, benn.Area) and a.code.isdigit() for a in concept.site.planning_areas)
    field = concept.action_fields[0]
    assert isinstance(field, benn.ActionField) and field.key == "begegnung"
    goal = field.goals[0]
    assert isinstance(goal, benn.Goal) and goal.steps and goal.id
    step = goal.steps[0]
    assert isinstance(step, benn.Step) and step.status in {"planned", "in_progress", "done", "postponed", "dropped"}
    assert step.planned_cost_cents is None or step.planned_cost_eur == step.planned_cost_cents / 100
    assert len(concept.all_steps()) == 31 and len(concept.all_goals()) == sum(len(f.goals) for f in concept.action_fields)
    assert all(isinstance(y, benn.YearBudget) for y in concept.budget_years)
    assert [y.amount_eur for y in concept.budget_years] == [y.amount_cents / 100 for y in concept.budget_years]
    indicators = [i for g in concept.all_goals() for i in g.indicators]
    assert indicators and all(isinstance(i, benn.Indicator) for i in indicators)
    with_baseline = [i for i in indicators if i.baseline is not None]
    for i in with_baseline:
        assert isinstance(i.baseline, benn.Measurement)
        assert i.baseline.date is None or isinstance(i.baseline.date, datetime.date)


def test_reprs_are_short_and_readable(concept: benn.Concept) -> None:
    r = repr(concept)
    assert r.startswith("Concept(id='weissensee-2023'") and "steps=31" in r
    assert repr(concept.action_fields[0].goals[0].steps[0]).startswith("Step(id=")
    assert repr(benn.Step(id="s", text="t", status="planned")) == "Step(id='s', status='planned', text='t')"
    assert "planning_areas=[" in repr(concept.site)
    assert repr(benn.Log(concept="k")) == "Log(concept='k', entries=0)"


def test_equality_is_by_value(concept: benn.Concept) -> None:
    other = benn.load(W23)
    assert concept == other and concept is not other
    assert concept.action_fields[0] == other.action_fields[0]
    assert concept.action_fields[0] != other.action_fields[1]
    other.action_fields[0].goals[0].steps[0].status = "dropped"
    assert concept != other
    assert benn.Step(id="a", text="t", status="done") == benn.Step(id="a", text="t", status="done")
    assert benn.Step(id="a", text="t", status="done") != benn.Goal(id="a", text="t")
    with pytest.raises(TypeError):
        hash(concept)


def test_editing_shows_in_writing_and_evaluation(concept: benn.Concept) -> None:
    before = concept.shares(DAY)
    steps = concept.action_fields[0].goals[0].steps
    for s in steps:
        s.status = "dropped"
    after = concept.shares(DAY)
    assert after != before  # the core saw the change
    assert concept.state(DAY)["steps"][0]["track"] == "dropped"
    text = concept.write()
    assert all(s["status"] == "dropped" for s in json.loads(text)["action_fields"][0]["goals"][0]["steps"])
    concept.title = None
    assert "title" not in json.loads(concept.write())
    concept.site.planning_areas[0].name = "Umbenannt"
    assert json.loads(concept.write())["site"]["planning_areas"][0]["name"] == "Umbenannt"


def test_lists_are_live(concept: benn.Concept) -> None:
    goal = concept.action_fields[0].goals[0]
    n = len(goal.steps)
    goal.steps.append(benn.Step(id="s-neu", text="Neuer Schritt", status="planned", planned_cost_cents=12345))
    assert len(goal.steps) == n + 1 and goal.steps[-1].id == "s-neu"
    goal.steps[-1].partners.append("Stadtteilbibliothek")
    assert concept.action_fields[0].goals[0].steps[-1].partners == ["Stadtteilbibliothek"]
    del goal.steps[-1]
    assert len(goal.steps) == n
    goal.target_groups = ["Kinder", "Eltern"]
    assert list(goal.target_groups) == ["Kinder", "Eltern"]
    goal.target_groups[0] = "Jugendliche"
    assert goal.to_dict()["target_groups"] == ["Jugendliche", "Eltern"]
    assert goal.steps[0:2] == [goal.steps[0], goal.steps[1]]
    with pytest.raises(TypeError, match="holds Step"):
        goal.steps.append("s-x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="holds str"):
        goal.target_groups.append(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be a list"):
        goal.target_groups = "Kinder"
    with pytest.raises(IndexError):
        goal.steps[1000]


def test_a_part_of_another_document_is_copied_in(concept: benn.Concept) -> None:
    other = minimal()
    field = concept.action_fields[0]
    other.action_fields.append(field)  # belongs to `concept`: copied
    other.action_fields[0].title = "Anders"
    assert field.title != "Anders"
    mine = benn.ActionField(key="netzwerk", title="Netzwerk")
    other.action_fields.append(mine)  # belongs to no document: joins `other`
    mine.title = "Netzwerk und Quartier"
    assert other.action_fields[-1].title == "Netzwerk und Quartier"
    log = benn.Log(concept=other.id, entries=list(concept.log))
    assert len(log.entries) == len(concept.log)


def test_a_concept_is_built_from_scratch_and_written() -> None:
    c = minimal()
    field = benn.ActionField(key="begegnung", title="Begegnung")
    c.action_fields.append(field)
    goal = benn.Goal(id="z-1", text="Nachbarn lernen sich kennen")
    field.goals.append(goal)
    goal.steps.append(
        benn.Step(
            id="s-1",
            text="Nachbarschaftscafé",
            status="planned",
            timeframe=benn.Timeframe(start="2025-03", end="2026-10"),
            planned_cost_cents=250000,
        )
    )
    goal.indicators.append(
        benn.Indicator(
            id="i-1",
            name="Besuchende",
            measure="unit",
            unit="Personen",
            baseline=benn.Measurement(value=0, date=datetime.date(2025, 1, 1)),
            target=benn.Measurement(value=40),
        )
    )
    c.budget_years = [benn.YearBudget(year=2025, amount_cents=3_000_000), benn.YearBudget(year=2026, amount_cents=3_000_000)]
    text = c.write()
    again = benn.load(text, strict=False)
    assert again == benn.Concept.from_dict(json.loads(text))
    assert again.action_fields[0].goals[0].steps[0].timeframe == benn.Timeframe(start="2025-03", end="2026-10")
    assert again.action_fields[0].goals[0].indicators[0].baseline.date == datetime.date(2025, 1, 1)  # type: ignore[union-attr]
    assert isinstance(c.validate(), benn.Report)
    assert c.budget("2025-06-30")["total_planned"] == 250000 or "total_planned" in c.budget("2025-06-30")


def test_a_concept_that_is_no_concept_cannot_be_written() -> None:
    c = benn.Concept(id="x")
    with pytest.raises(benn.ValidationError) as info:
        c.write()
    assert "field.missing" in {f["code"] for f in info.value.findings}
    assert "field.missing" in c.validate().codes()


def test_attribute_types_are_checked() -> None:
    s = benn.Step(id="s", text="t", status="planned")
    with pytest.raises(TypeError, match="Step.planned_cost_cents must be int"):
        s.planned_cost_cents = 12.5  # type: ignore[assignment]
    with pytest.raises(TypeError, match="must be int"):
        s.planned_cost_cents = True  # type: ignore[assignment]
    with pytest.raises(TypeError, match="required"):
        s.id = None  # type: ignore[assignment]
    with pytest.raises(ValueError, match="finite"):
        s.weight = float("inf")
    with pytest.raises(TypeError, match="has no field 'colour'"):
        benn.Step(colour="red")
    with pytest.raises(TypeError, match="Timeframe or dict"):
        s.timeframe = "2025-01..2025-03"  # type: ignore[assignment]
    s.timeframe = {"start": "2025-01", "end": "2025-03"}  # type: ignore[assignment]
    assert s.timeframe == benn.Timeframe(start="2025-01", end="2025-03")
    e = benn.LogEntry(id="e", kind="note", date="2024-03-12")
    assert e.date == datetime.date(2024, 3, 12)
    e.date = datetime.datetime(2024, 3, 13, 10, 0)
    assert e.to_dict()["date"] == "2024-03-13"
    with pytest.raises(ValueError, match="no day"):
        e.date = "2024-3-1"
    with pytest.raises(TypeError, match="from_dict"):
        benn.Step.from_dict([])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be a dict"):
        benn.Concept(adoption="adopted")


def test_data_of_the_wrong_shape_is_explained() -> None:
    c = benn.Concept.from_dict({"id": "x", "site": 5, "action_fields": [3]})
    with pytest.raises(TypeError, match="Concept.site holds int 5, not an object"):
        c.site
    with pytest.raises(TypeError, match="Concept.action_fields holds int 3"):
        c.action_fields[0]
    assert len(c.action_fields) == 1
    assert repr(c).startswith("Concept(id='x'") and "site=None" in repr(c)
    assert c._repr_html_().startswith("<pre>Concept(id=&#x27;x&#x27;")
    codes = c.validate().codes()
    assert "json.type" in codes or any(code.startswith("field.") for code in codes), codes
    with pytest.raises(benn.ValidationError):
        c.write()


def test_objects_pickle(concept: benn.Concept) -> None:
    import pickle

    again = pickle.loads(pickle.dumps(concept))
    assert again == concept and again.write() == concept.write()
    step = concept.all_steps()[0]
    assert pickle.loads(pickle.dumps(step)) == step
    report = benn.validate(EXAMPLES / "broken" / "duplicate-ids.json")
    assert pickle.loads(pickle.dumps(report)) == report
    log = benn.load_log(EXAMPLES / "weissensee-2023.log.json")
    assert pickle.loads(pickle.dumps(log)) == log


def test_copies_are_detached(concept: benn.Concept) -> None:
    step = concept.action_fields[0].goals[0].steps[0]
    for c in (step.copy(), copy.copy(step), copy.deepcopy(step)):
        c.status = "dropped"
        assert step.status != "dropped"
    d = concept.to_dict()
    d["id"] = "changed"
    assert concept.id == "weissensee-2023"
    assert concept.adoption is not None
    a = concept.adoption
    a["status"] = "x"
    assert concept.adoption["status"] != "x"


def test_entries_are_added_checked_and_numbered(concept: benn.Concept) -> None:
    step = concept.all_steps()[0]
    e1 = concept.add_entry(date=datetime.date(2024, 3, 12), kind="status", step=step.id, status="done")
    e2 = concept.add_entry(date="2024-03-12", kind="note", step=step.id, note="Auftakt")
    assert (e1.id, e2.id) == ("e-2024-03-12-1", "e-2024-03-12-2")
    assert concept.log[-1] == e2 and len(concept.log) == 2
    assert concept.state(DAY)["steps"][0]["status"] == "done"
    with pytest.raises(benn.ValidationError, match="log entry"):
        concept.add_entry(date="2024-03-12", kind="sleeping")
    with pytest.raises(TypeError, match="needs a date"):
        concept.add_entry(kind="note")
    with pytest.raises(TypeError, match="not both"):
        concept.add_entry(benn.LogEntry(date="2024-03-12", kind="note"), note="x")
    assert len(concept.log) == 2
    assert "log.ref" in concept.validate().codes() or concept.validate().ok
