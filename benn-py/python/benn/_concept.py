"""The concept (*Handlungskonzept*) and the log file (*Sachstandsprotokoll*):
loading, writing, evaluation and tables, each a call into the core."""

from __future__ import annotations

import datetime as _dt
import errno as _errno
import json as _json
import os as _os
import warnings as _warnings
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    Iterable,
    List,
    Mapping,
    NamedTuple,
    Optional,
    Sequence,
    Tuple,
    Union,
)

from . import _benn
from ._fields import Child, Raw, Record, Records, Value
from ._model import ActionField, Goal, LogEntry, Period, Site, Step, YearBudget
from ._report import Report

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]

    from ._frames import RawTable
    from ._html import SVG, ReportDocument

__all__ = [
    "Concept",
    "Log",
    "Merged",
    "Source",
    "load",
    "load_log",
    "validate",
    "validate_log",
    "read",
    "merge_logs",
    "append_entry",
    "portfolio",
    "portfolio_frame",
    "portfolio_report",
    "portfolio_table",
    "review",
    "review_report",
    "synth",
    "FORMAT_VERSION",
    "METHODS",
]

#: The format version the core writes.
FORMAT_VERSION = 3

#: The roll-up methods (*Gewichtung*): plain mean, by step weight, by planned cost.
METHODS = ("mean", "weight", "cost")

Source = Union[str, bytes, "_os.PathLike[str]", Mapping[str, Any]]
Day = Union[_dt.date, str]


# ---- arguments -------------------------------------------------------------


def _source(source: Any, what: str = "source") -> Union[str, bytes]:
    """The document's text or bytes from a path, text, bytes or dict.

    A ``str`` is JSON text when it is empty or starts (after white space)
    with ``{`` or ``[``; otherwise it names a file. A path is never taken
    for JSON, and JSON never for a path.
    """
    if isinstance(source, (Concept, Log)):
        return source.to_json()
    if isinstance(source, bytes):
        return source
    if isinstance(source, (bytearray, memoryview)):
        return bytes(source)
    if isinstance(source, _os.PathLike):
        return _read_file(_os.fspath(source))
    if isinstance(source, Mapping):
        try:
            return _json.dumps(dict(source), ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as e:
            raise TypeError(f"{what}: the dict is not JSON data ({e})") from None
    if isinstance(source, str):
        head = source.lstrip(" \t\r\n\ufeff")
        if not head or head[0] in "{[":
            return source
        return _read_file(source, text=True)
    raise TypeError(
        f"{what} must be a path (str or pathlib.Path), JSON text (str), bytes or a dict, "
        f"not {type(source).__name__}"
    )


def _read_file(path: Union[str, bytes], text: bool = False) -> bytes:
    name = path if isinstance(path, str) else path.decode(errors="replace")
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        hint = " nor JSON text (a concept starts with `{`)" if text else ""
        raise FileNotFoundError(
            _errno.ENOENT, f"benn: {name!r} is neither an existing file{hint}", name
        ) from None
    except ValueError as e:  # e.g. a NUL character in the name
        raise ValueError(f"benn: {name!r} is neither a file name nor JSON text ({e})") from None


def _day(value: Any, name: str = "as_of") -> str:
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    if isinstance(value, str):
        return value  # checked by the core (ValueError naming the argument)
    raise TypeError(f"{name} must be a datetime.date or 'YYYY-MM-DD', not {type(value).__name__}")


def _optional_day(value: Any, name: str) -> Optional[str]:
    return None if value is None else _day(value, name)


def _method(method: Any) -> str:
    if not isinstance(method, str):
        raise TypeError(f"method must be a str ({', '.join(METHODS)}), not {type(method).__name__}")
    return method  # checked by the core


def _known(known: Optional[Sequence[Mapping[str, Any]]]) -> Optional[str]:
    if known is None:
        return None
    if isinstance(known, (str, bytes, Mapping)):
        raise TypeError("known_concepts must be a list of dicts")
    return _json.dumps(list(known))


def _log_core(log: Optional["Log"]) -> Optional[_benn.LogDoc]:
    if log is None:
        return None
    if not isinstance(log, Log):
        raise TypeError(f"log must be a benn.Log or None, not {type(log).__name__}")
    return log._core()


def _dump(data: Dict[str, Any], head: Dict[str, Any]) -> str:
    try:
        return _json.dumps({**head, **data}, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as e:
        raise TypeError(f"the document holds a value that is no JSON ({e})") from None


# ---- concept ---------------------------------------------------------------

_DATA_SLOT: Any = Record.__dict__["_data"]


def _lazy_data(obj: Any) -> Dict[str, Any]:
    """A loaded document's data, made from the core's canonical text when it
    is first needed (loading and evaluating never need it)."""
    try:
        data: Dict[str, Any] = _DATA_SLOT.__get__(obj, type(obj))
        return data
    except AttributeError:
        pass
    doc = obj._doc
    if doc is None:
        raise AttributeError("_data")
    data = _json.loads(doc.write())
    data.pop("format_version", None)
    _DATA_SLOT.__set__(obj, data)
    return data



class Concept(Record):
    """An action concept (*Handlungskonzept*) for a two-year period:
    concept → action fields (*Handlungsfelder*) → goals (*Ziele*) → steps
    (*Handlungsschritte*), for a site (*Standort*).

    Load one with :func:`benn.load`; edit its attributes; :meth:`write`
    gives the core's canonical text. Evaluation (:meth:`state`,
    :meth:`rollup`, :meth:`budget`, ...) and tables (:meth:`steps_frame`,
    ...) are computed by the core as of a day you pass. Reading from several
    threads is safe; changing it while another thread reads is not.

    The yearly budgets (the format's ``budget``) are ``budget_years``:
    :meth:`budget` is the budget report on a day.
    """

    __slots__ = ("_doc",)
    _doc: Optional[_benn.Doc]
    _IS_ROOT = True

    id = Value[str]("id", str, required=True)
    title = Value[Optional[str]]("title", str)
    site = Child("site", lambda: Site, required=True)
    period = Child("period", lambda: Period, required=True)
    version = Raw("version")
    adoption = Raw("adoption")
    previous = Value[Optional[str]]("previous", str)
    aim = Value[str]("aim", str, required=True)
    analysis = Raw("analysis")
    public_relations = Raw("public_relations")
    budget_years = Records("budget", lambda: YearBudget)
    action_fields = Records("action_fields", lambda: ActionField, required=True)
    log = Records("log", lambda: LogEntry)

    def __init__(self, **values: Any) -> None:
        self._doc = None
        super().__init__(**values)
        self._data.setdefault("action_fields", [])

    @classmethod
    def _wrap(cls, data: Dict[str, Any], root: Optional[Record]) -> "Concept":
        obj = super()._wrap(data, None)
        data.pop("format_version", None)
        obj._doc = None
        return obj

    @classmethod
    def _loaded(cls, doc: _benn.Doc) -> "Concept":
        obj = cls.__new__(cls)
        obj._root = obj
        obj._doc = doc
        return obj

    @property
    def _data(self) -> Dict[str, Any]:
        return _lazy_data(self)

    @_data.setter
    def _data(self, value: Dict[str, Any]) -> None:
        _DATA_SLOT.__set__(self, value)

    def _changed(self) -> None:
        self._doc = None

    def _core(self) -> _benn.Doc:
        doc = self._doc
        if doc is None:
            doc, _ = _benn.load(self.to_json(), False)
            self._doc = doc
        return doc

    # -- writing --

    def to_json(self) -> str:
        """The document as compact JSON text (not canonical: see :meth:`write`)."""
        return _dump(self._data, {"format_version": FORMAT_VERSION})

    def write(self) -> str:
        """The concept written canonically by the core (what ``benn fmt``
        writes). Raises :class:`benn.ValidationError` when it is no concept."""
        return self._core().write()

    def save(self, path: Union[str, "_os.PathLike[str]"]) -> None:
        """Writes :meth:`write`'s text to a file (UTF-8)."""
        text = self.write()
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    def validate(
        self,
        *,
        today: Optional[Day] = None,
        known_concepts: Optional[Sequence[Mapping[str, Any]]] = None,
    ) -> Report:
        """All findings of the concept as it is now (see :func:`benn.validate`)."""
        return validate(self.to_json(), today=today, known_concepts=known_concepts)

    # -- the parts --

    def all_goals(self) -> List[Goal]:
        """Every goal, field by field."""
        return [g for f in self.action_fields for g in f.goals]

    def all_steps(self) -> List[Step]:
        """Every step: of each goal, then of the field itself, field by field."""
        return [s for f in self.action_fields for s in f.all_steps()]

    def add_entry(self, entry: Optional[LogEntry] = None, **fields: Any) -> LogEntry:
        """Appends a tracking entry to the concept's own ``log`` and returns
        it. Give a :class:`LogEntry` or its fields (``date``, ``kind``,
        ``step``, ...); without ``id`` the next free one for the day is
        taken. The entry is checked by the core first
        (:class:`benn.ValidationError`); rules across entries are checked by
        :meth:`validate`."""
        e = _entry(entry, fields, lambda day: _benn.next_id(self._core(), None, day))
        self.log.append(e)
        return e

    # -- evaluation (benn_core::eval) --

    def state(self, as_of: Day, *, log: Optional["Log"] = None) -> Dict[str, Any]:
        """Status, progress and spending of every step on ``as_of``
        (the concept's own log plus ``log``)."""
        return _loads(_benn.state(self._core(), _log_core(log), _day(as_of)))

    def rollup(self, as_of: Day, method: str, *, log: Optional["Log"] = None) -> Dict[str, Any]:
        """Progress of goals, action fields and the concept on ``as_of``,
        averaged by ``method``: ``mean``, ``weight`` or ``cost``."""
        return _loads(
            _benn.rollup(self._core(), _log_core(log), _day(as_of), _method(method))
        )

    def shares(self, as_of: Day, *, log: Optional["Log"] = None) -> Dict[str, Any]:
        """Status shares per action field and overall on ``as_of``."""
        return _loads(_benn.shares(self._core(), _log_core(log), _day(as_of)))

    def budget(self, as_of: Day, *, log: Optional["Log"] = None) -> Dict[str, Any]:
        """Money planned and spent per year and action field (exact cents)."""
        return _loads(_benn.budget(self._core(), _log_core(log), _day(as_of)))

    def indicators(self, as_of: Day, *, log: Optional["Log"] = None) -> Dict[str, Any]:
        """Baseline → latest actual → target of every indicator on ``as_of``."""
        return _loads(_benn.indicators(self._core(), _log_core(log), _day(as_of)))

    def coverage(self) -> Dict[str, Any]:
        """The planning areas and target groups each action field reaches, and the gaps."""
        return _loads(_benn.coverage(self._core()))

    def compare(self, new: "Concept") -> Dict[str, Any]:
        """This concept (the old version) and ``new`` side by side."""
        if not isinstance(new, Concept):
            raise TypeError(f"new must be a benn.Concept, not {type(new).__name__}")
        return _loads(_benn.compare(self._core(), new._core()))

    # -- reports (benn_core::report) --

    def report(
        self,
        as_of: Day,
        *,
        kind: str = "progress",
        lang: str = "de",
        format: str = "html",
        method: str = "mean",
        log: Optional["Log"] = None,
        steps: bool = False,
    ) -> "ReportDocument":
        """A report people read, written by the core: ``progress``
        (*Sachstandsbericht*, where the concept stands on ``as_of``) or
        ``kurzfassung`` (the published short version; ``steps`` lists each
        goal's steps), in ``lang`` (``de`` or ``en``) as ``html`` (standalone,
        with SVG charts) or ``markdown``."""
        from ._html import ReportDocument

        _check_str(kind=kind, lang=lang, format=format)
        if not isinstance(steps, bool):
            raise TypeError("steps must be True or False")
        text = _benn.report(
            kind, self._core(), _log_core(log), _day(as_of), lang, _method(method), format, steps
        )
        return ReportDocument(text, format)

    def chart(
        self,
        name: str,
        as_of: Day,
        *,
        lang: str = "de",
        method: str = "mean",
        log: Optional["Log"] = None,
        key: Optional[str] = None,
    ) -> "SVG":
        """A chart drawn by the core, as SVG: ``gantt`` (the steps by month),
        ``budget`` (planned and spent per year against the budget),
        ``progress`` (per action field, by ``method``) or ``shares`` (status
        shares). ``key`` starts the ids inside the SVG (default: ``name``),
        so several charts can share a page."""
        from ._html import SVG

        _check_str(name=name, lang=lang)
        key = name if key is None else key
        _check_str(key=key)
        return SVG(_benn.chart(name, self._core(), _log_core(log), _day(as_of), lang, _method(method), key))

    # -- tables (benn_core::table) --

    def table(
        self,
        name: str,
        *,
        as_of: Optional[Day] = None,
        method: str = "mean",
        log: Optional["Log"] = None,
    ) -> List[Dict[str, Any]]:
        """A table of the core as a list of dicts, one per row: ``steps``,
        ``goals``, ``indicators``, ``log``, ``state``, ``rollup``,
        ``budget``, ``coverage`` (the last three and ``state`` need
        ``as_of``). Money as exact ``…_cents`` plus ``…_eur``; days as
        ``datetime.date``."""
        from ._frames import gc_paused, to_records

        with gc_paused():
            return to_records(self._table(name, as_of, method, log))

    def frame(
        self,
        name: str,
        *,
        as_of: Optional[Day] = None,
        method: str = "mean",
        log: Optional["Log"] = None,
    ) -> "pandas.DataFrame":
        """:meth:`table` as a pandas DataFrame with proper dtypes (needs
        ``pip install ./benn-py[pandas]``)."""
        from ._frames import gc_paused, to_frame

        with gc_paused():
            return to_frame(self._table(name, as_of, method, log))

    def _table(self, name: str, as_of: Optional[Day], method: str, log: Optional["Log"]) -> "RawTable":
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, not {type(name).__name__}")
        return _benn.table(name, self._core(), _log_core(log), _optional_day(as_of, "as_of"), _method(method))

    def steps_frame(self) -> "pandas.DataFrame":
        """One row per step (see :meth:`table`)."""
        return self.frame("steps")

    def goals_frame(self) -> "pandas.DataFrame":
        """One row per goal."""
        return self.frame("goals")

    def indicators_frame(self) -> "pandas.DataFrame":
        """One row per indicator."""
        return self.frame("indicators")

    def log_frame(self, *, log: Optional["Log"] = None) -> "pandas.DataFrame":
        """One row per log entry (the concept's own, then ``log``'s)."""
        return self.frame("log", log=log)

    def state_frame(self, as_of: Day, *, log: Optional["Log"] = None) -> "pandas.DataFrame":
        """One row per step: its state on ``as_of``."""
        return self.frame("state", as_of=as_of, log=log)

    def rollup_frame(self, as_of: Day, method: str, *, log: Optional["Log"] = None) -> "pandas.DataFrame":
        """Progress per goal, action field and concept on ``as_of`` by ``method``."""
        return self.frame("rollup", as_of=as_of, method=method, log=log)

    def budget_frame(self, as_of: Day, *, log: Optional["Log"] = None) -> "pandas.DataFrame":
        """Budget per year and action field on ``as_of``."""
        return self.frame("budget", as_of=as_of, log=log)

    def coverage_frame(self) -> "pandas.DataFrame":
        """Planning areas and target groups per action field."""
        return self.frame("coverage")

    # -- display --

    def __repr__(self) -> str:
        def get(d: Any, key: str) -> Any:
            return d.get(key) if isinstance(d, dict) else None

        def items(x: Any) -> List[Any]:
            return x if isinstance(x, list) else []

        data = self._data
        fields = items(data.get("action_fields"))
        steps = 0
        for f in fields:
            goals = items(get(f, "goals"))
            steps += sum(len(items(get(g, "steps"))) for g in goals) + len(items(get(f, "steps")))
        period = data.get("period")
        log = data.get("log")
        return (
            f"Concept(id={data.get('id')!r}, title={data.get('title')!r}, "
            f"site={get(data.get('site'), 'name')!r}, "
            f"period='{get(period, 'start')}..{get(period, 'end')}', "
            f"action_fields={len(fields)}, steps={steps}, "
            f"log={len(log) if isinstance(log, list) else 0})"
        )

    def _repr_html_(self) -> str:
        from ._html import concept_html

        try:
            return concept_html(self)
        except (TypeError, AttributeError, ValueError):  # data of the wrong shape
            import html

            return f"<pre>{html.escape(repr(self))}</pre>"


# ---- log file --------------------------------------------------------------


class Log(Record):
    """A log file (*Sachstandsprotokoll*) of a concept: its ``concept`` id
    and dated ``entries``. Load one with :func:`benn.load_log`."""

    __slots__ = ("_doc",)
    _doc: Optional[_benn.LogDoc]
    _IS_ROOT = True

    concept = Value[str]("concept", str, required=True)
    entries = Records("entries", lambda: LogEntry)

    def __init__(self, **values: Any) -> None:
        self._doc = None
        super().__init__(**values)

    @classmethod
    def _wrap(cls, data: Dict[str, Any], root: Optional[Record]) -> "Log":
        obj = super()._wrap(data, None)
        data.pop("format_version", None)
        obj._doc = None
        return obj

    def _changed(self) -> None:
        self._doc = None

    @property
    def _data(self) -> Dict[str, Any]:
        return _lazy_data(self)

    @_data.setter
    def _data(self, value: Dict[str, Any]) -> None:
        _DATA_SLOT.__set__(self, value)

    def _core(self) -> _benn.LogDoc:
        doc = self._doc
        if doc is None:
            doc, _ = _benn.load_log(self.to_json(), None, False)
            self._doc = doc
        return doc

    def to_json(self) -> str:
        """The log as compact JSON text (not canonical: see :meth:`write`)."""
        return _dump(self._data, {"format_version": FORMAT_VERSION})

    def write(self) -> str:
        """The log written canonically by the core."""
        return self._core().write()

    def save(self, path: Union[str, "_os.PathLike[str]"]) -> None:
        """Writes :meth:`write`'s text to a file (UTF-8)."""
        text = self.write()
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    def validate(self, concept: Concept, *, today: Optional[Day] = None) -> Report:
        """All findings of the log checked against its concept."""
        return validate_log(self.to_json(), concept, today=today)

    def add_entry(self, entry: Optional[LogEntry] = None, **fields: Any) -> LogEntry:
        """Appends an entry (see :meth:`Concept.add_entry`) and returns it."""
        e = _entry(entry, fields, lambda day: _benn.next_id(None, self._core(), day))
        self.entries.append(e)
        return e

    def merge(self, other: "Log") -> "Merged":
        """This log merged with another copy of it (``track::merge``): the
        union of the entries, and the conflicts the merge found."""
        return merge_logs(self, other)

    def table(self) -> List[Dict[str, Any]]:
        """The entries as a list of dicts (the ``log`` table)."""
        from ._frames import gc_paused, to_records

        with gc_paused():
            return to_records(self._log_table())

    def frame(self) -> "pandas.DataFrame":
        """The entries as a DataFrame (the ``log`` table)."""
        from ._frames import gc_paused, to_frame

        with gc_paused():
            return to_frame(self._log_table())

    def _log_table(self) -> "RawTable":
        empty = Concept._wrap(_empty_concept(self.concept), None)
        return _benn.table("log", empty._core(), self._core())

    def __repr__(self) -> str:
        return f"Log(concept={self._data.get('concept')!r}, entries={len(self.entries)})"

    def _repr_html_(self) -> str:
        from ._html import log_html

        try:
            return log_html(self)
        except (TypeError, AttributeError, ValueError):  # data of the wrong shape
            import html

            return f"<pre>{html.escape(repr(self))}</pre>"


def _empty_concept(concept_id: str) -> Dict[str, Any]:
    return {
        "id": concept_id,
        "site": {"name": "-", "district": "01", "site_type": "benn", "planning_areas": []},
        "period": {"start": "2000-01", "end": "2001-12"},
        "aim": "-",
        "action_fields": [],
    }


class Merged(NamedTuple):
    """The result of :func:`merge_logs`: the merged log and the conflicts
    (dicts as the core writes them: ``same_id`` or ``same_day``)."""

    log: Log
    conflicts: List[Dict[str, Any]]


def _check_str(**values: Any) -> None:
    for name, value in values.items():
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a str, not {type(value).__name__}")


def _entry(entry: Optional[LogEntry], fields: Dict[str, Any], next_id: Any) -> LogEntry:
    if entry is not None:
        if fields:
            raise TypeError("give a LogEntry or its fields, not both")
        if not isinstance(entry, LogEntry):
            raise TypeError(f"entry must be a benn.LogEntry, not {type(entry).__name__}")
        e = entry
    else:
        e = LogEntry(**fields)
    if "date" not in e._data:
        raise TypeError("a log entry needs a date")
    if "id" not in e._data:
        e.id = next_id(e._data["date"])
    checked = _json.loads(_benn.entry(_dump(e._data, {})))
    e._data.clear()
    e._data.update(checked)
    return e


def _loads(text: str) -> Dict[str, Any]:
    result: Dict[str, Any] = _json.loads(text)
    return result


# ---- functions -------------------------------------------------------------


def load(
    source: Source,
    *,
    strict: bool = True,
    today: Optional[Day] = None,
    known_concepts: Optional[Sequence[Mapping[str, Any]]] = None,
) -> Concept:
    """Loads a concept from a path (``str`` or ``pathlib.Path``), JSON text
    (``str``), ``bytes`` or a ``dict``.

    A ``str`` is JSON text when it starts with ``{`` or ``[`` and a file name
    otherwise; a name of no file raises :class:`FileNotFoundError`. With
    ``strict`` (the default) every rule is checked and any error raises
    :class:`benn.ValidationError` with all findings; ``strict=False`` only
    needs a readable document (syntax and shape).
    """
    if not isinstance(strict, bool):
        raise TypeError("strict must be True or False")
    data = _source(source)
    doc, _ = _benn.load(data, strict, _optional_day(today, "today"), _known(known_concepts))
    return Concept._loaded(doc)


def load_log(
    source: Source,
    concept: Optional[Concept] = None,
    *,
    strict: bool = True,
    today: Optional[Day] = None,
) -> Log:
    """Loads a log file (see :func:`load` for ``source``). With ``concept``
    and ``strict``, the log is checked against the concept and an error
    raises :class:`benn.ValidationError`."""
    if concept is not None and not isinstance(concept, Concept):
        raise TypeError(f"concept must be a benn.Concept or None, not {type(concept).__name__}")
    data = _source(source)
    core = None if concept is None else concept._core()
    doc, _ = _benn.load_log(data, core, strict, _optional_day(today, "today"))
    log = Log.__new__(Log)
    log._root = log
    log._doc = doc
    return log


def validate(
    source: Union[Source, Concept],
    *,
    today: Optional[Day] = None,
    known_concepts: Optional[Sequence[Mapping[str, Any]]] = None,
) -> Report:
    """Validates a document and returns a :class:`Report` of **all**
    findings, in source order (see :func:`load` for ``source``).

    ``today`` (a date or ``YYYY-MM-DD``) enables the rules about the present;
    a malformed date raises :class:`ValueError`. Bytes are never rejected:
    invalid UTF-8 is a finding, and so is a lone surrogate in a ``str``.
    ``known_concepts`` are the concepts checked together with this one, each
    ``{"id", "period": {"start", "end"}, "district"?, "site"?}``.
    """
    data = _source(source)
    return Report._from_json(
        _benn.validate(data, _optional_day(today, "today"), _known(known_concepts))
    )


def validate_log(source: Source, concept: Concept, *, today: Optional[Day] = None) -> Report:
    """Validates a log file against its concept; a :class:`Report`."""
    if not isinstance(concept, Concept):
        raise TypeError(f"concept must be a benn.Concept, not {type(concept).__name__}")
    data = _source(source)
    return Report._from_json(_benn.validate_log(data, concept._core(), _optional_day(today, "today")))


def read(source: Source) -> Dict[str, Any]:
    """A concept in canonical form as a plain dict (no rules checked).
    Raises :class:`benn.ValidationError` when it cannot be read."""
    result: Dict[str, Any] = _json.loads(_benn.read(_source(source)))
    return result


def synth(steps: int, seed: int = 7) -> Concept:
    """A valid synthetic concept with ``steps`` steps, reproducible from
    ``seed`` (``benn synth``): for tests and benchmarks."""
    for name, value in (("steps", steps), ("seed", seed)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise TypeError(f"{name} must be an int of 0 or more")
    if seed >= 2**64:
        raise ValueError("seed: below 2**64")
    return Concept._loaded(_benn.synth(steps, seed))


def merge_logs(a: Log, b: Log) -> Merged:
    """Merges two copies of one log (``track::merge``): every entry once,
    and the conflicts (the same id with different content, two entries on a
    step on one day)."""
    if not isinstance(a, Log) or not isinstance(b, Log):
        raise TypeError("merge_logs() takes two benn.Log objects")
    merged = _json.loads(_benn.merge(a._core(), b._core()))
    log = Log(concept=a.concept)
    log._data["entries"] = merged["entries"]
    return Merged(log, merged["conflicts"])


def append_entry(text: Union[str, bytes], entry: LogEntry) -> str:
    """The document's text (a concept or a log file) with ``entry`` appended
    to its log, every other byte as it was (``track::append_entry``)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    if not isinstance(text, str):
        raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
    if not isinstance(entry, LogEntry):
        raise TypeError(f"entry must be a benn.LogEntry, not {type(entry).__name__}")
    return _benn.append_entry(text, _dump(entry._data, {}))


def review(
    previous: Concept, next: Concept, as_of: Day, *, log: Optional[Log] = None
) -> Dict[str, Any]:
    """The review (*Rückblick*) of the previous concept's goals for the next
    one, judged on ``as_of`` (at the latest the previous period's end)."""
    if not isinstance(previous, Concept) or not isinstance(next, Concept):
        raise TypeError("review() takes two benn.Concept objects")
    return _loads(_benn.review(previous._core(), _log_core(log), next._core(), _day(as_of)))


def portfolio(
    concepts: Union[str, "_os.PathLike[str]", Iterable[Union[Concept, Tuple[Concept, Optional[Log]]]]],
    as_of: Day,
    method: str,
) -> Dict[str, Any]:
    """Many concepts on one day, grouped by district, site and period.

    ``concepts`` is a folder (every ``*.json``; ``*.log.json`` files go to
    the concept they name, as in ``benn portfolio``; a file that cannot be
    read is skipped with a :class:`benn.BennWarning`) or concepts, each
    alone or paired with its log file."""
    items = _items(concepts)
    return _loads(_benn.portfolio(items, _day(as_of), _method(method)))


def review_report(
    previous: Concept,
    next: Concept,
    as_of: Day,
    *,
    log: Optional[Log] = None,
    lang: str = "de",
    format: str = "html",
) -> "ReportDocument":
    """The report comparing two versions and reviewing the previous
    concept's goals for the next (*Vergleich und Rückblick*), by the core."""
    from ._html import ReportDocument

    if not isinstance(previous, Concept) or not isinstance(next, Concept):
        raise TypeError("review_report() takes two benn.Concept objects")
    _check_str(lang=lang, format=format)
    text = _benn.review_report(previous._core(), _log_core(log), next._core(), _day(as_of), lang, format)
    return ReportDocument(text, format)


def portfolio_report(
    concepts: Union[str, "_os.PathLike[str]", Iterable[Union[Concept, Tuple[Concept, Optional[Log]]]]],
    as_of: Day,
    method: str,
    *,
    lang: str = "de",
    format: str = "html",
) -> "ReportDocument":
    """The portfolio report of many concepts (see :func:`portfolio` for
    ``concepts``), by the core."""
    from ._html import ReportDocument

    _check_str(lang=lang, format=format)
    text = _benn.portfolio_report(_items(concepts), _day(as_of), lang, _method(method), format)
    return ReportDocument(text, format)


def portfolio_table(
    concepts: Union[str, "_os.PathLike[str]", Iterable[Union[Concept, Tuple[Concept, Optional[Log]]]]],
    as_of: Day,
    method: str,
) -> List[Dict[str, Any]]:
    """:func:`portfolio` as one row per concept (a dict): district, site,
    concept, period, progress in percent, step counts per track, budget and
    spending as exact cents plus euros, the share of the budget used in
    percent, the last entry's day."""
    p = portfolio(concepts, as_of, method)
    rows: List[Dict[str, Any]] = []
    for group in p["districts"]:
        for r in group["rows"]:
            row: Dict[str, Any] = {
                "as_of": _dt.date.fromisoformat(p["as_of"]),
                "method": p["method"],
                "district": r["district"],
                "district_name": group["name"],
                "site": r["site"],
                "concept": r["concept"],
                "period_start": r["period"]["start"],
                "period_end": r["period"]["end"],
                "period_label": r["period"].get("label"),
                "progress_percent": r["progress"],
                "steps": r["shares"]["steps"],
            }
            for share in r["shares"]["shares"]:
                row[f"steps_{share['track']}"] = share["count"]
            used = r["budget_used"]
            last = r["last_entry"]
            row.update(
                {
                    "budget_cents": r["budget"],
                    "budget_eur": r["budget"] / 100,
                    "spent_cents": r["spent"],
                    "spent_eur": r["spent"] / 100,
                    "budget_used_percent": None if used is None else used * 100,
                    "last_entry": None if last is None else _dt.date.fromisoformat(last),
                }
            )
            rows.append(row)
    return rows


def portfolio_frame(
    concepts: Union[str, "_os.PathLike[str]", Iterable[Union[Concept, Tuple[Concept, Optional[Log]]]]],
    as_of: Day,
    method: str,
) -> "pandas.DataFrame":
    """:func:`portfolio_table` as a DataFrame (money as ``Int64`` cents plus
    euros, days as ``datetime64``, the district as a categorical)."""
    from ._frames import pandas_module

    pd = pandas_module()
    rows = portfolio_table(concepts, as_of, method)
    frame = pd.DataFrame(rows)
    if not rows:
        return frame
    for col in frame.columns:
        if col.endswith("_cents") or col == "steps" or col.startswith("steps_"):
            frame[col] = frame[col].astype("Int64")
        elif col.endswith("_eur") or col.endswith("_percent"):
            frame[col] = frame[col].astype("Float64")
        elif col in ("as_of", "last_entry"):
            frame[col] = pd.to_datetime(frame[col])
        elif col in ("district", "method"):
            frame[col] = frame[col].astype("category")
        else:
            frame[col] = frame[col].astype("string")
    frame.attrs["benn_table"] = "portfolio"
    return frame


def _items(
    concepts: Union[str, "_os.PathLike[str]", Iterable[Union[Concept, Tuple[Concept, Optional[Log]]]]],
) -> List[Tuple[_benn.Doc, Optional[_benn.LogDoc]]]:
    items: List[Tuple[_benn.Doc, Optional[_benn.LogDoc]]] = []
    if isinstance(concepts, (str, _os.PathLike)):
        items = _folder(_os.fspath(concepts))
    else:
        if isinstance(concepts, (bytes, Mapping)):
            raise TypeError("concepts must be a folder or a list of concepts")
        for item in concepts:
            if isinstance(item, Concept):
                items.append((item._core(), None))
            elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], Concept):
                items.append((item[0]._core(), _log_core(item[1])))
            else:
                raise TypeError(
                    f"each item must be a benn.Concept or (Concept, Log), not {type(item).__name__}"
                )
    return items


class BennWarning(UserWarning):
    """Something benn skipped or doubts, e.g. a file of a folder it could not read."""


def _folder(folder: str) -> List[Tuple[_benn.Doc, Optional[_benn.LogDoc]]]:
    from ._errors import BennError

    if not _os.path.isdir(folder):
        raise NotADirectoryError(_errno.ENOTDIR, f"benn: {folder!r} is no folder", folder)
    concepts: List[Concept] = []
    logs: List[Tuple[str, Log]] = []
    for name in sorted(_os.listdir(folder)):
        path = _os.path.join(folder, name)
        if not name.endswith(".json") or not _os.path.isfile(path):
            continue
        try:
            if name.endswith(".log.json"):
                logs.append((name, load_log(_read_file(path))))
            else:
                concepts.append(load(_read_file(path), strict=False))
        except BennError as e:
            _warnings.warn(f"{name} is skipped: {e}", BennWarning, stacklevel=3)
    pairs: List[Tuple[Concept, List[Log]]] = [(c, []) for c in concepts]
    for name, log in logs:
        owner = next((p for p in pairs if p[0].id == log.concept), None)
        if owner is None:
            _warnings.warn(
                f"{name}: the concept {log.concept!r} is not in the folder", BennWarning, stacklevel=3
            )
        else:
            owner[1].append(log)
    items: List[Tuple[_benn.Doc, Optional[_benn.LogDoc]]] = []
    for c, found in pairs:
        merged: Optional[Log] = None
        for log in found:
            merged = log if merged is None else merge_logs(merged, log).log
        items.append((c._core(), _log_core(merged)))
    return items
