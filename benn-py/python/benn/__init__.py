"""benn: the two-year action concepts (*Handlungskonzepte*) of Berlin's
BENN programme, from Python.

Every rule, evaluation and table comes from the Rust core (``benn-core``)
through the private module ``benn._benn``; this package converts.

>>> import benn
>>> concept = benn.load("examples/weissensee-2023.json")  # doctest: +SKIP
>>> report = benn.validate(b'{"format_version": 1, "titel": "x"}')
>>> [(f.pointer, f.line, f.column) for f in report if f.code == "field.unknown"]
[('/titel', 1, 23)]
>>> sorted(set(report.codes()))
['field.missing', 'field.unknown']

Thread safety: the functions release the GIL while the core works and can
run in several threads at once. A :class:`Concept` or :class:`Log` may be
read from several threads; change it from one thread at a time.
"""

import json as _json
from typing import Any as _Any
from typing import Dict as _Dict
from typing import List as _List
from typing import Optional as _Optional

from . import _benn
from ._concept import (
    FORMAT_VERSION,
    METHODS,
    BennWarning,
    Concept,
    Log,
    Merged,
    Source,
    append_entry,
    load,
    load_log,
    merge_logs,
    portfolio,
    portfolio_frame,
    portfolio_report,
    portfolio_table,
    read,
    review,
    review_report,
    synth,
    validate,
    validate_log,
)
from ._errors import BennError, ValidationError
from ._html import SVG, ReportDocument
from ._model import (
    ActionField,
    Area,
    Body,
    Goal,
    Indicator,
    LogEntry,
    Measurement,
    Office,
    Period,
    Shelter,
    Site,
    Step,
    Timeframe,
    YearBudget,
)
from ._report import Finding, Report, Text

__all__ = [
    "ActionField",
    "Area",
    "BennError",
    "BennWarning",
    "Body",
    "Concept",
    "FORMAT_VERSION",
    "Finding",
    "Goal",
    "Indicator",
    "InvalidDocument",
    "Log",
    "LogEntry",
    "METHODS",
    "Measurement",
    "Merged",
    "Office",
    "Period",
    "Report",
    "ReportDocument",
    "SVG",
    "Shelter",
    "Site",
    "Source",
    "Step",
    "Text",
    "Timeframe",
    "ValidationError",
    "YearBudget",
    "append_entry",
    "codes",
    "load",
    "load_log",
    "log_schema",
    "lor_name",
    "merge_logs",
    "portfolio",
    "portfolio_frame",
    "portfolio_report",
    "portfolio_table",
    "read",
    "review",
    "review_report",
    "schema",
    "synth",
    "validate",
    "validate_log",
]

__version__: str = _benn.VERSION

#: The former name of :class:`ValidationError`.
InvalidDocument = ValidationError


def schema() -> _Dict[str, _Any]:
    """The JSON Schema (draft 2020-12) of the concept format."""
    result: _Dict[str, _Any] = _json.loads(_benn.SCHEMA_JSON)
    return result


def log_schema() -> _Dict[str, _Any]:
    """The JSON Schema (draft 2020-12) of a log file."""
    result: _Dict[str, _Any] = _json.loads(_benn.LOG_SCHEMA_JSON)
    return result


def codes() -> _List[_Dict[str, _Any]]:
    """The registry of finding codes: ``code``, ``severity`` and
    ``description`` (``{"de", "en"}``) of each, in registry order."""
    result: _List[_Dict[str, _Any]] = _json.loads(_benn.codes())
    return result


def lor_name(code: str) -> _Optional[str]:
    """The LOR 2021 name of a code (``03500932`` → ``Bühringstraße``), or
    ``None`` for a code the catalogue does not have."""
    if not isinstance(code, str):
        raise TypeError(f"code must be a str, not {type(code).__name__}")
    return _benn.lor_name(code)
