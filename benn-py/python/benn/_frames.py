"""The core's tables as lists of dicts or pandas DataFrames.

The core sends a table by column (``benn-py/src/table.rs``); here each
column gets its Python type, and nothing is computed:

- money: the exact cents as ``…_cents`` (int) plus the euros as ``…_eur``;
- days: ``datetime.date`` (``datetime64`` in a DataFrame); months the first
  day of the month the same way;
- decimals and percentages: ``float``; lists: lists of str;
- in a DataFrame, text columns with a fixed set of values (status, action
  field, kind, ...) are categoricals; LOR codes stay text, their names
  beside them (``planning_area_names``, ``name``).
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any, Dict, List, Tuple

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]

__all__ = ["to_records", "to_frame", "CATEGORIES", "PANDAS_MISSING"]

#: Text columns that hold one of a few values: categoricals in a DataFrame.
CATEGORIES = frozenset(
    {
        "field",
        "status",
        "track",
        "kind",
        "method",
        "level",
        "scope",
        "measure",
        "direction",
        "impact_level",
        "progress_source",
    }
)

PANDAS_MISSING = (
    "DataFrames need pandas, an optional extra of benn: `pip install ./benn-py[pandas]` "
    "(or `pip install pandas`); without it, `.table(...)` gives the same rows as dicts"
)


#: Columns whose categories are an enum of the format (all its values, in
#: the schema's order), by table.
_ENUMS = {
    ("steps", "status"): "StepStatus",
    ("state", "status"): "StepStatus",
    ("log", "status"): "StepStatus",
    ("log", "kind"): "EntryKind",
    ("indicators", "measure"): "MeasureType",
    ("indicators", "direction"): "Direction",
    ("goals", "impact_level"): "ImpactLevel",
}


def _enum_values(name: str) -> List[str]:
    """The values of an enum of the concept schema (one declaration: the core's)."""
    from . import schema

    spec = schema()["$defs"].get(name, {})
    return [str(v["const"]) for v in spec.get("oneOf", []) if "const" in v] or list(spec.get("enum", []))


def _cents_names(name: str) -> Tuple[str, str]:
    """``planned_cost_eur`` → (``planned_cost_cents``, ``planned_cost_eur``)."""
    base = name[: -len("_eur")] if name.endswith("_eur") else name
    return f"{base}_cents", f"{base}_eur"


def _day(v: Any) -> Any:
    return None if v is None else _dt.date.fromisoformat(v)


def _month(v: Any) -> Any:
    return None if v is None else _dt.date.fromisoformat(f"{v}-01")


def _number(v: Any) -> Any:
    return None if v is None else float(v)


def _columns(table: Dict[str, Any]) -> List[Tuple[str, str, List[Any]]]:
    """(name, kind, values) per output column, in Python types."""
    out: List[Tuple[str, str, List[Any]]] = []
    for col in table["columns"]:
        name, kind, values = col["name"], col["kind"], col["values"]
        if kind == "cents":
            cents, eur = _cents_names(name)
            out.append((cents, "cents", values))
            out.append((eur, "eur", [None if v is None else v / 100 for v in values]))
        elif kind == "date":
            out.append((name, kind, [_day(v) for v in values]))
        elif kind == "month":
            out.append((name, kind, [_month(v) for v in values]))
        elif kind in ("decimal", "percent"):
            out.append((name, kind, [_number(v) for v in values]))
        else:
            out.append((name, kind, values))
    return out


def to_records(table: Dict[str, Any]) -> List[Dict[str, Any]]:
    """The table as one dict per row."""
    cols = _columns(table)
    n = len(cols[0][2]) if cols else 0
    return [{name: values[i] for name, _, values in cols} for i in range(n)]


def pandas_module() -> Any:
    """pandas, or an ImportError that says how to install it."""
    try:
        import pandas
    except ImportError as e:
        raise ImportError(PANDAS_MISSING) from e
    return pandas


def to_frame(table: Dict[str, Any]) -> "pandas.DataFrame":
    """The table as a DataFrame with proper dtypes."""
    pd = pandas_module()
    data: Dict[str, Any] = {}
    for col in table["columns"]:
        name, kind, values = col["name"], col["kind"], col["values"]
        if kind == "cents":
            cents, eur = _cents_names(name)
            s = pd.Series(values, dtype="Int64")
            data[cents] = s
            data[eur] = s.astype("Float64") / 100
        elif kind == "integer":
            data[name] = pd.Series(values, dtype="Int64")
        elif kind == "date":
            data[name] = pd.to_datetime(pd.Series(values, dtype=object), format="%Y-%m-%d")
        elif kind == "month":
            data[name] = pd.to_datetime(pd.Series(values, dtype=object), format="%Y-%m")
        elif kind in ("decimal", "percent"):
            data[name] = pd.Series([_number(v) for v in values], dtype="Float64")
        elif kind == "list":
            data[name] = pd.Series(values, dtype=object)
        elif (table["name"], name) in _ENUMS:
            categories = _enum_values(_ENUMS[(table["name"], name)])
            data[name] = pd.Series(pd.Categorical(values, categories=categories or None))
        elif name in CATEGORIES:
            data[name] = pd.Series(values, dtype="category")
        else:
            data[name] = pd.Series(values, dtype="string")
    frame = pd.DataFrame(data)
    frame.attrs["benn_table"] = table["name"]
    return frame
