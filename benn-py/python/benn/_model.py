"""The parts of a concept as Python classes: views of the core's canonical
JSON with readable, typed attributes. Names and meaning as in
``benn-core/src/model/`` (German terms in the docstrings)."""

from __future__ import annotations

import datetime as _dt
from typing import List, Optional, Union

from ._fields import Child, Day, Number, Raw, Record, Records, Texts, Value

__all__ = [
    "Period",
    "Timeframe",
    "Area",
    "Shelter",
    "Body",
    "Office",
    "Site",
    "Measurement",
    "Indicator",
    "Step",
    "Goal",
    "ActionField",
    "YearBudget",
    "LogEntry",
]


class Period(Record):
    """The period of a concept (*Förderzeitraum*): first and last month
    (``YYYY-MM``), both inclusive, and the label as the site wrote it."""

    start = Value[str]("start", str, required=True)
    end = Value[str]("end", str, required=True)
    label = Value[Optional[str]]("label", str)

    def __str__(self) -> str:
        return self.label or f"{self.start} – {self.end}"


class Timeframe(Record):
    """First and last month (``YYYY-MM``) of a step, both inclusive."""

    start = Value[str]("start", str, required=True)
    end = Value[str]("end", str, required=True)


class Area(Record):
    """A LOR unit of the site's area: ``code`` (text, e.g. ``03500932``),
    ``name``, ``level``."""

    code = Value[str]("code", str, required=True)
    name = Value[str]("name", str, required=True)
    level = Value[str]("level", str, required=True)


class Shelter(Record):
    """A refugee shelter at the site (*Unterkunft*)."""

    name = Value[str]("name", str, required=True)
    capacity = Value[Optional[int]]("capacity", int)
    residents = Value[Optional[int]]("residents", int)
    approximate = Value[Optional[bool]]("approximate", bool)
    as_of = Value[Optional[str]]("as_of", str)
    opened = Value[Optional[str]]("opened", str)
    operator = Value[Optional[str]]("operator", str)
    planning_area = Value[Optional[str]]("planning_area", str)
    _REPR = ("name", "capacity", "planning_area")


class Body(Record):
    """A participation body (*Beteiligungsgremium*), e.g. a neighbourhood forum."""

    id = Value[str]("id", str, required=True)
    kind = Value[str]("kind", str, required=True)
    name = Value[str]("name", str, required=True)
    meets = Value[Optional[str]]("meets", str)


class Office(Record):
    """The site's office (*Standortbüro*)."""

    address = Value[Optional[str]]("address", str)
    phone = Value[Optional[str]]("phone", str)
    email = Value[Optional[str]]("email", str)
    website = Value[Optional[str]]("website", str)


class Site(Record):
    """The site (*Standort*): name, district code (``03``), kind, operator,
    its LOR planning areas, shelters and participation bodies."""

    name = Value[str]("name", str, required=True)
    district = Value[str]("district", str, required=True)
    site_type = Value[str]("site_type", str, required=True)
    operator = Value[Optional[str]]("operator", str)
    operator_as_of = Value[Optional[str]]("operator_as_of", str)
    office = Child("office", lambda: Office)
    coordination = Value[Optional[str]]("coordination", str)
    start_date = Value[Optional[str]]("start_date", str)
    staff_positions = Number[Optional[float]]("staff_positions")
    lor_edition = Value[Optional[str]]("lor_edition", str)
    planning_areas = Records("planning_areas", lambda: Area, required=True)
    planning_areas_source = Raw("planning_areas_source")
    shelters = Records("shelters", lambda: Shelter)
    bodies = Records("bodies", lambda: Body)
    _REPR = ("name", "district", "site_type", "operator", "planning_areas")


class Measurement(Record):
    """A value of an indicator (a number, or a text for qualitative ones) at a day."""

    value = Number[Union[float, str]]("value", required=True, text=True)
    date = Day[Optional[_dt.date]]("date")


class Indicator(Record):
    """An indicator of a goal (*Indikator*): baseline → target."""

    id = Value[str]("id", str, required=True)
    name = Value[str]("name", str, required=True)
    measure = Value[str]("measure", str, required=True)
    unit = Value[Optional[str]]("unit", str)
    direction = Value[Optional[str]]("direction", str)
    baseline = Child("baseline", lambda: Measurement)
    target = Child("target", lambda: Measurement)
    _REPR = ("id", "name", "measure", "unit")


class Step(Record):
    """A step (*Handlungsschritt*): what will be done, when, by whom, at what
    cost (``planned_cost_cents``, exact cents) and its ``status``
    (``planned``, ``in_progress``, ``done``, ``postponed``, ``dropped``)."""

    id = Value[str]("id", str, required=True)
    text = Value[str]("text", str, required=True)
    timeframe = Child("timeframe", lambda: Timeframe)
    responsible = Value[Optional[str]]("responsible", str)
    partners = Texts("partners")
    planned_cost_cents = Value[Optional[int]]("planned_cost_cents", int)
    planning_areas = Texts("planning_areas")
    bodies = Texts("bodies")
    status = Value[str]("status", str, required=True)
    weight = Number[Optional[float]]("weight")
    _REPR = ("id", "status", "text", "planned_cost_cents")

    @property
    def planned_cost_eur(self) -> Optional[float]:
        """The planned cost in euros (``planned_cost_cents / 100``)."""
        c = self.planned_cost_cents
        return None if c is None else c / 100


class Goal(Record):
    """A goal (*Ziel*) of an action field with its indicators and steps."""

    id = Value[str]("id", str, required=True)
    text = Value[str]("text", str, required=True)
    planning_areas = Texts("planning_areas")
    target_groups = Texts("target_groups")
    bodies = Texts("bodies")
    impact_level = Value[Optional[str]]("impact_level", str)
    indicators = Records("indicators", lambda: Indicator)
    steps = Records("steps", lambda: Step)
    _REPR = ("id", "text", "indicators", "steps")


class ActionField(Record):
    """An action field (*Handlungsfeld*), e.g. ``begegnung``: its goals and
    the steps that belong to the field itself."""

    key = Value[str]("key", str, required=True)
    title = Value[str]("title", str, required=True)
    goals = Records("goals", lambda: Goal)
    steps = Records("steps", lambda: Step)

    def all_steps(self) -> List[Step]:
        """The steps of every goal, then the field's own steps."""
        return [s for g in self.goals for s in g.steps] + list(self.steps)


class YearBudget(Record):
    """Money for actions and material in one calendar year (*Sachmittel*), in cents."""

    year = Value[int]("year", int, required=True)
    amount_cents = Value[int]("amount_cents", int, required=True)
    staff_hours = Value[Optional[int]]("staff_hours", int)

    @property
    def amount_eur(self) -> float:
        """The amount in euros."""
        return self.amount_cents / 100


class LogEntry(Record):
    """One dated tracking entry (*Eintrag* of the *Sachstandsprotokoll*).

    ``kind`` is ``status``, ``progress``, ``spending``, ``measurement``,
    ``meeting`` or ``note``; it is about one ``step``, ``goal``,
    ``indicator`` or ``body``. Money is exact cents (``spent_cents``).
    """

    id = Value[str]("id", str, required=True)
    date = Day[_dt.date]("date", required=True)
    kind = Value[str]("kind", str, required=True)
    step = Value[Optional[str]]("step", str)
    goal = Value[Optional[str]]("goal", str)
    indicator = Value[Optional[str]]("indicator", str)
    body = Value[Optional[str]]("body", str)
    status = Value[Optional[str]]("status", str)
    progress = Number[Optional[float]]("progress")
    spent_cents = Value[Optional[int]]("spent_cents", int)
    budget_year = Value[Optional[int]]("budget_year", int)
    value = Number[Optional[Union[float, str]]]("value", text=True)
    unit = Value[Optional[str]]("unit", str)
    participants = Value[Optional[int]]("participants", int)
    note = Value[Optional[str]]("note", str)
    evidence = Texts("evidence")
    recorded_by = Value[Optional[str]]("recorded_by", str)
    corrects = Value[Optional[str]]("corrects", str)
    _REPR = ("id", "date", "kind", "step", "goal", "indicator", "body", "status", "progress", "spent_cents", "value", "note")

